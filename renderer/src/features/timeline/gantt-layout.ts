/**
 * The Gantt's geometry, computed from the plan without drawing anything: the date
 * range and its scale, one row per task grouped in workstream lanes, month and week
 * marks, non-working days, and the route of each dependency arrow.
 */
import { format, parseISO } from 'date-fns';
import type { Holiday, WorkCalendar } from '../../../../shared/domain/calendar';
import { holidayOn, isWeekend } from '../../../../shared/domain/business-days';
import { addDays, dayOfWeek, diffDays, type IsoDate } from '../../../../shared/domain/iso-date';
import type { PlanTaskView, PlanView } from '../../../../shared/plan-schema';
import { WORKSTREAMS, type Workstream } from '../../../../shared/requirements/pack-schema';
import type { Zoom } from '../../stores/timeline-store';
import { isMilestone } from './plan-text';

export const ROW_HEIGHT = 32;
export const LABEL_WIDTH = 288;
export const DAY_WIDTH: Record<Zoom, number> = { day: 24, week: 7 };
/** Half the width of a milestone's diamond. */
export const DIAMOND = 7;
const BAR_TOP = 7;
const BAR_HEIGHT = 14;

export interface GanttScale {
  from: IsoDate;
  to: IsoDate;
  dayCount: number;
  dayWidth: number;
  width: number;
}

/** The left edge of a day. */
export function xOf(scale: GanttScale, date: IsoDate): number {
  return diffDays(scale.from, date) * scale.dayWidth;
}

export function inRange(scale: GanttScale, date: IsoDate): boolean {
  return date >= scale.from && date <= scale.to;
}

function mondayOnOrBefore(d: IsoDate): IsoDate {
  return addDays(d, -((dayOfWeek(d) + 6) % 7));
}

function min(dates: IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b < a ? b : a));
}

function max(dates: IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b > a ? b : a));
}

/** Close enough to the plan to widen the chart for (today, the status date). */
const NEARBY_DAYS = 21;

/**
 * From the Monday before the plan's first day to a week past its last (forecast,
 * target or baseline), in whole weeks. Today and the status date widen it only when near.
 */
export function ganttScale(view: PlanView, today: IsoDate, zoom: Zoom, withBaseline: boolean): GanttScale {
  const starts = [view.projectStart, ...view.tasks.map((t) => t.schedule.earlyStart)];
  const ends = [view.forecastFinish, view.targetDate, ...view.tasks.map((t) => t.schedule.earlyFinish)];
  if (withBaseline) {
    for (const t of view.tasks) {
      if (t.baseline) {
        starts.push(t.baseline.start);
        ends.push(t.baseline.finish);
      }
    }
  }
  let first = min(starts);
  let last = max(ends);
  for (const d of [today, view.statusDate]) {
    if (d < first && diffDays(d, first) <= NEARBY_DAYS) first = d;
    if (d > last && diffDays(last, d) <= NEARBY_DAYS) last = d;
  }
  const from = mondayOnOrBefore(addDays(first, -3));
  const to = addDays(mondayOnOrBefore(addDays(last, 7)), 6);
  const dayCount = diffDays(from, to) + 1;
  const dayWidth = DAY_WIDTH[zoom];
  return { from, to, dayCount, dayWidth, width: dayCount * dayWidth };
}

export interface TaskRow {
  kind: 'task';
  task: PlanTaskView;
  top: number;
  /** Position among the task rows (for arrow-key movement). */
  index: number;
}

export interface LaneRow {
  kind: 'lane';
  workstream: Workstream;
  top: number;
  count: number;
}

export type GanttRow = TaskRow | LaneRow;

export interface GanttRows {
  rows: GanttRow[];
  tasks: TaskRow[];
  byId: Map<string, TaskRow>;
  height: number;
}

