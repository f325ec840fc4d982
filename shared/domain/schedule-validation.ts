/**
 * Checks a plan before it is scheduled and builds its dependency graph (the scheduler
 * reuses it, so a plan is only walked once). Every problem is a sentence naming the
 * task(s) by title, meant to be shown to the user as is.
 */
import { dateOfDayNumber, dayNumberOf, isWorkingDay } from './business-days';
import type { PlanProblem, ScheduleInput } from './schedule-model';
import { type TaskGraph, buildGraph, findLoops, topologicalOrder } from './schedule-graph';
import { MAX_DAYS_WITHOUT_WORK, noWorkingDayProblem } from './working-days-index';

export const EDGE_FS = 0;
export const EDGE_SS = 1;
export const EDGE_FF = 2;
const EDGE_TYPES: Readonly<Record<string, number>> = { FS: EDGE_FS, SS: EDGE_SS, FF: EDGE_FF };

export interface AnalysedPlan {
  problems: PlanProblem[];
  /** Task number (position in `input.tasks`) by id; the first task wins for a duplicated id. */
  taskIndex: Map<string, number>;
  /** The well-formed dependencies (known tasks, not self, known type), numbered in input order. */
  graph: TaskGraph;
  edgeType: Uint8Array;
  edgeLag: Float64Array;
  /** A topological order of all tasks; only meaningful when there are no problems. */
  order: Int32Array;
}

/** Day number of a valid `YYYY-MM-DD`, or null. */
function dayOrNull(s: unknown): number | null {
  if (typeof s !== 'string') return null;
  try {
    return dayNumberOf(s);
  } catch {
    return null;
  }
}

/** Dates further than this from the project start are refused (a mistyped year, most likely). */
const DATE_WINDOW_DAYS = 18_262; // 50 years

/**
 * Day number of an optional date; null when absent, invalid or implausibly far from the project
 * start (a problem is recorded for the last two). `what` starts the message: "Register company: the actual start".
 */
function checkedDay(problems: PlanProblem[], what: string, value: unknown, taskIds: string[], projectStart: number | null, projectStartText: string): number | null {
  if (value === null) return null;
  const day = dayOrNull(value);
  if (day === null) {
    problems.push({ code: 'invalid_date', message: `${what} ${show(value)} is not a valid date (YYYY-MM-DD).`, taskIds });
    return null;
  }
  if (projectStart !== null && Math.abs(day - projectStart) > DATE_WINDOW_DAYS) {
    problems.push({ code: 'invalid_date', message: `${what} ${String(value)} is more than 50 years from the project start ${projectStartText}.`, taskIds });
    return null;
  }
  return day;
}

function businessDays(n: number): string {
  return `${n} business day${n === 1 || n === -1 ? '' : 's'}`;
}

function show(v: unknown): string {
  return typeof v === 'string' ? `"${v}"` : String(v);
}

/**
 * Every problem that stops `input` from being scheduled, in a stable order (plan dates,
 * tasks in input order, dependencies in input order, loops, calendar). Empty when the plan
 * can be scheduled. Does not throw.
 *
 * Two problems can only be found while scheduling, and `schedule()` refuses them when it
 * meets them: a whole year without a working day later in the plan's span (only the year from
 * the project start is checked here), and a plan running for more than a century (absurd
 * durations or lags).
 */
export function validatePlan(input: ScheduleInput): PlanProblem[] {
  return analysePlan(input).problems;
}

