import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween } from '../../shared/domain/business-days';
import type { WorkCalendar } from '../../shared/domain/calendar';
import { eachDay } from '../../shared/domain/iso-date';
import {
  type PlanDependency,
  type PlanTask,
  type Schedule,
  type ScheduleInput,
  ScheduleError,
  schedule,
  validatePlan,
} from '../../shared/domain/schedule';
import { weekendPeriodsFor } from '../../shared/domain/weekends';

/**
 * Germany in spring 2027, built by hand. Easter Sunday is 28 March 2027:
 * Good Friday Fri 26 Mar and Easter Monday Mon 29 Mar are public holidays, so the
 * week of 22 March has four working days (Mon 22 – Thu 25) and the next one starts Tue 30.
 */
const germany: WorkCalendar = {
  country: 'DE',
  weekends: [{ from: null, days: [0, 6] }],
  holidays: [
    { date: '2027-01-01', name: "New Year's Day", estimated: false },
    { date: '2027-03-26', name: 'Good Friday', estimated: false },
    { date: '2027-03-29', name: 'Easter Monday', estimated: false },
    { date: '2027-05-01', name: 'Labour Day', estimated: false },
    { date: '2027-05-06', name: 'Ascension Day', estimated: false },
    { date: '2027-05-17', name: 'Whit Monday', estimated: false },
  ],
  shutdowns: [],
};

/** Saudi Arabia: Friday–Saturday weekend (since 29 June 2013); no public holiday falls in March–April 2027 here. */
const saudi: WorkCalendar = { country: 'SA', weekends: weekendPeriodsFor('SA'), holidays: [], shutdowns: [] };

function task(id: string, title: string, durationDays: number, extra: Partial<PlanTask> = {}): PlanTask {
  return { id, title, durationDays, percentComplete: 0, actualStart: null, actualFinish: null, startNoEarlierThan: null, ...extra };
}

function dep(predecessorId: string, successorId: string, type: PlanDependency['type'] = 'FS', lagDays = 0): PlanDependency {
  return { predecessorId, successorId, type, lagDays };
}

function plan(tasks: PlanTask[], dependencies: PlanDependency[], over: Partial<ScheduleInput> = {}): ScheduleInput {
  return { projectStart: '2027-03-22', statusDate: '2027-03-22', calendar: germany, tasks, dependencies, ...over };
}

/** [earlyStart, earlyFinish] of every task. */
function dates(s: Schedule): Record<string, [string, string]> {
  return Object.fromEntries(Object.values(s.tasks).map((t) => [t.id, [t.earlyStart, t.earlyFinish]]));
}

/** The market-entry plan used by several tests. */
const entryTasks = [
  task('reg', 'Register company', 3),
  task('bank', 'Open bank account', 3),
  task('hire', 'Hire country manager', 10),
  task('payroll', 'Set up payroll', 2),
  task('ready', 'Operational readiness', 0),
];
const entryLinks = [
  dep('reg', 'bank'), // FS
  dep('reg', 'hire', 'SS', 2),
  dep('bank', 'payroll', 'FS', 1),
  dep('hire', 'ready'),
  dep('payroll', 'ready'),
];

