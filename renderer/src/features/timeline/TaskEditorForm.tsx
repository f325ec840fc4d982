import * as Dialog from '@radix-ui/react-dialog';
import { FormDateField } from '../../components/DateField';
import { useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
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
import { TaskDependencies, linksOf, type TaskLinks } from './TaskDependencies';
import { businessDays } from './plan-text';
import './gantt.css';
import './task-dialogs.css';

interface TaskValues {
  title: string;
  workstream: string;
  owner: string;
  durationDays: string;
  percentComplete: string;
  actualStart: string;
  actualFinish: string;
  startNoEarlierThan: string;
  /** Held here so they wait for Save like every other field. */
  links: TaskLinks;
}

const schema = fromForm(
  ({ links, ...v }: TaskValues) => ({
    ...v,
    dependencies: links.predecessors,
    successors: links.successors,
    durationDays: textToNumber(v.durationDays),
    percentComplete: textToNumber(v.percentComplete),
    actualStart: emptyAsNull(v.actualStart),
    actualFinish: emptyAsNull(v.actualFinish),
    startNoEarlierThan: emptyAsNull(v.startNoEarlierThan),
  }),
  taskPatch,
);

const sameLinks = (a: readonly object[], b: readonly object[]) => JSON.stringify(a.map((x) => JSON.stringify(x)).sort()) === JSON.stringify(b.map((x) => JSON.stringify(x)).sort());

/** Only what differs from the task as opened is sent (its links as whole lists, when they changed). */
function changes(input: TaskPatch, task: PlanTaskView, opened: TaskLinks): TaskPatch {
  const patch: TaskPatch = {};
  const { dependencies, successors, ...fields } = input;
  for (const key of Object.keys(fields) as Array<keyof typeof fields>) {
    if (fields[key] !== undefined && fields[key] !== task[key]) Object.assign(patch, { [key]: fields[key] });
  }
  if (dependencies && !sameLinks(dependencies, opened.predecessors)) patch.dependencies = dependencies;
  if (successors && !sameLinks(successors, opened.successors)) patch.successors = successors;
  return patch;
}

function valuesOf(task: PlanTaskView, links: TaskLinks): TaskValues {
  return {
    title: task.title,
    workstream: task.workstream,
    owner: task.owner,
    durationDays: String(task.durationDays),
    percentComplete: String(task.percentComplete),
    actualStart: task.actualStart ?? '',
    actualFinish: task.actualFinish ?? '',
    startNoEarlierThan: task.startNoEarlierThan ?? '',
    links,
  };
}

/**
 * Everything about one task: its fields and its dependencies (all saved together with
 * Save, based on the task's version when the editor opened), its schedule in words.
 * Refusals come back as one sentence; the form keeps what the user entered.
 */
export function TaskEditorForm({ task, view, onDone }: { task: PlanTaskView; view: PlanView; onDone(): void }) {
  const id = useId();
  const updateTask = useTimeline((s) => s.updateTask);
  /** The task as the editor opened it (or last reloaded it): what Save is based on. */
  const [opened, setOpened] = useState(() => ({ version: task.version, task, links: linksOf(task, view) }));
  const { form, submit, busy, formError, stale, clearFailure } = useApiForm({
    schema,
    defaultValues: valuesOf(task, opened.links),
  });
  const links = useWatch({ control: form.control, name: 'links' });
  const { register } = form;
  const errors = form.formState.errors;
  const s = task.schedule;
  const readiness = task.isReadiness;

  const onSubmit = submit(async (input) => {
    const patch = changes(input, opened.task, opened.links);
    if (Object.keys(patch).length > 0) {
      await updateTask(task.id, opened.version, patch);
      useNotice.getState().show(`Saved “${patch.title ?? task.title}”.`);
    }
    onDone();
  });

  /** After a refusal because the task changed elsewhere: the task as stored now, in the form. */
  async function reload() {
    await useTimeline.getState().reload();
    const current = useTimeline.getState().view;
    const fresh = current?.tasks.find((t) => t.id === task.id);
    clearFailure();
    if (!current || !fresh) return;
    const freshLinks = linksOf(fresh, current);
    setOpened({ version: fresh.version, task: fresh, links: freshLinks });
    form.reset(valuesOf(fresh, freshLinks));
  }

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
        <ErrorAlert message={formError} onReload={stale ? () => void reload() : undefined} />
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
        <TaskDependencies task={task} view={view} links={links} onChange={(next) => form.setValue('links', next, { shouldDirty: true })} />
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
