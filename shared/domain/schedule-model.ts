/**
 * The scheduler's data model: plain JSON types (no Date, no Map) so a plan and
 * its schedule cross IPC and HTTP unchanged. The rules that give these fields
 * their meaning are documented on `schedule()` in `schedule.ts`.
 */
import type { WorkCalendar } from './calendar';
import type { IsoDate } from './iso-date';

/** One task (or milestone) of a readiness plan, with its recorded progress. */
export interface PlanTask {
  id: string;
  title: string;
  /** Planned work in business days of the plan's calendar: an integer >= 0; 0 makes a milestone. */
  durationDays: number;
  /** 0..100 (fractions allowed). */
  percentComplete: number;
  /** The day work really started; on or before the status date. */
  actualStart: IsoDate | null;
  /** The day work really finished; on or after `actualStart` and on or before the status date. Setting it makes the task done. */
  actualFinish: IsoDate | null;
  /** The task may not start before this day (rolled forward to a working day). Ignored once the task has started. */
  startNoEarlierThan: IsoDate | null;
}

export type DependencyType = 'FS' | 'SS' | 'FF';

/**
 * A link between two tasks, measured in business days (working days of the plan's calendar).
 * - `FS` finish-to-start: the successor starts at least `lagDays` working days after the
 *   predecessor's finish (lag 0: on the next working day after it).
 * - `SS` start-to-start: the successor starts no earlier than `lagDays` working days after
 *   the predecessor's start (lag 0: the same day).
 * - `FF` finish-to-finish: the successor finishes no earlier than `lagDays` working days after
 *   the predecessor's finish (lag 0: the same day).
 *
 * `lagDays` is an integer and may be negative, down to minus the predecessor's duration
 * (an FS link with that lag is the same as SS with lag 0).
 */
export interface PlanDependency {
  predecessorId: string;
  successorId: string;
  type: DependencyType;
  lagDays: number;
}

export interface ScheduleInput {
  /** Nothing starts before this day (rolled forward to a working day), progress already recorded aside. */
  projectStart: IsoDate;
  /** "As of" date: remaining work is never scheduled before it; actual dates may not be after it. */
  statusDate: IsoDate;
  calendar: WorkCalendar;
  tasks: PlanTask[];
  dependencies: PlanDependency[];
}

export type TaskState = 'not_started' | 'in_progress' | 'done';

export interface ScheduledTask {
  id: string;
  /** First working day of the task (its actual start once it has started). A milestone's date. */
  earlyStart: IsoDate;
  /** Last working day of the task (finish inclusive; its actual finish once done). A milestone: its date. */
  earlyFinish: IsoDate;
  /** Latest start that does not delay the plan's finish (the actual start once started). */
  lateStart: IsoDate;
  /** Latest finish that does not delay the plan's finish. */
  lateFinish: IsoDate;
  /** Business days the task's finish can slip without moving the plan's finish; 0 for done tasks. */
  totalSlack: number;
  /** Remaining work with zero total slack. Done tasks are never critical. */
  critical: boolean;
  /** Business days of work left: 0 when done. */
  remainingDays: number;
  state: TaskState;
}

export interface Schedule {
  tasks: Record<string, ScheduledTask>;
  /** The first working day on or after the project start, or the earliest actual start if earlier. */
  start: IsoDate;
  /** The latest early finish of any task: the forecast readiness date. */
  finish: IsoDate;
  /** Ids of the critical tasks, in schedule order (early start, then early finish, then dependency order). */
  criticalPath: string[];
}

export type PlanProblemCode =
  | 'invalid_date'
  | 'duplicate_task_id'
  | 'invalid_duration'
  | 'invalid_percent'
  | 'actual_finish_before_start'
  | 'actual_after_status_date'
  | 'invalid_dependency_type'
  | 'unknown_task'
  | 'self_dependency'
  | 'invalid_lag'
  | 'lag_too_negative'
  | 'cycle'
  | 'invalid_calendar'
  | 'no_working_days'
  | 'plan_too_long';

/** One reason a plan cannot be scheduled, worded for the user. */
export interface PlanProblem {
  code: PlanProblemCode;
  /** A sentence naming the task(s) by title. */
  message: string;
  /** The tasks concerned (may be empty for plan-wide problems such as the calendar). */
  taskIds: string[];
}

/** Thrown by `schedule()` for a plan that cannot be scheduled; carries every problem found. */
export class ScheduleError extends Error {
  readonly problems: PlanProblem[];
  /** Every task named by any of the problems, without duplicates. */
  readonly taskIds: string[];

  constructor(problems: PlanProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'ScheduleError';
    this.problems = problems;
    this.taskIds = [...new Set(problems.flatMap((p) => p.taskIds))];
  }
}
