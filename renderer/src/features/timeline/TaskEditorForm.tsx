import * as Dialog from '@radix-ui/react-dialog';
import { FormDateField } from '../../components/DateField';
import { useId } from 'react';
import { taskPatch, type PlanTaskView, type PlanView, type TaskPatch } from '../../../../shared/plan-schema';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { Button } from '../../components/Button';
import { DialogCancel } from '../../components/DialogCancel';
import { DialogCloseButton } from '../../components/DialogCloseButton';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { formatDate, plural } from '../../lib/format-date';
import { emptyAsNull, fromForm, textToNumber } from '../../lib/form-values';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';
import { DeleteTaskButton } from './DeleteTaskButton';
import { TaskDependencies } from './TaskDependencies';
import { businessDays } from './plan-text';

interface TaskValues {
  title: string;
  workstream: string;
  owner: string;
  durationDays: string;
  percentComplete: string;
  actualStart: string;
  actualFinish: string;
  startNoEarlierThan: string;
}

const schema = fromForm(
  (v: TaskValues) => ({
    ...v,
    durationDays: textToNumber(v.durationDays),
    percentComplete: textToNumber(v.percentComplete),
    actualStart: emptyAsNull(v.actualStart),
    actualFinish: emptyAsNull(v.actualFinish),
    startNoEarlierThan: emptyAsNull(v.startNoEarlierThan),
  }),
  taskPatch,
);

/** Only what differs from the task as scheduled is sent. */
function changes(input: TaskPatch, task: PlanTaskView): TaskPatch {
  const patch: TaskPatch = {};
  for (const key of Object.keys(input) as Array<keyof TaskPatch>) {
    if (input[key] !== undefined && input[key] !== task[key]) Object.assign(patch, { [key]: input[key] });
  }
  return patch;
}

/**
 * Everything about one task: its fields (saved together), its schedule in words, and
 * its dependencies (each added or removed at once). Refusals come back as one sentence.
 */
export function TaskEditorForm({ task, view, onDone }: { task: PlanTaskView; view: PlanView; onDone(): void }) {
  const id = useId();
  const updateTask = useTimeline((s) => s.updateTask);
  const { form, submit, busy, formError } = useApiForm({
    schema,
    defaultValues: {
      title: task.title,
      workstream: task.workstream,
      owner: task.owner,
      durationDays: String(task.durationDays),
      percentComplete: String(task.percentComplete),
      actualStart: task.actualStart ?? '',
      actualFinish: task.actualFinish ?? '',
      startNoEarlierThan: task.startNoEarlierThan ?? '',
    },
  });
  const { register } = form;
  const errors = form.formState.errors;
  const s = task.schedule;
  const readiness = task.isReadiness;

  const onSubmit = submit(async (input) => {
    const patch = changes(input, task);
    if (Object.keys(patch).length > 0) {
      await updateTask(task.id, patch);
      useNotice.getState().show(`Saved “${patch.title ?? task.title}”.`);
    }
    onDone();
  });

  return (
    <form className="dialog-form" onSubmit={(e) => void onSubmit(e)} noValidate>
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
        <TextField id={`${id}-title`} label="Title" error={errorAt(errors, 'title')} maxLength={300} {...register('title')} />
        <div className="form-row">
          <EnumSelect id={`${id}-ws`} label="Workstream" labels={WORKSTREAM_LABELS} error={errorAt(errors, 'workstream')} {...register('workstream')} />
          <TextField id={`${id}-owner`} label="Owner" optional error={errorAt(errors, 'owner')} maxLength={200} {...register('owner')} />
        </div>
        {readiness ? null : (
          <div className="form-row form-row-3">
            <TextField id={`${id}-dur`} label="Duration (business days)" error={errorAt(errors, 'durationDays')} type="number" min={0} step={1} {...register('durationDays')} />
            <TextField id={`${id}-pct`} label="% done" error={errorAt(errors, 'percentComplete')} type="number" min={0} max={100} step={1} {...register('percentComplete')} />
            <FormDateField control={form.control}
              id={`${id}-snet`}
              label="Start no earlier than"
              optional
              error={errorAt(errors, 'startNoEarlierThan')}
              name="startNoEarlierThan"
            />
          </div>
        )}
        {readiness ? null : (
          <fieldset className="form-row task-actuals">
            <legend className="field-label">Actual dates</legend>
            <FormDateField control={form.control} id={`${id}-as`} label="Actual start" optional error={errorAt(errors, 'actualStart')} name="actualStart" />
            <FormDateField control={form.control}
              id={`${id}-af`}
              label="Actual finish"
              optional
              error={errorAt(errors, 'actualFinish')}
              hint="On or before the status date."
              name="actualFinish"
            />
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
