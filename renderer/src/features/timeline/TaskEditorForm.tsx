import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState, type FormEvent } from 'react';
import { isRealDate } from '../../../../shared/domain/iso-date';
import type { PlanTaskView, PlanView, TaskPatch } from '../../../../shared/plan-schema';
import { WORKSTREAMS, type Workstream } from '../../../../shared/requirements/pack-schema';
import { Button } from '../../components/Button';
import { DialogCancel } from '../../components/DialogCancel';
import { DialogCloseButton } from '../../components/DialogCloseButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { formatDate, plural } from '../../lib/format-date';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';
import { DeleteTaskButton } from './DeleteTaskButton';
import { TaskDependencies } from './TaskDependencies';
import { businessDays } from './plan-text';

type Field = 'title' | 'duration' | 'percent' | 'actualStart' | 'actualFinish' | 'startNoEarlierThan';

/**
 * Everything about one task: its fields (saved together), its schedule in words, and
 * its dependencies (each added or removed at once). Refusals come back as one sentence.
 */
export function TaskEditorForm({ task, view, onDone }: { task: PlanTaskView; view: PlanView; onDone(): void }) {
  const id = useId();
  const updateTask = useTimeline((s) => s.updateTask);
  const [title, setTitle] = useState(task.title);
  const [workstream, setWorkstream] = useState<Workstream>(task.workstream);
  const [owner, setOwner] = useState(task.owner);
  const [duration, setDuration] = useState(String(task.durationDays));
  const [percent, setPercent] = useState(String(task.percentComplete));
  const [actualStart, setActualStart] = useState(task.actualStart ?? '');
  const [actualFinish, setActualFinish] = useState(task.actualFinish ?? '');
  const [snet, setSnet] = useState(task.startNoEarlierThan ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const s = task.schedule;
  const readiness = task.isReadiness;

  function patchFromForm(): { patch: TaskPatch; errors: Partial<Record<Field, string>> } {
    const patch: TaskPatch = {};
    const found: Partial<Record<Field, string>> = {};
    if (title.trim() !== task.title) {
      if (!title.trim()) found.title = 'Enter a title';
      else patch.title = title.trim();
    }
    if (workstream !== task.workstream) patch.workstream = workstream;
    if (owner.trim() !== task.owner) patch.owner = owner.trim();
    if (duration.trim() !== String(task.durationDays)) {
      if (duration.trim() === '' || !Number.isFinite(Number(duration))) found.duration = 'Enter a number of business days';
      else patch.durationDays = Number(duration);
    }
    if (percent.trim() !== String(task.percentComplete)) {
      if (percent.trim() === '' || !Number.isFinite(Number(percent))) found.percent = 'Enter a percentage from 0 to 100';
      else patch.percentComplete = Number(percent);
    }
    const dates = [
      ['actualStart', actualStart, task.actualStart],
      ['actualFinish', actualFinish, task.actualFinish],
      ['startNoEarlierThan', snet, task.startNoEarlierThan],
    ] as const;
    for (const [key, value, before] of dates) {
      if (value === (before ?? '')) continue;
      if (value && !isRealDate(value)) found[key] = 'Enter a date that exists';
      else patch[key] = value || null;
    }
    return { patch, errors: found };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const { patch, errors: found } = patchFromForm();
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    if (Object.keys(patch).length === 0) {
      onDone();
      return;
    }
    setBusy(true);
    try {
      await updateTask(task.id, patch);
      useNotice.getState().show(`Saved “${patch.title ?? task.title}”.`);
      onDone();
    } catch (err) {
      setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
      <header className="dialog-header">
        <div>
          <p className="sheet-kicker">{readiness ? 'Milestone' : WORKSTREAM_LABELS[task.workstream]}</p>
          <Dialog.Title className="dialog-title">{task.title}</Dialog.Title>
          <Dialog.Description className="dialog-description task-schedule-summary">
            {readiness ? `Forecast ${formatDate(s.earlyStart)}` : `Scheduled ${formatDate(s.earlyStart)} to ${formatDate(s.earlyFinish)}`}
            {' · '}
            {s.critical ? <span className="critical-tag">Critical</span> : `${businessDays(s.totalSlack)} of slack`}
            {' · '}latest finish {formatDate(s.lateFinish)}
          </Dialog.Description>
        </div>
        <DialogCloseButton />
      </header>
      <div className="dialog-body dialog-body-form">
        <ErrorAlert message={formError} />
        {task.linkedItemIds.length > 0 ? (
          <p className="inline-note">
            Linked to {plural(task.linkedItemIds.length, 'checklist item')}:{' '}
            {task.linkedItemsSignedOff ? 'all signed off, so this task is done.' : 'the task is done once they are all signed off.'}
          </p>
        ) : null}
        <FormField id={`${id}-title`} label="Title" error={errors.title}>
          <input {...fieldA11y(`${id}-title`, errors.title)} className="input" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        </FormField>
        <div className="form-row">
          <FormField id={`${id}-ws`} label="Workstream" error={undefined}>
            <select {...fieldA11y(`${id}-ws`, undefined)} className="input select" value={workstream} onChange={(e) => setWorkstream(e.target.value as Workstream)}>
              {WORKSTREAMS.map((w) => (
                <option key={w} value={w}>
                  {WORKSTREAM_LABELS[w]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={`${id}-owner`} label="Owner" optional error={undefined}>
            <input {...fieldA11y(`${id}-owner`, undefined)} className="input" value={owner} maxLength={200} onChange={(e) => setOwner(e.target.value)} />
          </FormField>
        </div>
        {readiness ? null : (
          <div className="form-row form-row-3">
            <FormField id={`${id}-dur`} label="Duration (business days)" error={errors.duration}>
              <input {...fieldA11y(`${id}-dur`, errors.duration)} type="number" min={0} step={1} className="input" value={duration} onChange={(e) => setDuration(e.target.value)} />
            </FormField>
            <FormField id={`${id}-pct`} label="% done" error={errors.percent}>
              <input {...fieldA11y(`${id}-pct`, errors.percent)} type="number" min={0} max={100} step={1} className="input" value={percent} onChange={(e) => setPercent(e.target.value)} />
            </FormField>
            <FormField id={`${id}-snet`} label="Start no earlier than" optional error={errors.startNoEarlierThan}>
              <input {...fieldA11y(`${id}-snet`, errors.startNoEarlierThan)} type="date" className="input input-date" value={snet} onChange={(e) => setSnet(e.target.value)} />
            </FormField>
          </div>
        )}
        {readiness ? null : (
          <fieldset className="form-row task-actuals">
            <legend className="field-label">Actual dates</legend>
            <FormField id={`${id}-as`} label="Actual start" optional error={errors.actualStart}>
              <input {...fieldA11y(`${id}-as`, errors.actualStart)} type="date" className="input input-date" value={actualStart} onChange={(e) => setActualStart(e.target.value)} />
            </FormField>
            <FormField id={`${id}-af`} label="Actual finish" optional error={errors.actualFinish} hint="On or before the status date.">
              <input {...fieldA11y(`${id}-af`, errors.actualFinish, true)} type="date" className="input input-date" value={actualFinish} onChange={(e) => setActualFinish(e.target.value)} />
            </FormField>
          </fieldset>
        )}
        <TaskDependencies task={task} view={view} />
      </div>
      <footer className="dialog-footer dialog-footer-split">
        {readiness ? <span /> : <DeleteTaskButton task={task} onDeleted={onDone} />}
        <div className="dialog-footer-actions">
          <DialogCancel />
          <Button type="submit" variant="primary" disabled={busy}>
            Save changes
          </Button>
        </div>
      </footer>
    </form>
  );
}
