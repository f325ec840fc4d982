/**
 * The plans the scheduler tests share: tasks and links written briefly, a plan on German
 * working days from Monday 22 March 2027 (the week before Easter: Mon 22 – Thu 25 are its
 * working days, the next week starts Tue 30), and the market-entry plan several tests use.
 */
import type { PlanDependency, PlanTask, Schedule, ScheduleInput } from '../../shared/domain/schedule';
import { GERMANY_SPRING_2027 as germany, SAUDI } from '../fixtures/calendars';

export { germany, SAUDI as saudi };

export function task(id: string, title: string, durationDays: number, extra: Partial<PlanTask> = {}): PlanTask {
  return { id, title, durationDays, percentComplete: 0, actualStart: null, actualFinish: null, startNoEarlierThan: null, ...extra };
}

export function dep(predecessorId: string, successorId: string, type: PlanDependency['type'] = 'FS', lagDays = 0): PlanDependency {
  return { predecessorId, successorId, type, lagDays };
}

export function plan(tasks: PlanTask[], dependencies: PlanDependency[], over: Partial<ScheduleInput> = {}): ScheduleInput {
  return { projectStart: '2027-03-22', statusDate: '2027-03-22', calendar: germany, tasks, dependencies, ...over };
}

/** [earlyStart, earlyFinish] of every task. */
export function dates(s: Schedule): Record<string, [string, string]> {
  return Object.fromEntries(Object.values(s.tasks).map((t) => [t.id, [t.earlyStart, t.earlyFinish]]));
}

/** The market-entry plan used by several tests. */
export const entryTasks = [
  task('reg', 'Register company', 3),
  task('bank', 'Open bank account', 3),
  task('hire', 'Hire country manager', 10),
  task('payroll', 'Set up payroll', 2),
  task('ready', 'Operational readiness', 0),
];
export const entryLinks = [
  dep('reg', 'bank'), // FS
  dep('reg', 'hire', 'SS', 2),
  dep('bank', 'payroll', 'FS', 1),
  dep('hire', 'ready'),
  dep('payroll', 'ready'),
];

export function deepFreeze(o: unknown): void {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
}
