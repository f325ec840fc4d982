import { describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../../shared/domain/calendar';
import { addBusinessDays } from '../../shared/domain/business-days';
import { dayOffOn, lastWorkingDayOnOrBefore, requirementDueDate, targetDayOff } from '../../shared/domain/due-dates';
import { countsForCompliance, countsForReadiness, readinessOf } from '../../shared/domain/readiness';
import { percentDone } from '../../shared/domain/task-progress';
import { dayOffInWords } from '../../shared/vocabulary/calendar';

const cal: WorkCalendar = {
  country: 'XX',
  weekends: [{ from: null, days: [0, 6] }],
  holidays: [{ date: '2027-03-26', name: 'Good Friday', estimated: false }],
  shutdowns: ['2027-03-10'],
};

describe('due dates that mean "ready by"', () => {
  it('keeps start plus lead time for a duty already in force', () => {
    expect(requirementDueDate(cal, '2027-03-01', 5, null)).toBe('2027-03-08');
    expect(requirementDueDate(cal, '2027-03-01', 5, '2018-05-25')).toBe('2027-03-08');
  });

  it('works back from the date a later duty applies, never landing after it', () => {
    // Applies Thu 13 May 2027; 10 business days back is Thu 29 Apr.
    const due = requirementDueDate(cal, '2027-03-01', 10, '2027-05-13');
    expect(due).toBe('2027-04-29');
    expect(addBusinessDays(cal, due, 10)).toBe('2027-05-13');
    // The old rule (applies-from plus lead time) gave a date after the duty applied.
    expect(due < '2027-05-13').toBe(true);
  });

  it('counts the market calendar when working back: holidays and shutdown days are skipped', () => {
    // 2 business days before Mon 29 Mar 2027: Fri 26 Mar is Good Friday, so Wed 24 Mar.
    expect(requirementDueDate(cal, '2027-03-01', 2, '2027-03-29')).toBe('2027-03-24');
    // 1 business day before Thu 11 Mar: Wed 10 Mar is a shutdown day, so Tue 9 Mar.
    expect(requirementDueDate(cal, '2027-03-01', 1, '2027-03-11')).toBe('2027-03-09');
  });

  it('when the lead time does not fit before the duty applies, is due on the last working day before it', () => {
    // Starts 1 Mar, applies Sun 14 Mar, 20 days of lead time: due Fri 12 Mar, not 29 Mar.
    expect(requirementDueDate(cal, '2027-03-01', 20, '2027-03-14')).toBe('2027-03-12');
  });

  it('a due date is never after the day its duty applies, for any lead time', () => {
    for (let lead = 0; lead <= 120; lead += 7) {
      for (const applies of ['2027-03-02', '2027-03-26', '2027-06-05', '2028-08-02']) {
        expect(requirementDueDate(cal, '2027-03-01', lead, applies) <= applies).toBe(true);
      }
    }
  });
});

describe('days off, named', () => {
  it('names a weekend day, a public holiday and a shutdown day', () => {
    expect(dayOffInWords(dayOffOn(cal, '2027-03-06')!)).toBe('Saturday');
    expect(dayOffInWords(dayOffOn(cal, '2027-03-26')!)).toBe('Good Friday, a public holiday');
    expect(dayOffInWords(dayOffOn(cal, '2027-03-10')!)).toBe('a company shutdown day');
    expect(dayOffOn(cal, '2027-03-09')).toBeNull();
  });

  it('a target on a non-working day names the last working day before it', () => {
    expect(targetDayOff(cal, '2027-03-28')).toEqual({ dayOff: { kind: 'weekend', weekday: 0 }, lastWorkingDay: '2027-03-25' });
    expect(targetDayOff(cal, '2027-03-25')).toBeNull();
    expect(lastWorkingDayOnOrBefore(cal, '2027-03-25')).toBe('2027-03-25');
  });
});

describe('later duties and readiness', () => {
  const items = [
    { status: 'signed_off', appliesFrom: null },
    { status: 'todo', appliesFrom: '2027-05-13' },
    { status: 'todo', appliesFrom: '2028-08-02' },
  ];

  it('a duty applying after the target does not count against readiness until its date is inside the window', () => {
    expect(countsForReadiness(items[2]!, '2027-05-30')).toBe(false);
    expect(countsForReadiness(items[2]!, '2028-08-02')).toBe(true);
    expect(readinessOf(items, '2027-05-30')).toEqual({ signedOff: 1, applicable: 2, percent: 50 });
    expect(readinessOf(items, '2028-09-01')).toEqual({ signedOff: 1, applicable: 3, percent: 33.3 });
  });

  it('still counts for compliance once it applies', () => {
    expect(countsForCompliance(items[2]!, '2028-08-01')).toBe(false);
    expect(countsForCompliance(items[2]!, '2028-08-02')).toBe(true);
    expect(countsForCompliance({ status: 'not_applicable', appliesFrom: null }, '2028-08-02')).toBe(false);
  });
});

describe('task progress', () => {
  it('a task with an actual finish is 100 % done whatever its stored percentage', () => {
    expect(percentDone({ percentComplete: 40, actualFinish: '2027-03-05' })).toBe(100);
    expect(percentDone({ percentComplete: 40, actualFinish: null })).toBe(40);
  });
});
