import { format, parseISO } from 'date-fns';
import type { BarGeometry, TaskRow } from './gantt-layout';
import './gantt-svg.css';

interface GanttMilestoneProps {
  row: TaskRow;
  bar: BarGeometry;
  name: string;
  focused: boolean;
  onOpen(taskId: string): void;
}

/** A zero-length task as a diamond on its day, with its title and date beside it. */
export function GanttMilestone({ row, bar, name, focused, onOpen }: GanttMilestoneProps) {
  const { task } = row;
  const cx = bar.x + bar.width / 2;
  const r = bar.width / 2;
  return (
    <g className={['gantt-task', 'gantt-milestone', task.schedule.critical ? 'is-critical' : null].filter(Boolean).join(' ')} onClick={() => onOpen(task.id)} data-task-id={task.id}>
      <title>{name}</title>
      {focused ? <circle className="gantt-focus" cx={cx} cy={bar.cy} r={r + 5} /> : null}
      <path className="gantt-diamond" d={`M${cx},${bar.cy - r} L${cx + r},${bar.cy} L${cx},${bar.cy + r} L${cx - r},${bar.cy} Z`} />
      <text className="gantt-milestone-text" x={cx + r + 6} y={bar.cy + 4}>
        {task.title} · {format(parseISO(task.schedule.earlyStart), 'd MMM')}
      </text>
    </g>
  );
}
