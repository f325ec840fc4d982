import { useId, useState, type FormEvent } from 'react';
import type { PlanView } from '../../../../shared/plan-schema';
import { WORKSTREAMS, type Workstream } from '../../../../shared/requirements/pack-schema';
import { ApiClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';
import { orderTasks } from './gantt-layout';

type Field = 'title' | 'workstream' | 'owner' | 'durationDays';

export function AddTaskForm({ view, onDone }: { view: PlanView; onDone(): void }) {
  const id = useId();
  const mutate = useTimeline((s) => s.mutate);
  const [title, setTitle] = useState('');
  const [workstream, setWorkstream] = useState<Workstream | ''>('');
  const [owner, setOwner] = useState('');
  const [duration, setDuration] = useState('5');
  const [after, setAfter] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidates = orderTasks(view.tasks).filter((t) => !t.isReadiness);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const found: Partial<Record<Field, string>> = {};
    if (!title.trim()) found.title = 'Enter a title';
    if (!workstream) found.workstream = 'Choose a workstream';
    if (duration.trim() === '' || !Number.isFinite(Number(duration))) found.durationDays = 'Enter a number of business days';
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0 || !workstream) return;
    setBusy(true);
    try {
      await mutate('plan.addTask', {
        entryId: view.entryId,
        title: title.trim(),
        workstream,
        owner: owner.trim(),
        durationDays: Number(duration),
        afterTaskId: after || null,
      });
      useNotice.getState().show(`Added “${title.trim()}”.`);
      onDone();
    } catch (err) {
      const field = err instanceof ApiClientError ? err.field : undefined;
      if (field === 'title' || field === 'workstream' || field === 'owner' || field === 'durationDays') setErrors({ [field]: errorMessage(err) });
      else setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
      <DialogHeader title="Add task" description="The new task feeds the operational-readiness milestone." />
      <div className="dialog-body dialog-body-form">
        <FormField id={`${id}-title`} label="Title" error={errors.title}>
          <input {...fieldA11y(`${id}-title`, errors.title)} className="input" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </FormField>
        <div className="form-row">
          <FormField id={`${id}-ws`} label="Workstream" error={errors.workstream}>
            <select {...fieldA11y(`${id}-ws`, errors.workstream)} className="input select" value={workstream} onChange={(e) => setWorkstream(e.target.value as Workstream | '')}>
              <option value="">Choose…</option>
              {WORKSTREAMS.map((w) => (
                <option key={w} value={w}>
                  {WORKSTREAM_LABELS[w]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={`${id}-owner`} label="Owner" optional error={errors.owner}>
            <input {...fieldA11y(`${id}-owner`, errors.owner)} className="input" value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />
          </FormField>
        </div>
        <div className="form-row">
          <FormField id={`${id}-dur`} label="Duration (business days)" error={errors.durationDays}>
            <input {...fieldA11y(`${id}-dur`, errors.durationDays)} type="number" min={0} step={1} className="input input-narrow" value={duration} onChange={(e) => setDuration(e.target.value)} />
          </FormField>
          <FormField id={`${id}-after`} label="Starts after" optional error={undefined} hint="Finish-to-start; more links can be added in the task editor.">
            <select {...fieldA11y(`${id}-after`, undefined, true)} className="input select" value={after} onChange={(e) => setAfter(e.target.value)}>
              <option value="">No predecessor (starts with the plan)</option>
              {candidates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <ErrorAlert message={formError} />
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={busy}>
          Add task
        </Button>
      </DialogFooter>
    </form>
  );
}