/** Tasks in the order the chart and the task list show them: by lane, then start, finish and plan order; readiness last. */
export function orderTasks(tasks: PlanTaskView[]): PlanTaskView[] {
  const rank = (w: string) => WORKSTREAMS.indexOf(w as Workstream);
  const position = new Map(tasks.map((t, i) => [t.id, i]));
  return [...tasks].sort(
    (a, b) =>
      Number(a.isReadiness) - Number(b.isReadiness) ||
      rank(a.workstream) - rank(b.workstream) ||
      a.schedule.earlyStart.localeCompare(b.schedule.earlyStart) ||
      a.schedule.earlyFinish.localeCompare(b.schedule.earlyFinish) ||
      (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0),
  );
}

/** One lane per workstream (empty lanes left out), the readiness milestone at the end of the last lane. */
export function ganttRows(tasks: PlanTaskView[]): GanttRows {
  const ordered = orderTasks(tasks);
  const readiness = ordered.filter((t) => t.isReadiness);
  const rows: GanttRow[] = [];
  const taskRows: TaskRow[] = [];
  let top = 0;
  const lanes = WORKSTREAMS.map((w) => ({ w, tasks: ordered.filter((t) => !t.isReadiness && t.workstream === w) }));
  const lastLane = [...lanes].reverse().find((l) => l.tasks.length > 0) ?? lanes[lanes.length - 1]!;
  for (const lane of lanes) {
    const laneTasks = lane === lastLane ? [...lane.tasks, ...readiness] : lane.tasks;
    if (laneTasks.length === 0) continue;
    rows.push({ kind: 'lane', workstream: lane.w, top, count: laneTasks.filter((t) => !t.isReadiness).length });
    top += ROW_HEIGHT;
    for (const task of laneTasks) {
      const row: TaskRow = { kind: 'task', task, top, index: taskRows.length };
      rows.push(row);
      taskRows.push(row);
      top += ROW_HEIGHT;
    }
  }
  return { rows, tasks: taskRows, byId: new Map(taskRows.map((r) => [r.task.id, r])), height: top };
}

export interface BarGeometry {
  x: number;
  width: number;
  y: number;
  height: number;
  /** Centre line of the row. */
  cy: number;
  milestone: boolean;
}

export function barOf(scale: GanttScale, row: TaskRow): BarGeometry {
  const s = row.task.schedule;
  const cy = row.top + ROW_HEIGHT / 2;
  if (isMilestone(row.task)) {
    const cx = xOf(scale, s.earlyStart) + scale.dayWidth / 2;
    return { x: cx - DIAMOND, width: DIAMOND * 2, y: cy - DIAMOND, height: DIAMOND * 2, cy, milestone: true };
  }
  const x = xOf(scale, s.earlyStart);
  const width = Math.max(scale.dayWidth, xOf(scale, s.earlyFinish) + scale.dayWidth - x);
  return { x, width, y: row.top + BAR_TOP, height: BAR_HEIGHT, cy, milestone: false };
}

/** The thin bar under a task showing where the baseline had it. */
export function baselineBarOf(scale: GanttScale, row: TaskRow): { x: number; width: number; y: number } | null {
  const b = row.task.baseline;
  if (!b) return null;
  const x = xOf(scale, b.start);
  return { x, width: Math.max(3, xOf(scale, b.finish) + scale.dayWidth - x), y: row.top + BAR_TOP + BAR_HEIGHT + 3 };
}

export interface MonthSegment {
  key: string;
  x: number;
  width: number;
  label: string;
}

export function monthSegments(scale: GanttScale): MonthSegment[] {
  const out: MonthSegment[] = [];
  let start = scale.from;
  while (start <= scale.to) {
    const d = parseISO(start);
    const nextMonth = format(new Date(d.getFullYear(), d.getMonth() + 1, 1), 'yyyy-MM-dd');
    const end = nextMonth > scale.to ? addDays(scale.to, 1) : nextMonth;
    const x = xOf(scale, start);
    const width = diffDays(start, end) * scale.dayWidth;
    const label = width >= 96 ? format(d, 'MMMM yyyy') : width >= 60 ? format(d, 'MMM yyyy') : width >= 28 ? format(d, 'MMM') : '';
    out.push({ key: start, x, width, label });
    start = end;
  }
  return out;
}