export function analysePlan(input: ScheduleInput): AnalysedPlan {
  const problems: PlanProblem[] = [];
  const { tasks, dependencies } = input;
  const n = tasks.length;
  const name = (i: number): string => {
    const t = tasks[i]!;
    const title = typeof t.title === 'string' ? t.title.trim() : '';
    return title !== '' ? title : `(untitled task ${t.id})`;
  };

  const projectStart = dayOrNull(input.projectStart);
  if (projectStart === null) problems.push({ code: 'invalid_date', message: `The project start ${show(input.projectStart)} is not a valid date (YYYY-MM-DD).`, taskIds: [] });
  const statusDay = checkedDay(problems, 'The status date', input.statusDate, [], projectStart, input.projectStart);

  const taskIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = tasks[i]!;
    const first = taskIndex.get(t.id);
    if (first !== undefined) {
      problems.push({ code: 'duplicate_task_id', message: `${name(first)} and ${name(i)} have the same id (${t.id}); every task needs its own.`, taskIds: [t.id] });
    } else {
      taskIndex.set(t.id, i);
    }
    const d = t.durationDays;
    if (!Number.isInteger(d) || d < 0) {
      problems.push({ code: 'invalid_duration', message: `${name(i)}: the duration must be a whole number of business days, 0 or more (it is ${show(d)}).`, taskIds: [t.id] });
    }
    const p = t.percentComplete;
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 100) {
      problems.push({ code: 'invalid_percent', message: `${name(i)}: percent complete must be between 0 and 100 (it is ${show(p)}).`, taskIds: [t.id] });
    }
    if (t.actualStart === null && t.actualFinish === null && t.startNoEarlierThan === null) continue;
    const start = checkedDay(problems, `${name(i)}: the actual start`, t.actualStart, [t.id], projectStart, input.projectStart);
    const finish = checkedDay(problems, `${name(i)}: the actual finish`, t.actualFinish, [t.id], projectStart, input.projectStart);
    checkedDay(problems, `${name(i)}: the start-no-earlier-than date`, t.startNoEarlierThan, [t.id], projectStart, input.projectStart);
    if (start !== null && finish !== null && finish < start) {
      problems.push({ code: 'actual_finish_before_start', message: `${name(i)}: the actual finish ${t.actualFinish} is before the actual start ${t.actualStart}.`, taskIds: [t.id] });
    }
    if (statusDay === null) continue;
    for (const [label, day, value] of [['start', start, t.actualStart], ['finish', finish, t.actualFinish]] as const) {
      if (day !== null && day > statusDay) {
        problems.push({
          code: 'actual_after_status_date',
          message: `${name(i)}: the actual ${label} ${value} is after the status date ${input.statusDate}; progress cannot be recorded ahead of the status date.`,
          taskIds: [t.id],
        });
      }
    }
  }

  const m = dependencies.length;
  const edgePred = new Int32Array(m);
  const edgeSucc = new Int32Array(m);
  const edgeType = new Uint8Array(m);
  const edgeLag = new Float64Array(m);
  let edges = 0;
  for (const dep of dependencies) {
    const p = taskIndex.get(dep.predecessorId);
    const s = taskIndex.get(dep.successorId);
    if (p === undefined || s === undefined) {
      const message =
        p === undefined && s === undefined
          ? `A dependency links two tasks that are not in the plan (ids ${dep.predecessorId} and ${dep.successorId}).`
          : p === undefined
            ? `${name(s!)} depends on a task that is not in the plan (id ${dep.predecessorId}).`
            : `A task that is not in the plan (id ${dep.successorId}) depends on ${name(p)}.`;
      problems.push({ code: 'unknown_task', message, taskIds: [p, s].filter((x) => x !== undefined).map((x) => tasks[x]!.id) });
      continue;
    }
    const ids = [tasks[p]!.id, tasks[s]!.id];
    if (p === s) {
      problems.push({ code: 'self_dependency', message: `${name(p)} cannot depend on itself.`, taskIds: [ids[0]!] });
      continue;
    }
    const type = Object.hasOwn(EDGE_TYPES, dep.type) ? EDGE_TYPES[dep.type] : undefined;
    if (type === undefined) {
      problems.push({ code: 'invalid_dependency_type', message: `The link from ${name(p)} to ${name(s)} has an unknown type (${show(dep.type)}); use FS, SS or FF.`, taskIds: ids });
      continue;
    }
    const lag = dep.lagDays;
    const predDuration = tasks[p]!.durationDays;
    if (!Number.isInteger(lag)) {
      problems.push({ code: 'invalid_lag', message: `The lag from ${name(p)} to ${name(s)} must be a whole number of business days (it is ${show(lag)}).`, taskIds: ids });
    } else if (Number.isInteger(predDuration) && predDuration >= 0 && lag < -predDuration) {
      problems.push({
        code: 'lag_too_negative',
        message: `The lag from ${name(p)} to ${name(s)} is ${businessDays(lag)}; it may not be more negative than minus ${name(p)}'s duration (${businessDays(predDuration)}).`,
        taskIds: ids,
      });
    }
    edgePred[edges] = p;
    edgeSucc[edges] = s;
    edgeType[edges] = type;
    edgeLag[edges] = Number.isInteger(lag) ? lag : 0;
    edges++;
  }

  const graph = buildGraph(n, edgePred.slice(0, edges), edgeSucc.slice(0, edges));
  const order = topologicalOrder(graph);
  if (order.length < n) {
    for (const loop of findLoops(graph)) {
      problems.push({
        code: 'cycle',
        message: `These tasks depend on each other in a loop: ${loop.map(name).join(' → ')}.`,
        taskIds: loop.slice(0, -1).map((i) => tasks[i]!.id),
      });
    }
  }

  if (projectStart !== null) {
    const calendarProblem = checkCalendar(input, projectStart);
    if (calendarProblem) problems.push(calendarProblem);
  }

  return { problems, taskIndex, graph, edgeType: edgeType.slice(0, edges), edgeLag: edgeLag.slice(0, edges), order };
}

/** The calendar must be readable and have a working day in the year from the project start. */
function checkCalendar(input: ScheduleInput, projectStart: number): PlanProblem | null {
  try {
    for (let day = projectStart; day < projectStart + MAX_DAYS_WITHOUT_WORK; day++) {
      if (isWorkingDay(input.calendar, dateOfDayNumber(day))) return null;
    }
    return noWorkingDayProblem(input.calendar, projectStart);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { code: 'invalid_calendar', message: `The calendar (${input.calendar.country}) cannot be read: ${detail}.`, taskIds: [] };
  }
}
