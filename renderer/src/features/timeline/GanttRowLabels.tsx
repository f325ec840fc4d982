import { Diamond } from 'lucide-react';
import { useRef, type KeyboardEvent } from 'react';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { plural } from '../../lib/format-date';
import { ROW_HEIGHT, type GanttRows, type GanttWindow } from './gantt-layout';
import { isMilestone, taskBarName } from './plan-text';
import { TaskCategoryTag } from './TaskCategoryTag';
import './gantt.css';

interface GanttRowLabelsProps {
  rows: GanttRows;
  /** The rows drawn (those in view, and the tab stop's). */
  win: GanttWindow;
  withBaseline: boolean;
  /** The chart's one tab stop: the row last focused, else the first. */
  tabStop: string | undefined;
  onFocusRow(taskId: string): void;
  onBlurRows(): void;
  onOpen(taskId: string): void;
  /** Scrolls a row into view (its button is drawn once it is there). */
  scrollToRow(taskId: string): void;
}

/**
 * The column of task names beside the chart, one button per row: Tab reaches the
 * chart once, the arrow keys (and Home / End) move between rows, Enter opens the task.
 * Each button is named with the task's dates, criticality and progress.
 */
export function GanttRowLabels({ rows, win, withBaseline, tabStop, onFocusRow, onBlurRows, onOpen, scrollToRow }: GanttRowLabelsProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  function focusWhenDrawn(taskId: string, tries = 6) {
    const button = buttons.current.get(taskId);
    if (button) button.focus();
    else if (tries > 0) requestAnimationFrame(() => focusWhenDrawn(taskId, tries - 1));
  }

  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = rows.tasks.length - 1;
    const next = e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (next === null) return;
    e.preventDefault();
    const target = rows.tasks[Math.max(0, Math.min(last, next))];
    if (!target) return;
    scrollToRow(target.task.id);
    focusWhenDrawn(target.task.id);
  }

  return (
    <div className="gantt-labels" role="group" aria-label="Tasks in the chart (arrow keys move, Enter opens)" style={{ height: rows.height }}>
      {win.rows.map((r) =>
        r.kind === 'lane' ? (
          <div key={`lane-${r.workstream}`} className="gantt-lane-label" style={{ height: ROW_HEIGHT, top: r.top }}>
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
            style={{ height: ROW_HEIGHT, top: r.top }}
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
            <TaskCategoryTag task={r.task} />
            {r.task.schedule.critical ? <span className="gantt-critical-tag">Critical</span> : null}
          </button>
        ),
      )}
    </div>
  );
}
