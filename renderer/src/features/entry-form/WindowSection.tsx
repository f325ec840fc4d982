import { CalendarRange } from 'lucide-react';
import { ENTRY_STATUSES, MAX_DESCRIPTION } from '../../../../shared/entry-schema';
import { targetDate } from '../../../../shared/domain/entry-window';
import { isRealDate } from '../../../../shared/domain/iso-date';
import { FormField, fieldA11y } from '../../components/FormField';
import { formatCount, formatDate } from '../../lib/format-date';
import { STATUS_LABELS } from '../../lib/labels';
import { fieldId } from './entry-form-values';
import type { FormSectionProps } from './form-section-props';

function derivedTarget(start: string, daysText: string): string | null {
  const days = Number(daysText);
  if (!isRealDate(start) || daysText.trim() === '' || !Number.isInteger(days) || days < 1 || days > 730) return null;
  return targetDate(start, days);
}

/** Start date, readiness target and the derived date; program manager and status; description. */
export function WindowSection({ values, errors, update }: FormSectionProps) {
  const startId = fieldId('startDate');
  const daysId = fieldId('targetDays');
  const pmId = fieldId('programManager');
  const statusId = fieldId('status');
  const descId = fieldId('description');
  const target = derivedTarget(values.startDate, values.targetDays);
  const over = values.description.length > MAX_DESCRIPTION;

  return (
    <>
      <section className="form-section" aria-labelledby="entry-section-window">
        <h3 id="entry-section-window" className="form-section-title">
          Readiness window
        </h3>
        <div className="form-row">
          <FormField
            id={startId}
            label="Start date"
            error={errors.startDate}
            hint={isRealDate(values.startDate) ? `Day 0 of the window: ${formatDate(values.startDate)}.` : 'Day 0 of the window.'}
          >
            <input
              {...fieldA11y(startId, errors.startDate, true)}
              type="date"
              className="input"
              value={values.startDate}
              onChange={(e) => update({ startDate: e.target.value })}
            />
          </FormField>
          <FormField
            id={daysId}
            label="Readiness target (days)"
            error={errors.targetDays}
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
          >
            <input
              {...fieldA11y(daysId, errors.targetDays, true)}
              type="number"
              inputMode="numeric"
              min={1}
              max={730}
              step={1}
              className="input input-narrow"
              value={values.targetDays}
              onChange={(e) => update({ targetDays: e.target.value })}
            />
          </FormField>
        </div>
        <div className="form-row">
          <FormField id={pmId} label="Program manager" optional error={errors.programManager}>
            <input
              {...fieldA11y(pmId, errors.programManager)}
              className="input"
              value={values.programManager}
              autoComplete="off"
              onChange={(e) => update({ programManager: e.target.value })}
            />
          </FormField>
          <FormField id={statusId} label="Status" error={errors.status}>
            <select
              {...fieldA11y(statusId, errors.status)}
              className="input select"
              value={values.status}
              onChange={(e) => update({ status: ENTRY_STATUSES.find((s) => s === e.target.value) ?? 'planning' })}
            >
              {ENTRY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      </section>
      <div className="form-section">
        <FormField
          id={descId}
          label="Description"
          optional
          error={errors.description}
          hint={
            <span className={over ? 'counter counter-over' : 'counter'}>
              {formatCount(values.description.length)} / {formatCount(MAX_DESCRIPTION)} characters
            </span>
          }
        >
          <textarea
            {...fieldA11y(descId, errors.description, true)}
            className="input textarea"
            rows={4}
            value={values.description}
            onChange={(e) => update({ description: e.target.value })}
          />
        </FormField>
      </div>
    </>
  );
}
