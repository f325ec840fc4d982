import { useId } from 'react';
import { contract } from '../../../../shared/contract';
import { DialogForm } from '../../components/DialogForm';
import { TextField } from '../../components/TextField';
import { errorAt } from '../../lib/use-api-form';
import { useActionForm } from '../../lib/use-action-form';
import { useTimeline } from '../../stores/timeline-store';

/** The name is what the form edits of `plan.saveBaseline` (the plan is the one open). */
const schema = contract['plan.saveBaseline'].input.pick({ name: true });

/** The baseline's name, suggested as the next "Baseline n". */
export function SaveBaselineForm({ baselineCount, onDone }: { baselineCount: number; onDone(): void }) {
  const id = useId();
  const saveBaseline = useTimeline((s) => s.saveBaseline);
  const { form, bound } = useActionForm({
    schema,
    defaultValues: { name: `Baseline ${baselineCount + 1}` },
    async action({ name }) {
      await saveBaseline(name);
      return `Saved baseline “${name}”.`;
    },
    onDone,
  });

  return (
    <DialogForm
      title="Save baseline"
      description="Keeps today’s schedule of every task, so you can see later which tasks slipped and by how much."
      submit={{ label: 'Save baseline' }}
      {...bound}
    >
      <TextField id={id} label="Baseline name" error={errorAt(form.formState.errors, 'name')} maxLength={200} autoFocus {...form.register('name')} />
    </DialogForm>
  );
}
