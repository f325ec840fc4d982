import type { PlanTaskView } from '../../../../shared/plan-schema';
import { useTimeline } from '../../stores/timeline-store';
import { InlineNumberInput } from './InlineNumberInput';

/** Percent complete, edited in place; a task done through its signed-off checklist items says so instead. */
export function TaskPercentCell({ task }: { task: PlanTaskView }) {
  const updateTaskInline = useTimeline((s) => s.updateTaskInline);
  if (task.isReadiness) return <span className="muted">—</span>;
  if (task.linkedItemsSignedOff) return <span className="muted" title="Every linked checklist item is signed off">Signed off</span>;
  return (
    <InlineNumberInput
      value={task.percentComplete}
      label={`% done of ${task.title}`}
      min={0}
      max={100}
      onCommit={(percentComplete) => updateTaskInline(task.id, { percentComplete })}
    />
  );
}
