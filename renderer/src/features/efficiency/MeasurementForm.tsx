import { useId } from 'react';
import { contract } from '../../../../shared/contract';
import type { MeasurementFields, StoredMeasurement, StoredMetric } from '../../../../shared/efficiency/efficiency-schema';
import { localToday } from '../../../../shared/domain/iso-date';
import { MEASUREMENT_FIELD_LABELS as L } from '../../../../shared/vocabulary/efficiency';
import { DialogForm } from '../../components/DialogForm';
import { FormField, fieldA11y } from '../../components/FormField';
import { TextField } from '../../components/TextField';
import { errorAt } from '../../lib/use-api-form';
import { FormDateField } from '../../components/DateField';
import { useActionForm } from '../../lib/use-action-form';
import { useEfficiency } from '../../stores/efficiency-store';

const schema = contract['efficiency.addMeasurement'].input;

interface MeasurementFormProps {
  entryId: string;
  entryName: string;
  homeCountry: string;
  metrics: StoredMetric[];
  /** The measurement being edited (its version travels with the change), or none for a new one. */
  editing?: StoredMeasurement;
  onDone(): void;
}

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim().toUpperCase() : v);
const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

function thisMonth(): { start: string; end: string } {
  const today = localToday();
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${today.slice(0, 7)}-01`, end: `${today.slice(0, 7)}-${String(last).padStart(2, '0')}` };
}

/** Record or edit one dated measurement, for the home market or this entry. */
export function MeasurementForm({ entryId, entryName, homeCountry, metrics, editing, onDone }: MeasurementFormProps) {
  const id = useId();
  const add = useEfficiency((s) => s.addMeasurement);
  const update = useEfficiency((s) => s.updateMeasurement);
  const month = thisMonth();
  const first = metrics[0];
  const defaults: MeasurementFields = editing
    ? { metricId: editing.metricId, market: editing.market, periodStart: editing.periodStart, periodEnd: editing.periodEnd, value: editing.value, currency: editing.currency, fxRate: editing.fxRate, fxCurrency: editing.fxCurrency, sourceNote: editing.sourceNote }
    : { metricId: first?.id ?? '', market: entryId, periodStart: month.start, periodEnd: month.end, value: Number.NaN, currency: first?.money ? first.currency : null, fxRate: null, fxCurrency: null, sourceNote: '' };
  const { form, bound } = useActionForm({
    schema,
    defaultValues: defaults,
    async action(input) {
      // A metric changed from money to not: its hidden currency fields do not travel.
      const fields = metrics.find((m) => m.id === input.metricId)?.money ? input : { ...input, currency: null, fxRate: null, fxCurrency: null };
      const saved = editing ? await update(editing, fields) : await add(fields);
      const name = metrics.find((m) => m.id === saved.metricId)?.name ?? saved.metricId;
      return `${editing ? 'Saved' : 'Recorded'} ${name} for ${saved.market === entryId ? entryName : `home (${homeCountry})`}.`;
    },
    onDone,
  });
  const { register, formState, watch } = form;
  const errors = formState.errors;
  const metric = metrics.find((m) => m.id === watch('metricId'));

  const metricError = errorAt(errors, 'metricId');
  const marketError = errorAt(errors, 'market');
  return (
    <DialogForm
      title={editing ? 'Edit measurement' : 'Record a measurement'}
      description="A value over a period, for this market or the home market it is compared with. Money keeps its currency; to compare two currencies, record the rate you used for that period."
      submit={{ label: editing ? 'Save measurement' : 'Record measurement' }}
      {...bound}
    >
      <div className="form-row">
        <FormField id={`${id}-metric`} label={L.metricId} error={metricError}>
          <select {...register('metricId')} {...fieldA11y(`${id}-metric`, metricError)} className="input select">
            {metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.money ? 'money' : m.unit})
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${id}-market`} label={L.market} error={marketError}>
          <select {...register('market')} {...fieldA11y(`${id}-market`, marketError)} className="input select">
            <option value={entryId}>{entryName} (this market)</option>
            <option value={homeCountry}>Home market ({homeCountry})</option>
          </select>
        </FormField>
      </div>
      <div className="form-row">
        <FormDateField id={`${id}-start`} label={L.periodStart} control={form.control} name="periodStart" error={errorAt(errors, 'periodStart')} />
        <FormDateField id={`${id}-end`} label={L.periodEnd} control={form.control} name="periodEnd" error={errorAt(errors, 'periodEnd')} />
      </div>
      <div className="form-row">
        <TextField
          id={`${id}-value`}
          label={metric ? `${L.value} (${metric.money ? 'amount' : metric.unit})` : L.value}
          inputMode="decimal"
          error={errorAt(errors, 'value')}
          autoFocus
          {...register('value', { setValueAs: (v: unknown) => (v === '' ? Number.NaN : Number(v)) })}
        />
        {metric?.money ? (
          <TextField id={`${id}-currency`} label={L.currency} maxLength={3} className="input input-narrow" error={errorAt(errors, 'currency')} {...register('currency', { setValueAs: blankToNull })} />
        ) : null}
      </div>
      {metric?.money ? (
        <div className="form-row">
          <TextField
            id={`${id}-fx`}
            label={L.fxRate}
            optional
            inputMode="decimal"
            hint="Only when home reports another currency: 1 unit of this value's currency = this many units of the other."
            error={errorAt(errors, 'fxRate')}
            {...register('fxRate', { setValueAs: numberOrNull })}
          />
          <TextField id={`${id}-fxcur`} label={L.fxCurrency} optional maxLength={3} className="input input-narrow" error={errorAt(errors, 'fxCurrency')} {...register('fxCurrency', { setValueAs: blankToNull })} />
        </div>
      ) : null}
      <TextField id={`${id}-source`} label={L.sourceNote} optional maxLength={500} placeholder="BI dashboard, finance report…" error={errorAt(errors, 'sourceNote')} {...register('sourceNote')} />
    </DialogForm>
  );
}
