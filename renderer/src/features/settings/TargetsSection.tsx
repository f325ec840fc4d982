import { CircleCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { Targets } from '../../../../shared/domain/portfolio-targets';
import { DEFAULT_TARGETS } from '../../../../shared/domain/portfolio-targets';
import { TARGET_LABELS } from '../../../../shared/vocabulary/portfolio';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useTargets } from '../../stores/targets-store';

const schema = contract['settings.updateTargets'].input;

const FIELDS = [
  { key: 'readinessDays', hint: 'From an entry’s start to operational readiness: 1 to 730 days.', step: 1 },
  { key: 'compliancePercent', hint: 'Approved ÷ applicable requirements in force: 0 to 100 %.', step: 0.1 },
  { key: 'efficiencyPercent', hint: 'The efficiency index against the home market: 0 to 100 %.', step: 0.1 },
  { key: 'satisfactionPercent', hint: 'Customer satisfaction: 0 to 100 %.', step: 0.1 },
] as const;

function TargetsForm({ initial }: { initial: Targets }) {
  const save = useTargets((s) => s.save);
  const { form, submit, busy, formError } = useApiForm({ schema, defaultValues: initial });
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const sub = form.watch(() => setSaved(false));
    return () => sub.unsubscribe();
  }, [form]);
  const onSubmit = submit(async (t) => {
    await save(t);
    setSaved(true);
  });
  return (
    <form className="panel settings-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="settings-targets">
      <h2 id="settings-targets" className="panel-title">
        Portfolio targets
      </h2>
      <p className="muted">What the dashboard measures every market against. The defaults are {DEFAULT_TARGETS.readinessDays} days, {DEFAULT_TARGETS.compliancePercent} %, {DEFAULT_TARGETS.efficiencyPercent} % and {DEFAULT_TARGETS.satisfactionPercent} %.</p>
      <ErrorAlert message={formError} />
      {FIELDS.map((f) => (
        <TextField
          key={f.key}
          id={`target-${f.key}`}
          label={TARGET_LABELS[f.key]}
          type="number"
          step={f.step}
          inputMode="decimal"
          hint={f.hint}
          error={errorAt(form.formState.errors, f.key)}
          {...form.register(f.key, { valueAsNumber: true })}
        />
      ))}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Save targets
        </Button>
        {saved ? (
          <p role="status" className="save-status">
            <CircleCheck size={16} aria-hidden="true" /> Targets saved.
          </p>
        ) : null}
      </div>
    </form>
  );
}

/** Settings' own section for leadership's targets (kept apart from the rest of Settings). */
export function TargetsSection() {
  const targets = useTargets((s) => s.targets);
  const loadError = useTargets((s) => s.loadError);
  const load = useTargets((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (loadError) return <ErrorAlert message={loadError} />;
  return targets ? <TargetsForm initial={targets} /> : <p className="loading">Loading targets…</p>;
}
