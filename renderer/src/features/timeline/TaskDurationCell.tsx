import type { PlanTaskView } from '../../../../shared/plan-schema';
import { useTimeline } from '../../stores/timeline-store';
import { InlineNumberInput } from './InlineNumberInput';

/** The duration in business days, edited in place; the readiness milestone has none. */
export function TaskDurationCell({ task }: { task: PlanTaskView }) {
  const updateTaskInline = useTimeline((s) => s.updateTaskInline);
  if (task.isReadiness) return <span className="muted">Milestone</span>;
  return (
    <InlineNumberInput
      value={task.durationDays}
      label={`Duration of ${task.title} (business days)`}
      min={0}
      onCommit={(durationDays) => updateTaskInline(task.id, { durationDays })}
    />
  );
}
