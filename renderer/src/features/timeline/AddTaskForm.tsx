import { useId } from 'react';
import { newTask, type PlanView } from '../../../../shared/plan-schema';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { DialogForm } from '../../components/DialogForm';
import { EnumSelect } from '../../components/EnumSelect';
import { FormField, fieldA11y } from '../../components/FormField';
import { TextField } from '../../components/TextField';
import { emptyAsNull, fromForm, textToNumber } from '../../lib/form-values';
import { errorAt } from '../../lib/use-api-form';
import { useActionForm } from '../../lib/use-action-form';
import { useTimeline } from '../../stores/timeline-store';
import { orderTasks } from './gantt-layout';

interface AddTaskValues {
  entryId: string;
  title: string;
  workstream: string;
  owner: string;
  durationDays: string;
  afterTaskId: string;
}

const schema = fromForm(
  (v: AddTaskValues) => ({ ...v, durationDays: textToNumber(v.durationDays), afterTaskId: emptyAsNull(v.afterTaskId) }),
  newTask,
);

export function AddTaskForm({ view, onDone }: { view: PlanView; onDone(): void }) {
  const id = useId();
  const mutate = useTimeline((s) => s.mutate);
  const { form, bound } = useActionForm({
    schema,
    defaultValues: { entryId: view.entryId, title: '', workstream: '', owner: '', durationDays: '5', afterTaskId: '' },
    async action(input) {
      await mutate('plan.addTask', input);
      return `Added “${input.title}”.`;
    },
    onDone,
  });
  const { register } = form;
  const errors = form.formState.errors;
  const candidates = orderTasks(view.tasks).filter((t) => !t.isReadiness);

  return (
    <DialogForm
      title="Add task"
      description="The new task feeds the operational-readiness milestone."
      bodyClassName="dialog-body-form"
      submit={{ label: 'Add task' }}
      {...bound}
    >
      <TextField id={`${id}-title`} label="Title" error={errorAt(errors, 'title')} maxLength={300} autoFocus {...register('title')} />
      <div className="form-row">
        <EnumSelect id={`${id}-ws`} label="Workstream" labels={WORKSTREAM_LABELS} placeholder="Choose…" error={errorAt(errors, 'workstream')} {...register('workstream')} />
        <TextField id={`${id}-owner`} label="Owner" optional error={errorAt(errors, 'owner')} maxLength={200} {...register('owner')} />
      </div>
      <div className="form-row">
        <TextField
          id={`${id}-dur`}
          label="Duration (business days)"
          error={errorAt(errors, 'durationDays')}
          type="number"
          min={0}
          step={1}
          className="input input-narrow"
          {...register('durationDays')}
        />
        <FormField id={`${id}-after`} label="Starts after" optional error={errorAt(errors, 'afterTaskId')} hint="Finish-to-start; more links can be added in the task editor.">
          <select {...register('afterTaskId')} {...fieldA11y(`${id}-after`, errorAt(errors, 'afterTaskId'), true)} className="input select">
            <option value="">No predecessor (starts with the plan)</option>
            {candidates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </FormField>
      </div>
    </DialogForm>
  );
}
