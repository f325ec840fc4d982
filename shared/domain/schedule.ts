/**
 * The readiness-plan scheduler: a pure function from a plan (tasks, dependencies,
 * progress, a status date and a working calendar) to early and late dates, total
 * slack and the critical path. No I/O, no clock, no Date objects per step: dates
 * become working-day ordinals once (see working-days-index.ts) and everything else
 * is integer arithmetic over a topological order.
 */
import { addBusinessDays, dateOfDayNumber, dayNumberOf } from './business-days';
import type { IsoDate } from './iso-date';
import { type Schedule, type ScheduleInput, type ScheduledTask, ScheduleError } from './schedule-model';
import { EDGE_FS, EDGE_SS, analysePlan } from './schedule-validation';
import { WorkingDaysIndex, noWorkingDayProblem } from './working-days-index';

export type {
  DependencyType,
  PlanDependency,
  PlanProblem,
  PlanProblemCode,
  PlanTask,
  Schedule,
  ScheduleInput,
  ScheduledTask,
  TaskState,
} from './schedule-model';
export { ScheduleError } from './schedule-model';
export { validatePlan } from './schedule-validation';

/** How a task takes part in the schedule. */
const NOT_STARTED = 0; // no actual start: scheduled in full (its remaining part if percent > 0)
const STARTED = 1; // actual start, work left: the start is fixed, the remaining work is scheduled
const DONE_ACTUAL = 2; // done with actual dates: fixed at them
const DONE_PLANNED = 3; // 100 % without any actual date: done, at the dates the plan gives it

/**
 * Schedules a plan. Throws a {@link ScheduleError} listing every problem
 * {@link validatePlan} finds (or, while scheduling, a calendar with a whole year
 * without a working day, or a plan running for more than a century).
 *
 * **Days.** All durations, lags and slack count *working days* of `input.calendar`
 * (not weekend, public holiday or shutdown days). Every computed date is a working day.
 * A task of duration d >= 1 that starts on working day S finishes on the d-th working day
 * counting S as the first (finish inclusive: a 1-day task starts and finishes on the same day).
 *
 * **Milestones** (duration 0) sit on the working day on which their FS successors may start:
 * after predecessors finishing on Friday, a milestone is on Monday (the next working day),
 * and a successor linked FS with lag 0 starts that same Monday. Its start and finish are
 * the same date.
 *
 * **Links.** Number the working days 0, 1, 2, … and give each task a start point s (its first
 * working day) and an end point e = s + remaining length (the working day after its last one;
 * a milestone's e = s = its date). With lag L in working days:
 * - FS: s(successor) >= e(predecessor) + L. Lag 0: the working day after the predecessor's
 *   finish; from a milestone, its own date.
 * - SS: s(successor) >= s(predecessor) + L. Lag 0: the same day.
 * - FF: e(successor) >= e(predecessor) + L. Lag 0 between two tasks: the same finish day; a
 *   milestone successor sits on the working day after the predecessor's finish, as with FS.
 * Negative lags (down to minus the predecessor's duration; FS with lag −d is SS with lag 0)
 * pull the successor earlier, but never before its earliest day below.
 *
 * **Earliest day.** A task that has not started starts on the latest of: the first working
 * day on or after `projectStart`; on or after its `startNoEarlierThan`; on or after
 * `statusDate` (remaining work is never scheduled before the status date, so when time
 * passes without progress the forecast slips with it, business day for business day);
 * and what its links allow. It then starts as early as that allows.
 *
 * **Progress** (remaining work = ceil(duration × (100 − percent) / 100) business days):
 * - Done: `actualFinish` set, or `percentComplete` 100, or an actual start and no work
 *   left (a milestone with an actual start). A done task is fixed at its actual dates
 *   (with only an actual finish, its start is counted back `durationDays` working days;
 *   with only an actual start, it finishes `durationDays` working days later or on the
 *   status date, whichever is earlier). At 100 % with no actual dates it keeps the dates
 *   the plan gives it (its links, the project start and its start-no-earlier-than, not the
 *   status date). Links *into* a done task no longer constrain anything; its own dates
 *   drive its successors (a done task of one day or more ends after its actual finish day,
 *   a done milestone on it: an FS successor of a milestone reached on Monday may start Monday). Done tasks have no slack to speak of: late dates = early dates,
 *   `totalSlack` 0, never `critical`, `remainingDays` 0.
 * - In progress with an actual start: `earlyStart` (and `lateStart`) is the actual start;
 *   the remaining work is scheduled from the first working day on or after the later of
 *   the status date and what its FS and FF links allow (SS links into it are satisfied:
 *   it has started; `startNoEarlierThan` is ignored). Its SS successors count from its
 *   actual start.
 * - `percentComplete` above 0 with no actual start: in progress, but scheduled like a task
 *   that has not started, with only its remaining work.
 *
 * **Backward pass and slack.** `finish` is the latest early finish of any task (the
 * forecast readiness date). Working back from the last finish of the work still to do
 * (that is `finish`, unless a task marked 100 % without dates is placed after all open work)
 * through the same links, each task not done gets the latest finish (and start) that does not move `finish`; `totalSlack` =
 * working days from early finish to late finish (>= 0). `critical` = slack 0; the critical
 * tasks run from an earliest-day bound (project start, status date, a start-no-earlier-than
 * date, a done or started task) to `finish` without a gap, and `criticalPath` lists them all
 * (more than one chain when several tie) by early start, early finish, then dependency order.
 *
 * The input is not modified; the result is plain JSON.
 */
