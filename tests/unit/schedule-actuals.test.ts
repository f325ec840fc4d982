/** The scheduler with work under way: actual starts and finishes, percent complete and the status date. */
import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween } from '../../shared/domain/business-days';
import { type PlanTask, schedule } from '../../shared/domain/schedule';
import { dates, dep, entryLinks, entryTasks, germany, plan, task } from './schedule-fixtures';

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
