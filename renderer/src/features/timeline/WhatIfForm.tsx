import * as Dialog from '@radix-ui/react-dialog';
import { Plus, Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import type { PlanView, WhatIfChanges, WhatIfResult } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';
import { WhatIfPreview } from './WhatIfPreview';
import { orderTasks } from './gantt-layout';

interface DurationChange {
  key: number;
  taskId: string;
  duration: string;
}

/**
 * The what-if: a shift of the start and new durations for some tasks. "Preview" asks
 * the backend for the scenario without saving anything; "Apply" saves exactly what was
 * previewed; "Discard" closes and leaves the plan as it was.
 */
export function WhatIfForm({ view, onDone }: { view: PlanView; onDone(): void }) {
  const id = useId();
  const previewWhatIf = useTimeline((s) => s.previewWhatIf);
  const mutate = useTimeline((s) => s.mutate);
  const [shift, setShift] = useState('0');
  const [changes, setChanges] = useState<DurationChange[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [preview, setPreview] = useState<{ result: WhatIfResult; changes: WhatIfChanges } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tasks = orderTasks(view.tasks).filter((t) => !t.isReadiness);

  function edited() {
    setPreview(null);
    setError(null);
  }

  function collect(): WhatIfChanges | string {
    const s = shift.trim() === '' ? 0 : Number(shift);
    if (!Number.isInteger(s) || Math.abs(s) > 365) return 'Shift the start by a whole number of days between −365 and 365.';
    const durations: WhatIfChanges['durations'] = [];
    for (const c of changes) {
      if (!c.taskId) return 'Choose a task for each duration change, or remove the empty one.';
      const task = view.tasks.find((t) => t.id === c.taskId);
      const n = Number(c.duration);
      if (c.duration.trim() === '' || !Number.isFinite(n)) return `${task?.title ?? 'A task'}: enter the new duration in business days.`;
      durations.push({ taskId: c.taskId, durationDays: n });
    }
    return { startShiftDays: s, durations };
  }

  async function runPreview(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const collected = collect();
    if (typeof collected === 'string') {
      setError(collected);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await previewWhatIf(collected);
      setPreview({ result, changes: collected });
    } catch (err) {
      setPreview(null);
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    if (!preview || busy) return;
    setBusy(true);
    setError(null);
    try {
      await mutate('plan.applyWhatIf', { entryId: view.entryId, changes: preview.changes });
      useNotice.getState().show('Applied the what-if to the plan.');
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="dialog-form" onSubmit={(e) => void runPreview(e)} noValidate>
      <DialogHeader title="What-if" description="Try changes and see the readiness date before deciding. Nothing is saved until you apply." />
      <div className="dialog-body whatif-body">
        <div className="field">
          <label htmlFor={`${id}-shift`} className="field-label">
            Shift start by (days)
          </label>
          <input
            id={`${id}-shift`}
            type="number"
            step={1}
            min={-365}
            max={365}
            className="input input-narrow"
            value={shift}
            aria-describedby={`${id}-shift-hint`}
            onChange={(e) => {
              setShift(e.target.value);
              edited();
            }}
          />
          <p id={`${id}-shift-hint`} className="field-hint">
            Calendar days: 14 starts two weeks later, −7 one week earlier.
          </p>
        </div>

        <div className="whatif-durations">
          <h3 className="subheading">Duration changes</h3>
          {changes.length === 0 ? <p className="muted">No task durations changed.</p> : null}
          {changes.map((c, i) => {
            const task = view.tasks.find((t) => t.id === c.taskId);
            return (
              <fieldset key={c.key} className="whatif-change">
                <legend className="visually-hidden">Duration change {i + 1}</legend>
                <div className="field whatif-task">
                  <label htmlFor={`${id}-task-${c.key}`} className="field-sublabel">
                    Task
                  </label>
                  <select
                    id={`${id}-task-${c.key}`}
                    className="input select"
                    value={c.taskId}
                    onChange={(e) => {
                      const taskId = e.target.value;
                      const picked = view.tasks.find((t) => t.id === taskId);
                      setChanges((all) => all.map((x) => (x.key === c.key ? { ...x, taskId, duration: picked ? String(picked.durationDays) : x.duration } : x)));
                      edited();
                    }}
                  >
                    <option value="">Choose a task…</option>
                    {tasks.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.title}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-dur-${c.key}`} className="field-sublabel">
                    New duration (business days)
                  </label>
                  <input
                    id={`${id}-dur-${c.key}`}
                    type="number"
                    min={0}
                    step={1}
                    className="input input-narrow"
                    value={c.duration}
                    aria-describedby={`${id}-now-${c.key}`}
                    onChange={(e) => {
                      const duration = e.target.value;
                      setChanges((all) => all.map((x) => (x.key === c.key ? { ...x, duration } : x)));
                      edited();
                    }}
                  />
                  <p id={`${id}-now-${c.key}`} className="field-hint whatif-now">
                    {task ? `Now ${task.durationDays}` : 'Choose a task first'}
                  </p>
                </div>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove duration change ${i + 1}`}
                  onClick={() => {
                    setChanges((all) => all.filter((x) => x.key !== c.key));
                    edited();
                  }}
                >
                  <Trash2 size={16} aria-hidden="true" />
                </button>
              </fieldset>
            );
          })}
          <div>
            <Button
              variant="ghost"
              icon={Plus}
              onClick={() => {
                setChanges((all) => [...all, { key: nextKey, taskId: '', duration: '' }]);
                setNextKey((k) => k + 1);
                edited();
              }}
            >
              Add a duration change
            </Button>
          </div>
        </div>

        <ErrorAlert message={error} />
        {preview ? <WhatIfPreview view={view} result={preview.result} /> : <p className="whatif-hint">Preview to see the readiness date this would give.</p>}
      </div>
      <footer className="dialog-footer">
        <Dialog.Close asChild>
          <Button>Discard</Button>
        </Dialog.Close>
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