export function schedule(input: ScheduleInput): Schedule {
  const plan = analysePlan(input);
  if (plan.problems.length > 0) throw new ScheduleError(plan.problems);
  const { tasks, calendar } = input;
  const { graph, edgeType, edgeLag, order } = plan;
  const { edgeSucc, outStart, outEdges } = graph;
  const n = tasks.length;

  const projectStartDay = dayNumberOf(input.projectStart);
  const statusDay = dayNumberOf(input.statusDate);

  // 1. Classify the tasks and find the earliest day the plan mentions.
  const kind = new Uint8Array(n);
  const rem = new Float64Array(n);
  const startDay = new Float64Array(n).fill(NaN); // actual (or derived) start, for started and done tasks
  const finishDay = new Float64Array(n).fill(NaN); // actual finish, for done tasks
  const snetDay = new Float64Array(n).fill(NaN);
  const startText: (IsoDate | null)[] = new Array<IsoDate | null>(n).fill(null);
  const finishText: (IsoDate | null)[] = new Array<IsoDate | null>(n).fill(null);
  let baseDay = Math.min(projectStartDay, statusDay);
  for (let i = 0; i < n; i++) {
    const t = tasks[i]!;
    const d = t.durationDays;
    const p = t.percentComplete;
    const left = p === 0 ? d : Math.max(0, Math.ceil((d * (100 - p)) / 100 - 1e-9));
    if (t.actualFinish !== null) {
      kind[i] = DONE_ACTUAL;
      finishDay[i] = dayNumberOf(t.actualFinish);
      finishText[i] = t.actualFinish;
      startText[i] = t.actualStart ?? startCountedBack(input, t.actualFinish, d);
      startDay[i] = dayNumberOf(startText[i]!);
    } else if (t.actualStart !== null) {
      startDay[i] = dayNumberOf(t.actualStart);
      startText[i] = t.actualStart;
      kind[i] = p === 100 || left === 0 ? DONE_ACTUAL : STARTED;
      rem[i] = left;
    } else if (p === 100) {
      kind[i] = DONE_PLANNED;
      rem[i] = d;
    } else {
      kind[i] = NOT_STARTED;
      rem[i] = left;
    }
    if (t.startNoEarlierThan !== null && kind[i] !== STARTED && kind[i] !== DONE_ACTUAL) {
      snetDay[i] = dayNumberOf(t.startNoEarlierThan);
      if (snetDay[i]! < baseDay) baseDay = snetDay[i]!;
    }
    if (startDay[i]! < baseDay) baseDay = startDay[i]!;
  }

  // 2. Dates to working-day ordinals, and the earliest ordinal of each task's (remaining) work.
  const index = new WorkingDaysIndex(calendar, baseDay);
  const projectStartOrd = index.ordinalOnOrAfter(projectStartDay);
  const statusOrd = index.ordinalOnOrAfter(statusDay);
  const statusEndOrd = index.ordinalAfter(statusDay);
  const planFloor = Math.max(projectStartOrd, statusOrd);
  const S = new Float64Array(n); // start: actual start for started/done tasks, else start of the scheduled work
  const R = new Float64Array(n); // start of the scheduled (remaining) work; its running lower bound during the pass
  const F = new Float64Array(n); // finish boundary: the ordinal just after the last working day of the task
  for (let i = 0; i < n; i++) {
    const k = kind[i]!;
    const snet = Number.isNaN(snetDay[i]!) ? 0 : index.ordinalOnOrAfter(snetDay[i]!);
    if (k === NOT_STARTED) {
      R[i] = Math.max(planFloor, snet);
    } else if (k === DONE_PLANNED) {
      R[i] = Math.max(projectStartOrd, snet);
    } else {
      S[i] = index.ordinalOnOrAfter(startDay[i]!);
      if (k === STARTED) {
        R[i] = statusOrd;
      } else if (!Number.isNaN(finishDay[i]!)) {
        // A task of one day or more ends after its actual finish day; a milestone is reached on it.
        F[i] = tasks[i]!.durationDays === 0 ? index.ordinalOnOrAfter(finishDay[i]!) : index.ordinalAfter(finishDay[i]!);
      } else {
        // Done from an actual start alone: planned length, cut at the status date.
        F[i] = Math.max(S[i]!, Math.min(S[i]! + tasks[i]!.durationDays, statusEndOrd));
      }
    }
  }

  // 3. Forward pass in topological order: each task pushes its constraints to its successors.
  for (let o = 0; o < n; o++) {
    const v = order[o]!;
    const k = kind[v]!;
    if (k !== DONE_ACTUAL) {
      F[v] = R[v]! + rem[v]!;
      if (k !== STARTED) S[v] = R[v]!;
    }
    for (let j = outStart[v]!; j < outStart[v + 1]!; j++) {
      const e = outEdges[j]!;
      const s = edgeSucc[e]!;
      const ks = kind[s]!;
      if (ks === DONE_ACTUAL) continue;
      let bound: number;
      const type = edgeType[e]!;
      if (type === EDGE_FS) bound = F[v]! + edgeLag[e]!;
      else if (type === EDGE_SS) {
        if (ks === STARTED) continue;
        bound = S[v]! + edgeLag[e]!;
      } else bound = F[v]! + edgeLag[e]! - rem[s]!; // FF
      if (bound > R[s]!) R[s] = bound;
    }
  }

  // 4. The plan's finish: the last finish day of the work still to do.
  // A finish day is F - 1 for work of one day or more, F itself for zero-length work.
  let lastOrd = -1;
  for (let i = 0; i < n; i++) {
    const k = kind[i]!;
    if (k === NOT_STARTED || k === STARTED) {
      const f = rem[i]! > 0 ? F[i]! - 1 : F[i]!;
      if (f > lastOrd) lastOrd = f;
    }
  }
  if (lastOrd >= 0) index.ensureOrdinal(lastOrd);

  // 5. Backward pass in reverse topological order.
  const LF = new Float64Array(n);
  const LR = new Float64Array(n);
  for (let o = n - 1; o >= 0; o--) {
    const v = order[o]!;
    const k = kind[v]!;
    if (k === DONE_ACTUAL || k === DONE_PLANNED) continue;
    let lf = rem[v]! > 0 ? lastOrd + 1 : lastOrd;
    for (let j = outStart[v]!; j < outStart[v + 1]!; j++) {
      const e = outEdges[j]!;
      const s = edgeSucc[e]!;
      const ks = kind[s]!;
      if (ks === DONE_ACTUAL || ks === DONE_PLANNED) continue;
      let bound: number;
      const type = edgeType[e]!;
      if (type === EDGE_FS) bound = LR[s]! - edgeLag[e]!;
      else if (type === EDGE_SS) {
        if (ks === STARTED || k === STARTED) continue;
        bound = LR[s]! - edgeLag[e]! + rem[v]!;
      } else bound = LF[s]! - edgeLag[e]!; // FF
      if (bound < lf) lf = bound;
    }
    LF[v] = lf;
    LR[v] = lf - rem[v]!;
  }

  // 6. Dates out.
  const position = new Int32Array(n);
  for (let o = 0; o < n; o++) position[order[o]!] = o;
  const entries: [string, ScheduledTask][] = new Array<[string, ScheduledTask]>(n);
  const critical: number[] = [];
  let start = index.dateAt(projectStartOrd);
  let finish: IsoDate | null = null;
  for (let i = 0; i < n; i++) {
    const t = tasks[i]!;
    const k = kind[i]!;
    let row: ScheduledTask;
    if (k === DONE_ACTUAL || k === DONE_PLANNED) {
      const earlyStart = startText[i] ?? index.dateAt(S[i]!);
      const earlyFinish = finishText[i] ?? (F[i]! > S[i]! ? index.dateAt(F[i]! - 1) : earlyStart);
      row = { id: t.id, earlyStart, earlyFinish, lateStart: earlyStart, lateFinish: earlyFinish, totalSlack: 0, critical: false, remainingDays: 0, state: 'done' };
    } else {
      const r = rem[i]!;
      const slack = LF[i]! - F[i]!;
      const isCritical = slack <= 0;
      if (isCritical) critical.push(i);
      const earlyStart = k === STARTED ? startText[i]! : index.dateAt(R[i]!);
      row = {
        id: t.id,
        earlyStart,
        earlyFinish: index.dateAt(r > 0 ? F[i]! - 1 : F[i]!),
        lateStart: k === STARTED ? earlyStart : index.dateAt(LR[i]!),
        lateFinish: index.dateAt(r > 0 ? LF[i]! - 1 : LF[i]!),
        totalSlack: slack,
        critical: isCritical,
        remainingDays: r,
        state: k === STARTED || t.percentComplete > 0 ? 'in_progress' : 'not_started',
      };
    }
    if (row.earlyStart < start) start = row.earlyStart;
    if (finish === null || row.earlyFinish > finish) finish = row.earlyFinish;
    entries[i] = [t.id, row];
  }
  critical.sort((a, b) => S[a]! - S[b]! || F[a]! - F[b]! || position[a]! - position[b]!);

  return {
    tasks: Object.fromEntries(entries),
    start,
    finish: finish ?? start,
    criticalPath: critical.map((i) => tasks[i]!.id),
  };
}

/** The start of a done task known only by its actual finish: `duration` working days back, finish inclusive. */
function startCountedBack(input: ScheduleInput, actualFinish: IsoDate, duration: number): IsoDate {
  if (duration === 0) return actualFinish;
  const dayAfter = dateOfDayNumber(dayNumberOf(actualFinish) + 1);
  try {
    return addBusinessDays(input.calendar, dayAfter, -duration);
  } catch {
    throw new ScheduleError([noWorkingDayProblem(input.calendar, dayNumberOf(actualFinish) - 366)]);
  }
}
