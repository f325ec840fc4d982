import { Plus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { whatIfChanges, type PlanView, type WhatIfChanges, type WhatIfResult } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SubField, fieldA11y } from '../../components/FormField';
import { TextField } from '../../components/TextField';
import { emptyAsMissing, fromForm, textToNumber } from '../../lib/form-values';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useOnEdit } from '../../lib/use-on-edit';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';
import { WhatIfPreview } from './WhatIfPreview';
import { orderTasks } from './gantt-layout';
import './calendar.css';
import './task-dialogs.css';

interface WhatIfValues {
  startShiftDays: string;
  durations: Array<{ taskId: string; durationDays: string }>;
}

const schema = fromForm(
  (v: WhatIfValues) => ({
    // An empty shift is no shift.
    startShiftDays: textToNumber(v.startShiftDays) ?? 0,
    durations: v.durations.map((d) => ({ taskId: emptyAsMissing(d.taskId), durationDays: textToNumber(d.durationDays) })),
  }),
  whatIfChanges,
);

/**
 * The what-if: a shift of the start and new durations for some tasks. "Preview" asks
 * the backend for the scenario without saving anything; "Apply" saves exactly what was
 * previewed; "Discard" closes and leaves the plan as it was.
 */
export function WhatIfForm({ view, onDone }: { view: PlanView; onDone(): void }) {
  const id = useId();
  const previewWhatIf = useTimeline((s) => s.previewWhatIf);
  const mutate = useTimeline((s) => s.mutate);
  const { form, submit, busy, formError, setFormError } = useApiForm({ schema, defaultValues: { startShiftDays: '0', durations: [] } });
  const { register, control, setValue } = form;
  const errors = form.formState.errors;
  const rows = useFieldArray({ control, name: 'durations' });
  const picked = useWatch({ control, name: 'durations' });
  const [preview, setPreview] = useState<{ result: WhatIfResult; changes: WhatIfChanges } | null>(null);
  const tasks = orderTasks(view.tasks).filter((t) => !t.isReadiness);

  // Any edit makes the preview out of date.
  useOnEdit(form, () => {
    setPreview(null);
    setFormError(null);
  });

  const runPreview = submit(async (changes) => {
    setPreview(null);
    const result = await previewWhatIf(changes);
    setPreview({ result, changes });
  });

  const apply = submit(async () => {
    if (!preview) return;
    await mutate('plan.applyWhatIf', { entryId: view.entryId, changes: preview.changes });
    useNotice.getState().show('Applied the what-if to the plan.');
    onDone();
  });

  return (
    <form className="dialog-form" onSubmit={(e) => void runPreview(e)} noValidate>
      <DialogHeader title="What-if" description="Try changes and see the readiness date before deciding. Nothing is saved until you apply." />
      <div className="dialog-body whatif-body">
        <TextField
          id={`${id}-shift`}
          label="Shift start by (days)"
          error={errorAt(errors, 'startShiftDays')}
          hint="Calendar days: 14 starts two weeks later, −7 one week earlier."
          type="number"
          step={1}
          min={-365}
          max={365}
          className="input input-narrow"
          {...register('startShiftDays')}
        />

        <div className="whatif-durations">
          <h3 className="subheading">Duration changes</h3>
          {rows.fields.length === 0 ? <p className="muted">No task durations changed.</p> : null}
          {rows.fields.map((row, i) => {
            const task = view.tasks.find((t) => t.id === picked[i]?.taskId);
            const taskId = `${id}-task-${row.id}`;
            const durationId = `${id}-dur-${row.id}`;
            const taskError = errorAt(errors, `durations.${i}.taskId`);
            const durationError = errorAt(errors, `durations.${i}.durationDays`);
            const taskField = register(`durations.${i}.taskId`);
            return (
              <fieldset key={row.id} className="whatif-change">
                <legend className="visually-hidden">Duration change {i + 1}</legend>
                <SubField id={taskId} label="Task" className="whatif-task" error={taskError}>
                  <select
                    {...taskField}
                    {...fieldA11y(taskId, taskError)}
                    className="input select"
                    onChange={(e) => {
                      const chosen = view.tasks.find((t) => t.id === e.target.value);
                      if (chosen) setValue(`durations.${i}.durationDays`, String(chosen.durationDays));
                      return taskField.onChange(e);
                    }}
                  >
                    <option value="">Choose a task…</option>
                    {tasks.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.title}
                      </option>
                    ))}
                  </select>
                </SubField>
                <SubField
                  id={durationId}
                  label="New duration (business days)"
                  error={durationError}
                  after={
                    <p id={`${id}-now-${row.id}`} className="field-hint whatif-now">
                      {task ? `Now ${task.durationDays}` : 'Choose a task first'}
                    </p>
                  }
                >
                  <input {...register(`durations.${i}.durationDays`)} {...fieldA11y(durationId, durationError, `${id}-now-${row.id}`)} type="number" min={0} step={1} className="input input-narrow" />
                </SubField>
                <button type="button" className="icon-button" aria-label={`Remove duration change ${i + 1}`} onClick={() => rows.remove(i)}>
                  <Trash2 size={16} aria-hidden="true" />
                </button>
              </fieldset>
            );
          })}
          <div>
            <Button variant="ghost" icon={Plus} onClick={() => rows.append({ taskId: '', durationDays: '' })}>
              Add a duration change
            </Button>
          </div>
        </div>

        <ErrorAlert message={formError} />
        {preview ? <WhatIfPreview view={view} result={preview.result} /> : <p className="whatif-hint">Preview to see the readiness date this would give.</p>}
      </div>
      <footer className="dialog-footer">
        {/* Discard is the user's own choice to drop the scenario: it closes without asking. */}
        <Button onClick={onDone}>Discard</Button>
        <Button type="submit" disabled={busy}>
          Preview
        </Button>
        <Button variant="primary" disabled={busy || !preview} onClick={() => void apply()} title={preview ? undefined : 'Preview the changes first'}>
          Apply
        </Button>
      </footer>
    </form>
  );
}
