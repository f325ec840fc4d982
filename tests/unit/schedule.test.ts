import { describe, expect, it } from 'vitest';
import { schedule } from '../../shared/domain/schedule';
import { dates, deepFreeze, dep, entryLinks, entryTasks, plan, saudi, task } from './schedule-fixtures';

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
