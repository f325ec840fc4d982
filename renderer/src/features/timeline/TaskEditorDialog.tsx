import * as Dialog from '@radix-ui/react-dialog';
import { GuardedDialogRoot } from '../../components/GuardedDialogRoot';
import { useTimeline, useEditingTask } from '../../stores/timeline-store';
import { TaskEditorForm } from './TaskEditorForm';
import { useReturnFocus } from '../../lib/use-return-focus';

/** The task editor, opened from a Gantt row, a bar or a title in the task list. */
export function TaskEditorDialog() {
  const returnFocus = useReturnFocus();
  const task = useEditingTask();
  const view = useTimeline((s) => s.view);
  const closeTask = useTimeline((s) => s.closeTask);
  return (
    <GuardedDialogRoot open={task !== null && view !== null} onOpenChange={(o) => (o ? undefined : closeTask())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content {...returnFocus} className="dialog dialog-large">
          {task && view ? <TaskEditorForm key={task.id} task={task} view={view} onDone={closeTask} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </GuardedDialogRoot>
  );
}
