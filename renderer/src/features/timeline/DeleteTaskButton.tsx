import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { PlanTaskView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';

/** "Delete task" with a confirmation; its links go with it. */
export function DeleteTaskButton({ task, onDeleted }: { task: PlanTaskView; onDeleted(): void }) {
  const mutate = useTimeline((s) => s.mutate);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await mutate('plan.deleteTask', { taskId: task.id });
      setOpen(false);
      useNotice.getState().show(`Deleted “${task.title}”.`);
      onDeleted();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setError(null);
      }}
    >
      <AlertDialog.Trigger asChild>
        <Button variant="ghost" icon={Trash2} className="btn-danger-text">
          Delete task
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay dialog-overlay-stacked" />
        <AlertDialog.Content className="dialog dialog-small dialog-stacked">
          <div className="dialog-body">
            <AlertDialog.Title className="dialog-title">Delete {task.title}?</AlertDialog.Title>
            <AlertDialog.Description className="dialog-description">
              Its links to other tasks are removed with it; the tasks that waited for it are rescheduled.
            </AlertDialog.Description>
            <ErrorAlert message={error} />
          </div>
          <footer className="dialog-footer">
            <AlertDialog.Cancel asChild>
              <Button>Cancel</Button>
            </AlertDialog.Cancel>
            <Button variant="danger" disabled={busy} onClick={() => void remove()}>
              Delete task
            </Button>
          </footer>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
