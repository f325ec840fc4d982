import { useId } from 'react';
import { contract } from '../../../../shared/contract';
import type { MetricFields, StoredMetric } from '../../../../shared/efficiency/efficiency-schema';
import { AGGREGATION_LABELS, DIRECTION_LABELS, METRIC_FIELD_LABELS as L } from '../../../../shared/vocabulary/efficiency';
import { Button } from '../../components/Button';
import { DialogHeader } from '../../components/DialogHeader';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useEfficiency } from '../../stores/efficiency-store';
import { useNotice } from '../../stores/notice-store';

const schema = contract['efficiency.addMetric'].input;

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim().toUpperCase() : v);

/** Add a metric to the catalogue or edit one (the edit names the version it was read at). */
export function MetricForm({ editing, onDone }: { editing?: StoredMetric; onDone(): void }) {
  const id = useId();
  const add = useEfficiency((s) => s.addMetric);
  const update = useEfficiency((s) => s.updateMetric);
  const defaults: MetricFields = editing
    ? { name: editing.name, unit: editing.unit, direction: editing.direction, weight: editing.weight, aggregation: editing.aggregation, money: editing.money, currency: editing.currency, satisfaction: editing.satisfaction, description: editing.description }
    : { name: '', unit: '', direction: 'higher_is_better', weight: 1, aggregation: 'mean', money: false, currency: null, satisfaction: false, description: '' };
  const { form, submit, busy, formError } = useApiForm({ schema, defaultValues: defaults });
  const { register, formState, watch } = form;
  const errors = formState.errors;
  const money = watch('money');

  const onSubmit = submit(async (input) => {
    const fields = input.money ? input : { ...input, currency: null };
    const saved = editing ? await update(editing, fields) : await add(fields);
    useNotice.getState().show(`${editing ? 'Saved' : 'Added'} the metric “${saved.name}”.`);
    onDone();
  });

  return (
    <form className="dialog-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <DialogHeader title={editing ? `Edit ${editing.name}` : 'Add a metric'} description="Direction decides the ratio: market ÷ home when higher is better, home ÷ market when lower is better." />
      <div className="dialog-body">
        <div className="form-row">
          <TextField id={`${id}-name`} label={L.name} maxLength={120} autoFocus error={errorAt(errors, 'name')} {...register('name')} />
          <TextField id={`${id}-unit`} label={L.unit} maxLength={40} placeholder="hours, %, tickets" error={errorAt(errors, 'unit')} {...register('unit')} />
        </div>
        <div className="form-row">
          <EnumSelect id={`${id}-direction`} label={L.direction} labels={DIRECTION_LABELS} error={errorAt(errors, 'direction')} {...register('direction')} />
          <EnumSelect id={`${id}-aggregation`} label={L.aggregation} labels={AGGREGATION_LABELS} error={errorAt(errors, 'aggregation')} {...register('aggregation')} />
          <TextField
            id={`${id}-weight`}
            label={L.weight}
            inputMode="decimal"
            className="input input-narrow"
            error={errorAt(errors, 'weight')}
            {...register('weight', { setValueAs: (v: unknown) => (v === '' ? Number.NaN : Number(v)) })}
          />
        </div>
        <div className="form-row">
          <label className="checkbox">
            <input type="checkbox" {...register('money')} />
            <span className="checkbox-text">{L.money}: values keep their currency</span>
          </label>
          {money ? <TextField id={`${id}-currency`} label={L.currency} optional maxLength={3} className="input input-narrow" error={errorAt(errors, 'currency')} {...register('currency', { setValueAs: blankToNull })} /> : null}
          <label className="checkbox">
            <input type="checkbox" {...register('satisfaction')} />
            <span className="checkbox-text">{L.satisfaction} (shown against the 90 % target)</span>
          </label>
        </div>
        <TextAreaField id={`${id}-description`} label={L.description} optional maxLength={1000} rows={3} error={errorAt(errors, 'description')} {...register('description')} />
        <ErrorAlert message={formError} />
      </div>
      <footer className="dialog-footer">
        <Button onClick={onDone}>Back to the catalogue</Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {editing ? 'Save metric' : 'Add metric'}
        </Button>
      </footer>
    </form>
  );
}
