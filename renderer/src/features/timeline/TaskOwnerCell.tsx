import type { PlanTaskView } from '../../../../shared/plan-schema';
import { useTimeline } from '../../stores/timeline-store';
import { InlineTextInput } from './InlineTextInput';

export function TaskOwnerCell({ task }: { task: PlanTaskView }) {
  const updateTaskInline = useTimeline((s) => s.updateTaskInline);
  return (
    <InlineTextInput
      value={task.owner}
      label={`Owner of ${task.title}`}
      placeholder="Unassigned"
      maxLength={200}
      onCommit={(owner) => updateTaskInline(task.id, { owner })}
    />
  );
}
