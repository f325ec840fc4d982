import type { PlanView } from '../../../../shared/plan-schema';
import { GanttArrows } from './GanttArrows';
import { GanttBaselineBar } from './GanttBaselineBar';
import { GanttDefs } from './GanttDefs';
import { GanttMilestone } from './GanttMilestone';
import { GanttNonWorking } from './GanttNonWorking';
import { GanttTaskBar } from './GanttTaskBar';
import { barOf, inWindow, ROW_HEIGHT, weekStarts, xOf, type GanttRows, type GanttScale, type GanttWindow, type NonWorkingDay, type TaskRow } from './gantt-layout';
import type { Marker } from './gantt-markers';
import { taskBarName } from './plan-text';
import './gantt-svg.css';

interface GanttBodyProps {
  view: PlanView;
  scale: GanttScale;
  rows: GanttRows;
  /** The rows and days in view: only those are drawn. */
  win: GanttWindow;
  nonWorking: NonWorkingDay[];
  markers: Marker[];
  withBaseline: boolean;
  focusedId: string | null;
  onOpen(taskId: string): void;
}

/**
 * The chart itself: lanes, shaded non-working days, week lines, the today / status /
 * target lines, baseline ghosts, dependency arrows, then the bars and milestones on top.
 * Hidden from assistive technology: the row buttons beside it carry the same facts.
 */
export function GanttBody({ view, scale, rows, win, nonWorking, markers, withBaseline, focusedId, onOpen }: GanttBodyProps) {
  const height = rows.height;
  const tasks = win.rows.filter((r): r is TaskRow => r.kind === 'task');
  const shown = new Set(tasks.map((r) => r.task.id));
  const days = nonWorking.filter((d) => inWindow(win, xOf(scale, d.date), scale.dayWidth));
  return (
    <svg width={scale.width} height={height} className="gantt-body-svg" aria-hidden="true">
      <GanttDefs />
      {win.rows.map((r) =>
        r.kind === 'lane' ? (
          <rect key={`lane-${r.workstream}`} x={0} y={r.top} width={scale.width} height={ROW_HEIGHT} className="gantt-lane-band" />
        ) : (
          <line key={`rule-${r.task.id}`} x1={0} x2={scale.width} y1={r.top + ROW_HEIGHT - 0.5} y2={r.top + ROW_HEIGHT - 0.5} className="gantt-row-rule" />
        ),
      )}
      <GanttNonWorking scale={scale} days={days} height={height} />
      {weekStarts(scale)
        .filter((d) => inWindow(win, xOf(scale, d)))
        .map((d) => (
        <line key={d} x1={xOf(scale, d)} x2={xOf(scale, d)} y1={0} y2={height} className="gantt-week-line" />
      ))}
      {focusedId && rows.byId.has(focusedId) ? (
        <rect x={0} y={rows.byId.get(focusedId)!.top} width={scale.width} height={ROW_HEIGHT} className="gantt-row-focus" />
      ) : null}
      {markers.map((m) => (
        <line key={m.kind} x1={m.x} x2={m.x} y1={0} y2={height} className={`gantt-marker-line gantt-marker-${m.kind}`} />
      ))}
      {withBaseline ? tasks.map((r) => <GanttBaselineBar key={`base-${r.task.id}`} scale={scale} row={r} />) : null}
      <GanttArrows view={view} rows={rows} scale={scale} shown={shown} />
      {tasks.map((r) => {
        const bar = barOf(scale, r);
        const name = taskBarName(r.task, withBaseline);
        const focused = focusedId === r.task.id;
        return bar.milestone ? (
          <GanttMilestone key={r.task.id} row={r} bar={bar} name={name} focused={focused} onOpen={onOpen} />
        ) : (
          <GanttTaskBar key={r.task.id} row={r} bar={bar} name={name} focused={focused} showPercent={scale.dayWidth >= 16} onOpen={onOpen} />
        );
      })}
    </svg>
  );
}
