import { baselineBarOf, type GanttScale, type TaskRow } from './gantt-layout';
import './gantt-svg.css';

/** Where the chosen baseline had the task: a thin outlined bar under the current one. */
export function GanttBaselineBar({ scale, row }: { scale: GanttScale; row: TaskRow }) {
  const ghost = baselineBarOf(scale, row);
  if (!ghost) return null;
  return <rect className="gantt-baseline" x={ghost.x + 0.5} y={ghost.y} width={Math.max(1, ghost.width - 1)} height={4} rx={1} />;
}
