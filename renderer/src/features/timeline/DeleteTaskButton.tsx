import { Trash2 } from 'lucide-react';
import type { PlanTaskView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';

/** "Delete task" with a confirmation; its links go with it. */
export function DeleteTaskButton({ task, onDeleted }: { task: PlanTaskView; onDeleted(): void }) {
  const mutate = useTimeline((s) => s.mutate);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" icon={Trash2} className="btn-danger-text">
          Delete task
        </Button>
      }
      title={`Delete ${task.title}?`}
      description="Its links to other tasks are removed with it; the tasks that waited for it are rescheduled."
      confirmLabel="Delete task"
      variant="danger"
      stacked
      onConfirm={() => mutate('plan.deleteTask', { taskId: task.id })}
      onConfirmed={() => {
        useNotice.getState().show(`Deleted “${task.title}”.`);
        onDeleted();
      }}
    />
  );
}
