import { CalendarRange } from 'lucide-react';
import { FormDateField } from '../../components/DateField';
import { useWatch } from 'react-hook-form';
import { ENTRY_STATUSES, MAX_DESCRIPTION } from '../../../../shared/entry-schema';
import { targetDate } from '../../../../shared/domain/entry-window';
import { isRealDate, localToday } from '../../../../shared/domain/iso-date';
import { startDateWarning } from '../../../../shared/domain/start-date';
import { STATUS_LABELS } from '../../../../shared/vocabulary/entry';
import { ENTRY_FIELD_LABELS } from '../../../../shared/vocabulary/fields';
import { EnumSelect } from '../../components/EnumSelect';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { formatCount, formatDate } from '../../lib/format-date';
import { errorAt } from '../../lib/use-api-form';
import { fieldId } from './entry-form-values';
import type { FormSectionProps } from './form-section-props';

function derivedTarget(start: string, daysText: string): string | null {
  const days = Number(daysText);
  if (!isRealDate(start) || daysText.trim() === '' || !Number.isInteger(days) || days < 1 || days > 730) return null;
  return targetDate(start, days);
}

/** Start date, readiness target and the derived date; program manager and status; description. */
export function WindowSection({ form }: FormSectionProps) {
  const { register, control } = form;
  const errors = form.formState.errors;
  const [startDate, targetDays, description] = useWatch({ control, name: ['startDate', 'targetDays', 'description'] });
  const target = derivedTarget(startDate, targetDays);
  const over = description.length > MAX_DESCRIPTION;

  return (
    <>
      <section className="form-section" aria-labelledby="entry-section-window">
        <h3 id="entry-section-window" className="form-section-title">
          Readiness window
        </h3>
        <div className="form-row">
          <FormDateField control={control}
            id={fieldId('startDate')}
            label={ENTRY_FIELD_LABELS.startDate}
            error={errorAt(errors, 'startDate')}
            hint={isRealDate(startDate) ? (startDateWarning(startDate, localToday(new Date())) ?? `Day 0 of the window: ${formatDate(startDate)}.`) : 'Day 0 of the window.'}
            name="startDate"
          />
          <TextField
            id={fieldId('targetDays')}
            label={ENTRY_FIELD_LABELS.targetDays}
            error={errorAt(errors, 'targetDays')}
            hint={
              <span className="derived-date" aria-live="polite">
                <CalendarRange size={14} aria-hidden="true" />
                {target ? (
                  <span>
                    Target readiness date: <strong>{formatDate(target)}</strong>
                  </span>
                ) : (
                  <span>Enter 1 to 730 days to see the target date.</span>
                )}
              </span>
            }
            type="number"
            inputMode="numeric"
            min={1}
            max={730}
            step={1}
            className="input input-narrow"
            {...register('targetDays')}
          />
        </div>
        <div className="form-row">
          <TextField id={fieldId('programManager')} label={ENTRY_FIELD_LABELS.programManager} optional error={errorAt(errors, 'programManager')} {...register('programManager')} />
          <EnumSelect
            id={fieldId('status')}
            label={ENTRY_FIELD_LABELS.status}
            labels={STATUS_LABELS}
            values={ENTRY_STATUSES}
            error={errorAt(errors, 'status')}
            {...register('status')}
          />
        </div>
      </section>
      <div className="form-section">
        <TextAreaField
          id={fieldId('description')}
          label={ENTRY_FIELD_LABELS.description}
          optional
          error={errorAt(errors, 'description')}
          hint={
            <span className={over ? 'counter counter-over' : 'counter'}>
              {formatCount(description.length)} / {formatCount(MAX_DESCRIPTION)} characters
            </span>
          }
          rows={4}
          {...register('description')}
        />
      </div>
    </>
  );
}
