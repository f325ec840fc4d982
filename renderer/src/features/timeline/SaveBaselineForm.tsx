import { useId } from 'react';
import { contract } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';

/** The name is what the form edits of `plan.saveBaseline` (the plan is the one open). */
const schema = contract['plan.saveBaseline'].input.pick({ name: true });

/** The baseline's name, suggested as the next "Baseline n". */
export function SaveBaselineForm({ baselineCount, onDone }: { baselineCount: number; onDone(): void }) {
  const id = useId();
  const saveBaseline = useTimeline((s) => s.saveBaseline);
  const { form, submit, busy, formError } = useApiForm({ schema, defaultValues: { name: `Baseline ${baselineCount + 1}` } });

  const onSubmit = submit(async ({ name }) => {
    await saveBaseline(name);
    onDone();
    useNotice.getState().show(`Saved baseline “${name}”.`);
  });

  return (
    <form className="dialog-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <DialogHeader title="Save baseline" description="Keeps today’s schedule of every task, so you can see later which tasks slipped and by how much." />
      <div className="dialog-body">
        <TextField id={id} label="Baseline name" error={errorAt(form.formState.errors, 'name')} maxLength={200} autoFocus {...form.register('name')} />
        <ErrorAlert message={formError} />
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={busy}>
          Save baseline
        </Button>
      </DialogFooter>
    </form>
  );
}