describe('schedule: a market-entry plan worked out by hand', () => {
  it('in Germany, skips Good Friday, Easter Monday and the weekend between them', () => {
    const s = schedule(plan(entryTasks, entryLinks));
    expect(dates(s)).toEqual({
      // Mon 22, Tue 23, Wed 24.
      reg: ['2027-03-22', '2027-03-24'],
      // FS: the working day after Wed 24 is Thu 25; then Fri 26 (Good Friday), the weekend and
      // Mon 29 (Easter Monday) are skipped: Thu 25, Tue 30, Wed 31.
      bank: ['2027-03-25', '2027-03-31'],
      // SS +2: two working days after reg's start (Mon 22) is Wed 24. Ten days: Wed 24, Thu 25,
      // Tue 30, Wed 31, Thu 1 Apr, Fri 2, Mon 5, Tue 6, Wed 7, Thu 8.
      hire: ['2027-03-24', '2027-04-08'],
      // FS +1 after bank (Wed 31): lag 0 would be Thu 1 Apr, one more working day is Fri 2; then Mon 5.
      payroll: ['2027-04-02', '2027-04-05'],
      // Milestone after hire (Thu 8) and payroll (Mon 5): the working day after the later one, Fri 9.
      ready: ['2027-04-09', '2027-04-09'],
    });
    expect(s.start).toBe('2027-03-22');
    expect(s.finish).toBe('2027-04-09');
  });

  it('in Saudi Arabia, treats Friday and Saturday as the weekend (and Sunday as a working day)', () => {
    const s = schedule(plan(entryTasks, entryLinks, { calendar: saudi }));
    expect(dates(s)).toEqual({
      // Mon 22, Tue 23, Wed 24.
      reg: ['2027-03-22', '2027-03-24'],
      // Thu 25, (Fri 26, Sat 27 off), Sun 28, Mon 29.
      bank: ['2027-03-25', '2027-03-29'],
      // From Wed 24: Wed 24, Thu 25, Sun 28, Mon 29, Tue 30, Wed 31, Thu 1 Apr, Sun 4, Mon 5, Tue 6.
      hire: ['2027-03-24', '2027-04-06'],
      // FS +1 after Mon 29: lag 0 would be Tue 30, so Wed 31; then Thu 1 Apr.
      payroll: ['2027-03-31', '2027-04-01'],
      // After hire (Tue 6 Apr): Wed 7 Apr.
      ready: ['2027-04-07', '2027-04-07'],
    });
    expect(s.finish).toBe('2027-04-07');
  });

  it('has zero slack exactly on the critical path and the right slack off it', () => {
    const s = schedule(plan(entryTasks, entryLinks));
    // Critical: reg drives hire (SS +2), hire drives the readiness milestone.
    expect(s.criticalPath).toEqual(['reg', 'hire', 'ready']);
    for (const t of Object.values(s.tasks)) expect(t.critical, t.id).toBe(t.totalSlack === 0);
    // payroll may finish as late as Thu 8 Apr (ready is Fri 9): Tue 6, Wed 7, Thu 8 = 3 days of slack.
    expect(s.tasks.payroll).toMatchObject({ totalSlack: 3, lateStart: '2027-04-07', lateFinish: '2027-04-08' });
    // bank must finish the working day before payroll's late start minus its one-day lag: Mon 5 Apr,
    // three working days after its early finish (Thu 1, Fri 2, Mon 5).
    expect(s.tasks.bank).toMatchObject({ totalSlack: 3, lateStart: '2027-04-01', lateFinish: '2027-04-05' });
    for (const id of ['reg', 'hire', 'ready']) {
      const t = s.tasks[id]!;
      expect([t.lateStart, t.lateFinish]).toEqual([t.earlyStart, t.earlyFinish]);
    }
  });
});