/** Every Monday in the range. */
export function weekStarts(scale: GanttScale): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = mondayOnOrBefore(scale.from); d <= scale.to; d = addDays(d, 7)) if (d >= scale.from) out.push(d);
  return out;
}

export interface NonWorkingDay {
  date: IsoDate;
  weekend: boolean;
  holiday: Holiday | undefined;
  shutdown: boolean;
}

/** The plan's calendar as the shared business-day functions take it. */
export function workCalendarOf(view: PlanView): WorkCalendar {
  return {
    country: view.calendar.country,
    weekends: view.calendar.weekendDays,
    holidays: view.calendar.holidays,
    shutdowns: view.calendar.shutdowns,
  };
}

export function nonWorkingDays(cal: WorkCalendar, scale: GanttScale): NonWorkingDay[] {
  const shutdowns = new Set(cal.shutdowns);
  const out: NonWorkingDay[] = [];
  for (let d = scale.from; d <= scale.to; d = addDays(d, 1)) {
    const weekend = isWeekend(cal, d);
    const holiday = holidayOn(cal, d);
    const shutdown = shutdowns.has(d);
    if (weekend || holiday || shutdown) out.push({ date: d, weekend, holiday, shutdown });
  }
  return out;
}

/** "Good Friday (public holiday), Fri 26 Mar 2027" — what hovering a shaded day says. */
export function nonWorkingTitle(day: NonWorkingDay): string {
  const causes: string[] = [];
  if (day.holiday) causes.push(`${day.holiday.name} (public holiday${day.holiday.estimated ? ', estimated date' : ''})`);
  if (day.shutdown) causes.push('Company shutdown');
  if (day.weekend) causes.push('Weekend');
  return `${causes.join(' · ')}, ${format(parseISO(day.date), 'EEE d MMM yyyy')}`;
}

const GAP = 6;

/**
 * An orthogonal route from the predecessor's end (finish, or start for SS) to the
 * successor's start (or finish for FF), stepping round the rows when it has to go back.
 */
export function dependencyPath(type: 'FS' | 'SS' | 'FF', pred: BarGeometry, succ: BarGeometry): string {
  const outDir = type === 'SS' ? -1 : 1;
  const inDir = type === 'FF' ? -1 : 1;
  const x1 = outDir === 1 ? pred.x + pred.width : pred.x;
  const y1 = pred.cy;
  const x2 = inDir === 1 ? succ.x : succ.x + succ.width;
  const y2 = succ.cy;
  const px = x1 + outDir * GAP;
  const ax = x2 - inDir * GAP;
  const direct = inDir === 1 ? px <= ax : px >= ax;
  if (direct) return `M${x1},${y1} H${px} V${y2} H${x2}`;
  const between = y2 > y1 ? y2 - ROW_HEIGHT / 2 : y2 + ROW_HEIGHT / 2;
  return `M${x1},${y1} H${px} V${between} H${ax} V${y2} H${x2}`;
}

/** What of the chart is drawn: the rows (indices into `GanttRows.rows`) and the x range in view, with a margin. */
export interface GanttWindow {
  rows: GanttRow[];
  x0: number;
  x1: number;
}

/** Whether a span from x to x + width meets the window's x range. */
export function inWindow(win: GanttWindow, x: number, width = 0): boolean {
  return x + width >= win.x0 && x <= win.x1;
}

/** The window's x range for a scroll position: what the chart column shows, a screen's width either side. */
export function xWindow(scrollLeft: number, clientWidth: number, chartWidth: number): { x0: number; x1: number } {
  const shown = Math.max(0, clientWidth - LABEL_WIDTH);
  return { x0: Math.max(0, scrollLeft - shown), x1: Math.min(chartWidth, scrollLeft + 2 * shown) };
}
