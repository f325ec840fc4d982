import { Diamond } from 'lucide-react';
import { useRef, type KeyboardEvent } from 'react';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { plural } from '../../lib/format-date';
import { ROW_HEIGHT, type GanttRows } from './gantt-layout';
import { isMilestone, taskBarName } from './plan-text';

interface GanttRowLabelsProps {
  rows: GanttRows;
  withBaseline: boolean;
  /** The row last focused: the chart's one tab stop. */
  activeId: string | null;
  onFocusRow(taskId: string): void;
  onBlurRows(): void;
  onOpen(taskId: string): void;
}

/**
 * The column of task names beside the chart, one button per row: Tab reaches the
 * chart once, the arrow keys (and Home / End) move between rows, Enter opens the task.
 * Each button is named with the task's dates, criticality and progress.
 */
export function GanttRowLabels({ rows, withBaseline, activeId, onFocusRow, onBlurRows, onOpen }: GanttRowLabelsProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const tabStop = activeId && rows.byId.has(activeId) ? activeId : rows.tasks[0]?.task.id;

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = rows.tasks.length - 1;
    const next = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (next === null) return;
    e.preventDefault();
    const target = rows.tasks[Math.max(0, Math.min(last, next))];
    if (target) buttons.current.get(target.task.id)?.focus();
  }

  return (
    <div className="gantt-labels" role="group" aria-label="Tasks in the chart (arrow keys move, Enter opens)">
      {rows.rows.map((r) =>
        r.kind === 'lane' ? (
          <div key={`lane-${r.workstream}`} className="gantt-lane-label" style={{ height: ROW_HEIGHT }}>
            <span className="gantt-lane-name">{WORKSTREAM_LABELS[r.workstream]}</span>
            <span className="gantt-lane-count">{plural(r.count, 'task')}</span>
          </div>
        ) : (
          <button
            key={r.task.id}
            type="button"
            ref={(el) => {
              if (el) buttons.current.set(r.task.id, el);
              else buttons.current.delete(r.task.id);
            }}
            className="gantt-row-label"
            style={{ height: ROW_HEIGHT }}
            tabIndex={r.task.id === tabStop ? 0 : -1}
            aria-label={taskBarName(r.task, withBaseline)}
            onFocus={() => onFocusRow(r.task.id)}
            onBlur={onBlurRows}
            onKeyDown={(e) => onKeyDown(e, r.index)}
            onClick={() => onOpen(r.task.id)}
          >
            {isMilestone(r.task) ? <Diamond size={12} aria-hidden="true" className="gantt-label-diamond" /> : null}
            <span className="gantt-row-title" title={r.task.title}>
              {r.task.title}
            </span>
            {r.task.schedule.critical ? <span className="gantt-critical-tag">Critical</span> : null}
          </button>
        ),
      )}
    </div>
  );
}