describe('schedule: links, lags and milestones', () => {
  // Mon 5 – Fri 30 April 2027 has no German holiday.
  const april = { projectStart: '2027-04-05', statusDate: '2027-04-05' };
  const p5 = task('p', 'Translate terms of service', 5); // Mon 5 – Fri 9 Apr

  it('FS with positive, zero and negative lag', () => {
    const s = schedule(
      plan(
        [p5, task('a', 'Lag 0', 1), task('b', 'Lag 2', 1), task('c', 'Lag -2', 1), task('d', 'Lag -5', 1)],
        [dep('p', 'a', 'FS', 0), dep('p', 'b', 'FS', 2), dep('p', 'c', 'FS', -2), dep('p', 'd', 'FS', -5)],
        april,
      ),
    );
    expect(s.tasks.p).toMatchObject({ earlyStart: '2027-04-05', earlyFinish: '2027-04-09' });
    expect(s.tasks.a!.earlyStart).toBe('2027-04-12'); // the working day after Fri 9
    expect(s.tasks.b!.earlyStart).toBe('2027-04-14'); // two working days later
    expect(s.tasks.c!.earlyStart).toBe('2027-04-08'); // Mon 12 minus two working days
    expect(s.tasks.d!.earlyStart).toBe('2027-04-05'); // lag minus the duration = start-to-start
  });

  it('FS lag counts working days across a holiday', () => {
    // Register company finishes Wed 24 Mar; lag 1 skips Thu 25, and the next working day is Tue 30.
    const s = schedule(plan([task('a', 'Register company', 3), task('b', 'Notify tax office', 1)], [dep('a', 'b', 'FS', 1)]));
    expect(s.tasks.b!.earlyStart).toBe('2027-03-30');
  });

  it('SS with positive and negative lag', () => {
    const late = task('q', 'Local counsel review', 5, { startNoEarlierThan: '2027-04-09' }); // Fri 9 – Thu 15 Apr
    const s = schedule(
      plan(
        [p5, late, task('a', 'SS +2', 1), task('b', 'SS -2', 1), task('c', 'SS -5', 1)],
        [dep('p', 'a', 'SS', 2), dep('q', 'b', 'SS', -2), dep('q', 'c', 'SS', -5)],
        april,
      ),
    );
    expect(s.tasks.q).toMatchObject({ earlyStart: '2027-04-09', earlyFinish: '2027-04-15' });
    expect(s.tasks.a!.earlyStart).toBe('2027-04-07'); // Mon 5 + 2 working days
    expect(s.tasks.b!.earlyStart).toBe('2027-04-07'); // Fri 9 - 2 working days
    expect(s.tasks.c!.earlyStart).toBe('2027-04-05'); // Fri 9 - 5 = Fri 2 Apr, but the project starts Mon 5
  });

  it('FF with positive and negative lag', () => {
    const s = schedule(
      plan(
        [p5, task('a', 'FF +2', 2), task('b', 'FF -2', 2), task('c', 'FF -4', 5), task('m', 'FF milestone', 0)],
        [dep('p', 'a', 'FF', 2), dep('p', 'b', 'FF', -2), dep('p', 'c', 'FF', -4), dep('p', 'm', 'FF', 0)],
        april,
      ),
    );
    // p finishes Fri 9: a finishes two working days later (Tue 13) and so starts Mon 12.
    expect(dates(s).a).toEqual(['2027-04-12', '2027-04-13']);
    // Two working days earlier than Fri 9 is Wed 7: b runs Tue 6 – Wed 7.
    expect(dates(s).b).toEqual(['2027-04-06', '2027-04-07']);
    // c could finish Tue 6 but needs five days, and cannot start before the project: Mon 5 – Fri 9.
    expect(dates(s).c).toEqual(['2027-04-05', '2027-04-09']);
    // A milestone finishing with p sits on the working day after p's finish, as with FS.
    expect(dates(s).m).toEqual(['2027-04-12', '2027-04-12']);
  });

  it('places milestones on the working day after their predecessors, and successors start that day', () => {
    const s = schedule(
      plan(
        [task('kick', 'Kick-off', 0), task('t', 'Draft entity papers', 5), task('m', 'Papers ready', 0), task('u', 'File papers', 2), task('v', 'Press release', 1)],
        [dep('kick', 't'), dep('t', 'm'), dep('m', 'u'), dep('m', 'v', 'FS', 2)],
        // Saturday 10 April.
        { projectStart: '2027-04-10', statusDate: '2027-04-10' },
      ),
    );
    expect(dates(s)).toEqual({
      kick: ['2027-04-12', '2027-04-12'], // first working day on or after the Saturday start
      t: ['2027-04-12', '2027-04-16'], // Mon 12 – Fri 16
      m: ['2027-04-19', '2027-04-19'], // the Monday after
      u: ['2027-04-19', '2027-04-20'], // FS lag 0 from a milestone: the same day
      v: ['2027-04-21', '2027-04-21'], // two working days after the milestone
    });
    expect(s.finish).toBe('2027-04-21');
  });

  it('honours start-no-earlier-than, rolled to a working day, unless links push later', () => {
    const s = schedule(
      plan(
        [
          task('a', 'Book notary', 2, { startNoEarlierThan: '2027-03-26' }), // Good Friday
          task('b', 'Order office chairs', 1, { startNoEarlierThan: '2027-03-20' }), // before the project start
          task('c', 'Notarise articles', 1, { startNoEarlierThan: '2027-03-23' }), // earlier than a allows
          task('d', 'Lease signing', 1, { startNoEarlierThan: '2027-04-03' }), // a Saturday
        ],
        [dep('a', 'c')],
      ),
    );
    expect(dates(s).a).toEqual(['2027-03-30', '2027-03-31']);
    expect(dates(s).b).toEqual(['2027-03-22', '2027-03-22']);
    expect(dates(s).c).toEqual(['2027-04-01', '2027-04-01']);
    expect(dates(s).d).toEqual(['2027-04-05', '2027-04-05']);
    // d finishes last; the others have slack up to Mon 5 Apr.
    expect(s.finish).toBe('2027-04-05');
    expect(s.criticalPath).toEqual(['d']);
    expect(s.tasks.c!.totalSlack).toBe(2); // Fri 2, Mon 5
  });
});

