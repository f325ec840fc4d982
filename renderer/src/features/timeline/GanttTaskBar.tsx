import type { BarGeometry, TaskRow } from './gantt-layout';
import './gantt-svg.css';

interface GanttTaskBarProps {
  row: TaskRow;
  bar: BarGeometry;
  name: string;
  focused: boolean;
  showPercent: boolean;
  onOpen(taskId: string): void;
}

/** A task's bar from its start to its finish (both days included), filled as far as it is done; hatched when critical. */
export function GanttTaskBar({ row, bar, name, focused, showPercent, onOpen }: GanttTaskBarProps) {
  const { task } = row;
  const critical = task.schedule.critical;
  const done = task.schedule.state === 'done' ? 100 : task.percentComplete;
  const progress = (bar.width * Math.min(100, Math.max(0, done))) / 100;
  return (
    <g
      className={['gantt-task', critical ? 'is-critical' : null, task.schedule.state === 'done' ? 'is-done' : null].filter(Boolean).join(' ')}
      onClick={() => onOpen(task.id)}
      data-task-id={task.id}
    >
      <title>{name}</title>
      {focused ? <rect className="gantt-focus" x={bar.x - 3} y={bar.y - 3} width={bar.width + 6} height={bar.height + 6} rx={5} /> : null}
      <rect className="gantt-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={3} />
      {progress > 0 ? <rect className="gantt-bar-progress" x={bar.x} y={bar.y} width={progress} height={bar.height} rx={3} /> : null}
      {critical ? <rect className="gantt-bar-hatch" x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={3} fill="url(#gantt-critical-hatch)" /> : null}
      <rect className="gantt-bar-outline" x={bar.x + 0.5} y={bar.y + 0.5} width={bar.width - 1} height={bar.height - 1} rx={3} />
      {showPercent && done > 0 ? (
        <text className="gantt-bar-text" x={bar.x + bar.width + 6} y={bar.cy + 4}>
          {task.schedule.state === 'done' ? 'Done' : `${task.percentComplete} %`}
        </text>
      ) : null}
    </g>
  );
}
