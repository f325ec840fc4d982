/** What the scheduler refuses, and how validatePlan reports each problem. */
import { describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../../shared/domain/calendar';
import { eachDay } from '../../shared/domain/iso-date';
import { type ScheduleInput, ScheduleError, schedule, validatePlan } from '../../shared/domain/schedule';
import { dep, entryLinks, entryTasks, germany, plan, task } from './schedule-fixtures';

describe('validation', () => {
  function problemsOf(input: ScheduleInput) {
    const problems = validatePlan(input);
    let thrown: unknown = null;
    try {
      schedule(input);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ScheduleError);
    const err = thrown as ScheduleError;
    expect(err.problems).toEqual(problems);
    expect(err.message).toBe(problems.map((p) => p.message).join(' '));
    return { problems, err };
  }

  it('accepts a good plan', () => {
    expect(validatePlan(plan(entryTasks, entryLinks))).toEqual([]);
  });

  it('refuses negative and fractional durations', () => {
    const { problems, err } = problemsOf(plan([task('a', 'Register company', -3), task('b', 'Open bank account', 2.5)], []));
    expect(problems).toEqual([
      { code: 'invalid_duration', message: 'Register company: the duration must be a whole number of business days, 0 or more (it is -3).', taskIds: ['a'] },
      { code: 'invalid_duration', message: 'Open bank account: the duration must be a whole number of business days, 0 or more (it is 2.5).', taskIds: ['b'] },
    ]);
    expect(err.taskIds).toEqual(['a', 'b']);
  });

  it('refuses percent complete outside 0–100', () => {
    const { problems } = problemsOf(plan([task('a', 'Register company', 3, { percentComplete: 120 }), task('b', 'Open bank account', 3, { percentComplete: -1 })], []));
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      ['invalid_percent', 'Register company: percent complete must be between 0 and 100 (it is 120).'],
      ['invalid_percent', 'Open bank account: percent complete must be between 0 and 100 (it is -1).'],
    ]);
  });

  it('refuses a lag below minus the predecessor duration, and fractional lags', () => {
    const tasks = [task('a', 'Register company', 3), task('b', 'Open bank account', 3)];
    expect(validatePlan(plan(tasks, [dep('a', 'b', 'FS', -3)]))).toEqual([]);
    const { problems } = problemsOf(plan(tasks, [dep('a', 'b', 'SS', -4), dep('a', 'b', 'FF', 1.5)]));
    expect(problems).toEqual([
      {
        code: 'lag_too_negative',
        message: "The lag from Register company to Open bank account is -4 business days; it may not be more negative than minus Register company's duration (3 business days).",
        taskIds: ['a', 'b'],
      },
      { code: 'invalid_lag', message: 'The lag from Register company to Open bank account must be a whole number of business days (it is 1.5).', taskIds: ['a', 'b'] },
    ]);
  });

  it('refuses a task depending on itself', () => {
    const { problems } = problemsOf(plan([task('a', 'Register company', 3)], [dep('a', 'a')]));
    expect(problems).toEqual([{ code: 'self_dependency', message: 'Register company cannot depend on itself.', taskIds: ['a'] }]);
  });

  it('refuses a dependency on a task that is not in the plan', () => {
    const { problems } = problemsOf(plan([task('a', 'Register company', 3)], [dep('ghost', 'a'), dep('a', 'gone')]));
    expect(problems).toEqual([
      { code: 'unknown_task', message: 'Register company depends on a task that is not in the plan (id ghost).', taskIds: ['a'] },
      { code: 'unknown_task', message: 'A task that is not in the plan (id gone) depends on Register company.', taskIds: ['a'] },
    ]);
  });

  it('refuses an unknown link type', () => {
    const { problems } = problemsOf(plan([task('a', 'Register company', 3), task('b', 'Open bank account', 3)], [{ ...dep('a', 'b'), type: 'SF' as 'FS' }]));
    expect(problems).toEqual([{ code: 'invalid_dependency_type', message: 'The link from Register company to Open bank account has an unknown type ("SF"); use FS, SS or FF.', taskIds: ['a', 'b'] }]);
  });

  it('refuses a loop, naming the tasks in it', () => {
    const { problems, err } = problemsOf(plan([task('reg', 'Register company', 3), task('bank', 'Open bank account', 3)], [dep('reg', 'bank'), dep('bank', 'reg', 'SS')]));
    expect(problems).toEqual([
      { code: 'cycle', message: 'These tasks depend on each other in a loop: Register company → Open bank account → Register company.', taskIds: ['reg', 'bank'] },
    ]);
    expect(err.message).toBe('These tasks depend on each other in a loop: Register company → Open bank account → Register company.');
  });

  it('names only the tasks on a longer loop, not those around it', () => {
    const tasks = [
      task('kick', 'Kick-off', 0),
      task('reg', 'Register company', 3),
      task('tax', 'Tax registration', 2),
      task('bank', 'Open bank account', 3),
      task('payroll', 'Set up payroll', 2),
      task('hire', 'Hire staff', 5),
      task('ready', 'Operational readiness', 0),
    ];
    const links = [dep('kick', 'reg'), dep('reg', 'tax'), dep('tax', 'bank'), dep('bank', 'reg', 'FF'), dep('bank', 'payroll'), dep('payroll', 'ready'), dep('hire', 'ready'), dep('ready', 'hire')];
    const { problems } = problemsOf(plan(tasks, links));
    expect(problems.map((p) => p.message)).toEqual([
      'These tasks depend on each other in a loop: Register company → Tax registration → Open bank account → Register company.',
      'These tasks depend on each other in a loop: Hire staff → Operational readiness → Hire staff.',
    ]);
    expect(problems.map((p) => p.taskIds)).toEqual([
      ['reg', 'tax', 'bank'],
      ['hire', 'ready'],
    ]);
  });

  it('refuses an actual finish before the actual start', () => {
    const { problems } = problemsOf(plan([task('a', 'Register company', 3, { actualStart: '2027-03-24', actualFinish: '2027-03-23' })], [], { statusDate: '2027-03-25' }));
    expect(problems).toEqual([{ code: 'actual_finish_before_start', message: 'Register company: the actual finish 2027-03-23 is before the actual start 2027-03-24.', taskIds: ['a'] }]);
  });

  it('refuses actual dates after the status date', () => {
    const { problems } = problemsOf(
      plan([task('a', 'Register company', 3, { actualStart: '2027-03-22', actualFinish: '2027-03-24' }), task('b', 'Open bank account', 3, { actualStart: '2027-03-25' })], [], {
        statusDate: '2027-03-23',
      }),
    );
    expect(problems).toEqual([
      {
        code: 'actual_after_status_date',
        message: 'Register company: the actual finish 2027-03-24 is after the status date 2027-03-23; progress cannot be recorded ahead of the status date.',
        taskIds: ['a'],
      },
      {
        code: 'actual_after_status_date',
        message: 'Open bank account: the actual start 2027-03-25 is after the status date 2027-03-23; progress cannot be recorded ahead of the status date.',
        taskIds: ['b'],
      },
    ]);
  });

  it('refuses dates that do not exist', () => {
    const { problems } = problemsOf(plan([task('a', 'Register company', 3, { startNoEarlierThan: '2027-02-30' })], [], { statusDate: '22/03/2027' }));
    expect(problems.map((p) => p.message)).toEqual([
      'The status date "22/03/2027" is not a valid date (YYYY-MM-DD).',
      'Register company: the start-no-earlier-than date "2027-02-30" is not a valid date (YYYY-MM-DD).',
    ]);
  });

  it('refuses dates implausibly far from the project start (a mistyped year)', () => {
    const { problems } = problemsOf(plan([task('a', 'Register company', 3, { actualStart: '0207-03-22' })], []));
    expect(problems).toEqual([
      { code: 'invalid_date', message: 'Register company: the actual start 0207-03-22 is more than 50 years from the project start 2027-03-22.', taskIds: ['a'] },
    ]);
  });

  it('refuses two tasks with the same id', () => {
    const { problems } = problemsOf(plan([task('a', 'Register company', 3), task('a', 'Open bank account', 3)], []));
    expect(problems).toEqual([{ code: 'duplicate_task_id', message: 'Register company and Open bank account have the same id (a); every task needs its own.', taskIds: ['a'] }]);
  });

  it('refuses a calendar without a working day in a year, without looping forever', () => {
    const allOff: WorkCalendar = { country: 'XX', weekends: [{ from: null, days: [0, 1, 2, 3, 4, 5, 6] }], holidays: [], shutdowns: [] };
    const { problems } = problemsOf(plan([task('a', 'Register company', 3)], [], { calendar: allOff }));
    expect(problems).toEqual([
      { code: 'no_working_days', message: 'The calendar (XX) has no working day in the year from 2027-03-22: check its weekend days, holidays and shutdown days.', taskIds: [] },
    ]);
  });

  it('refuses, while scheduling, a year-long shutdown the plan runs into', () => {
    const shutdowns = eachDay('2027-04-01', '2028-05-31');
    const closed: WorkCalendar = { ...germany, shutdowns };
    const input = plan([task('a', 'Register company', 30)], [], { calendar: closed });
    expect(validatePlan(input)).toEqual([]);
    expect(() => schedule(input)).toThrow(ScheduleError);
    expect(() => schedule(input)).toThrow('The calendar (DE) has no working day in the year from 2027-04-01');
  });

  it('refuses a plan running for more than a century instead of exhausting memory', () => {
    const input = plan([task('a', 'Register company', 3), task('b', 'Open bank account', 3)], [dep('a', 'b', 'FS', 1_000_000_000)]);
    expect(() => schedule(input)).toThrow(/more than a century/);
  });

  it('refuses a calendar with an invalid holiday date', () => {
    const broken: WorkCalendar = { ...germany, holidays: [{ date: '2027-13-01', name: 'Nonsense', estimated: false }] };
    const { problems } = problemsOf(plan([task('a', 'Register company', 3)], [], { calendar: broken }));
    expect(problems.map((p) => p.code)).toEqual(['invalid_calendar']);
  });

  it('reports every problem at once, naming each task', () => {
    const { err } = problemsOf(plan([task('a', 'Register company', -1), task('b', 'Open bank account', 3, { percentComplete: 101 })], [dep('b', 'b')]));
    expect(err.problems.map((p) => p.code)).toEqual(['invalid_duration', 'invalid_percent', 'self_dependency']);
    expect(err.taskIds).toEqual(['a', 'b']);
    expect(err.message).toContain('Register company');
    expect(err.message).toContain('Open bank account');
  });
});