describe('schedule: actuals and the status date', () => {
  const ab = (a: Partial<PlanTask>, b: Partial<PlanTask> = {}) => [task('a', 'Register company', 3, a), task('b', 'Open bank account', 3, b)];

  it('fixes a done task at its actual dates and schedules its successor from the actual finish', () => {
    // Planned for 3 days, it took 4: Mon 22 – Thu 25 Mar.
    const s = schedule(plan(ab({ actualStart: '2027-03-22', actualFinish: '2027-03-25', percentComplete: 100 }), [dep('a', 'b')], { statusDate: '2027-03-25' }));
    expect(s.tasks.a).toEqual({
      id: 'a',
      earlyStart: '2027-03-22',
      earlyFinish: '2027-03-25',
      lateStart: '2027-03-22',
      lateFinish: '2027-03-25',
      totalSlack: 0,
      critical: false,
      remainingDays: 0,
      state: 'done',
    });
    // The working day after Thu 25 is Tue 30 (Easter): Tue 30, Wed 31, Thu 1 Apr.
    expect(dates(s).b).toEqual(['2027-03-30', '2027-04-01']);
    expect(s.criticalPath).toEqual(['b']);
  });

  it('lets a successor start as soon as an early finish and the status date allow', () => {
    const done = { actualStart: '2027-03-22', actualFinish: '2027-03-23' };
    // Status Wed 24: b starts Wed 24 and runs Wed 24, Thu 25, Tue 30.
    expect(dates(schedule(plan(ab(done), [dep('a', 'b')], { statusDate: '2027-03-24' }))).b).toEqual(['2027-03-24', '2027-03-30']);
    // Status Thu 25 (nothing recorded on b): not before Thu 25, so Thu 25, Tue 30, Wed 31.
    expect(dates(schedule(plan(ab(done), [dep('a', 'b')], { statusDate: '2027-03-25' }))).b).toEqual(['2027-03-25', '2027-03-31']);
  });

  it('keeps the actual start of a half-done task and schedules the other half from the status date', () => {
    const s = schedule(
      plan(
        [task('x', 'Data protection impact assessment', 10, { actualStart: '2027-03-15', percentComplete: 50 }), task('y', 'Sign DPA', 2)],
        [dep('x', 'y')],
        { projectStart: '2027-03-15', statusDate: '2027-03-22' },
      ),
    );
    // 5 days left from Mon 22: Mon 22, Tue 23, Wed 24, Thu 25, Tue 30.
    expect(s.tasks.x).toMatchObject({ earlyStart: '2027-03-15', earlyFinish: '2027-03-30', lateStart: '2027-03-15', remainingDays: 5, state: 'in_progress', critical: true });
    expect(dates(s).y).toEqual(['2027-03-31', '2027-04-01']);
    expect(s.start).toBe('2027-03-15');
    expect(s.finish).toBe('2027-04-01');
  });

  it('rounds remaining work up to whole business days', () => {
    // 7 days at 40 %: 4.2 days left, scheduled as 5: Mon 22 – Tue 30.
    const s = schedule(plan([task('x', 'Recruit support team', 7, { actualStart: '2027-03-18', percentComplete: 40 })], [], { projectStart: '2027-03-15' }));
    expect(s.tasks.x).toMatchObject({ remainingDays: 5, earlyFinish: '2027-03-30' });
  });

  it('holds the remaining work of a task started out of sequence until its predecessor finishes', () => {
    const s = schedule(
      plan([task('p', 'Board approval', 2), task('x', 'Open bank account', 4, { actualStart: '2027-03-22', percentComplete: 50 })], [dep('p', 'x')]),
    );
    // p: Mon 22 – Tue 23; x keeps its start but its 2 remaining days wait: Wed 24, Thu 25.
    expect(dates(s).x).toEqual(['2027-03-22', '2027-03-25']);
  });

  it('schedules a task with progress but no actual start like an unstarted one, with only its remaining work', () => {
    const s = schedule(plan([task('x', 'Localise website', 10, { percentComplete: 40 })], []));
    // 6 days left: Mon 22, Tue 23, Wed 24, Thu 25, Tue 30, Wed 31.
    expect(s.tasks.x).toMatchObject({ earlyStart: '2027-03-22', earlyFinish: '2027-03-31', remainingDays: 6, state: 'in_progress' });
  });

  it('counts back the start of a task known only by its actual finish', () => {
    // Finished Wed 31 Mar after 3 days: Wed 31, Tue 30, (Easter) Thu 25.
    const s = schedule(plan([task('a', 'Register company', 3, { actualFinish: '2027-03-31', percentComplete: 100 })], [], { statusDate: '2027-03-31' }));
    expect(s.tasks.a).toMatchObject({ earlyStart: '2027-03-25', earlyFinish: '2027-03-31', state: 'done' });
  });

  it('finishes a 100 % task with only an actual start after its duration, or on the status date if sooner', () => {
    const a = task('a', 'Register company', 3, { actualStart: '2027-03-22', percentComplete: 100 });
    expect(schedule(plan([a], [], { statusDate: '2027-04-02' })).tasks.a).toMatchObject({ earlyFinish: '2027-03-24', state: 'done' });
    expect(schedule(plan([a], [], { statusDate: '2027-03-23' })).tasks.a).toMatchObject({ earlyFinish: '2027-03-23', state: 'done' });
  });

  it('moves the forecast by exactly the business days the status date moves when nothing progresses', () => {
    const before = schedule(plan(entryTasks, entryLinks));
    // Five business days after Mon 22 Mar: Tue 23, Wed 24, Thu 25, Tue 30, Wed 31.
    const statusDate = addBusinessDays(germany, '2027-03-22', 5);
    expect(statusDate).toBe('2027-03-31');
    const after = schedule(plan(entryTasks, entryLinks, { statusDate }));
    // reg: Wed 31, Thu 1, Fri 2 Apr; hire from Fri 2 Apr: ten days to Thu 15 Apr; readiness Fri 16 Apr.
    expect(before.finish).toBe('2027-04-09');
    expect(after.finish).toBe('2027-04-16');
    expect(businessDaysBetween(germany, before.finish, after.finish) - 1).toBe(5);
    expect(after.criticalPath).toEqual(before.criticalPath);
  });

  it('lets the FS successor of a milestone reached on a day start that same day', () => {
    const reached = { actualStart: '2027-03-23', actualFinish: '2027-03-23' };
    const tasks = (m: Partial<PlanTask>) => [task('m', 'Licence granted', 0, m), task('b', 'Start trading', 1)];
    const input = (m: Partial<PlanTask>) => plan(tasks(m), [dep('m', 'b')], { statusDate: '2027-03-23' });
    expect(dates(schedule(input(reached)))).toEqual({ m: ['2027-03-23', '2027-03-23'], b: ['2027-03-23', '2027-03-23'] });
    expect(dates(schedule(input({ actualStart: '2027-03-23' }))).b).toEqual(['2027-03-23', '2027-03-23']);
    // A one-day task finished that day lets its successor start the next working day.
    const oneDay = plan([task('m', 'Sign lease', 1, reached), task('b', 'Start trading', 1)], [dep('m', 'b')], { statusDate: '2027-03-23' });
    expect(dates(schedule(oneDay)).b).toEqual(['2027-03-24', '2027-03-24']);
  });

  it('keeps a task marked 100 % without dates at its planned dates, and its successor waits for the status date', () => {
    const s = schedule(plan(ab({ percentComplete: 100 }), [dep('a', 'b')], { statusDate: '2027-03-31' }));
    expect(s.tasks.a).toMatchObject({ earlyStart: '2027-03-22', earlyFinish: '2027-03-24', state: 'done', remainingDays: 0, critical: false });
    // b could start Thu 25 after a, but not before the status date: Wed 31, Thu 1, Fri 2 Apr.
    expect(dates(s).b).toEqual(['2027-03-31', '2027-04-02']);
  });

  it('leaves a done task alone when its predecessor is not done', () => {
    const s = schedule(
      plan([task('p', 'Board approval', 2), task('d', 'Register domain', 1, { actualStart: '2027-03-22', actualFinish: '2027-03-22' })], [dep('p', 'd')]),
    );
    expect(dates(s)).toEqual({ p: ['2027-03-22', '2027-03-23'], d: ['2027-03-22', '2027-03-22'] });
    expect(s.tasks.p).toMatchObject({ totalSlack: 0, critical: true });
  });
});

describe('schedule: general behaviour', () => {
  it('returns the first working day as start and finish of an empty plan', () => {
    const s = schedule(plan([], [], { projectStart: '2027-03-26' }));
    expect(s).toEqual({ tasks: {}, start: '2027-03-30', finish: '2027-03-30', criticalPath: [] });
  });

  it('does not modify its input and returns plain JSON', () => {
    const input = plan(entryTasks, entryLinks);
    const frozen = structuredClone(input);
    deepFreeze(frozen);
    const s = schedule(frozen);
    expect(frozen).toEqual(input);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('gives the same result whatever the order of the tasks and links', () => {
    const a = schedule(plan(entryTasks, entryLinks));
    const b = schedule(plan([...entryTasks].reverse(), [...entryLinks].reverse()));
    expect(b).toEqual(a);
  });

  it('keeps ids such as __proto__ as ordinary keys', () => {
    const s = schedule(plan([task('__proto__', 'Odd id', 1)], []));
    expect(Object.keys(s.tasks)).toEqual(['__proto__']);
    expect(s.tasks['__proto__']!.earlyFinish).toBe('2027-03-22');
  });
});

function deepFreeze(o: unknown): void {
  if (o && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
}

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
