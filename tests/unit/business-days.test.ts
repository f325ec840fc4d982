import { describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../../shared/domain/calendar';
import {
  addBusinessDays,
  businessDaysBetween,
  dateOfDayNumber,
  dayNumberOf,
  holidayOn,
  isWeekend,
  isWorkingDay,
  nonWorkingDaysIn,
  weekendDaysOn,
} from '../../shared/domain/business-days';
import { addDays, dayOfWeek, diffDays, eachDay, fromDayNumber, isRealDate, toDayNumber } from '../../shared/domain/iso-date';
import { weekendPeriodsFor } from '../../shared/domain/weekends';
import { GERMANY_EASTER_2027 as germany, SAUDI as saudi, UAE as uae } from '../fixtures/calendars';

describe('iso-date', () => {
  it('rejects days that do not exist and accepts leap days', () => {
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('2026-1-01')).toBe(false);
  });

  it('knows the day of the week of known dates', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('2027-03-26')).toBe(5); // Good Friday
    expect(dayOfWeek('2027-03-28')).toBe(0); // Easter Sunday
    expect(dayOfWeek('2022-01-01')).toBe(6); // Saturday
    expect(dayOfWeek('1969-12-31')).toBe(3); // before the epoch: Wednesday
  });

  it('adds and counts days across month and year ends', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(diffDays('2027-03-25', '2027-03-30')).toBe(5);
    expect(eachDay('2027-03-30', '2027-03-29')).toEqual([]);
  });
});

describe('fast day-number conversion', () => {
  it('agrees with iso-date for every day from 1600 to 2400', () => {
    const mismatches: string[] = [];
    for (let n = toDayNumber('1600-01-01'); n <= toDayNumber('2400-12-31'); n++) {
      const iso = fromDayNumber(n);
      if (dateOfDayNumber(n) !== iso || dayNumberOf(iso) !== n) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
  });

  it('handles the edges of the 4-digit years and rejects invalid dates', () => {
    expect(dateOfDayNumber(toDayNumber('0999-12-31'))).toBe('0999-12-31');
    expect(dayNumberOf('1000-01-01')).toBe(toDayNumber('1000-01-01'));
    expect(dayNumberOf('0999-12-31')).toBe(toDayNumber('0999-12-31'));
    expect(dayNumberOf('9999-12-31')).toBe(toDayNumber('9999-12-31'));
    for (const bad of ['2026-02-30', '2100-02-29', '2026-2-01', '2026-13-01', 'abcd-ef-gh', '2026-01-00', '']) {
      expect(() => dayNumberOf(bad), bad).toThrow(RangeError);
    }
  });
});

describe('Germany around Easter 2027', () => {
  it('treats Good Friday, Easter Monday and the weekend as non-working', () => {
    expect(isWorkingDay(germany, '2027-03-25')).toBe(true); // Maundy Thursday is a working day
    expect(isWorkingDay(germany, '2027-03-26')).toBe(false);
    expect(isWorkingDay(germany, '2027-03-27')).toBe(false);
    expect(isWorkingDay(germany, '2027-03-28')).toBe(false);
    expect(isWorkingDay(germany, '2027-03-29')).toBe(false);
    expect(isWorkingDay(germany, '2027-03-30')).toBe(true);
    expect(holidayOn(germany, '2027-03-26')?.name).toBe('Good Friday');
    expect(holidayOn(germany, '2027-03-25')).toBeUndefined();
    expect(isWeekend(germany, '2027-03-26')).toBe(false);
    expect(isWeekend(germany, '2027-03-27')).toBe(true);
  });

  it('moves forward over the Easter weekend', () => {
    expect(addBusinessDays(germany, '2027-03-25', 1)).toBe('2027-03-30');
    expect(addBusinessDays(germany, '2027-03-25', 2)).toBe('2027-03-31');
    expect(addBusinessDays(germany, '2027-03-22', 4)).toBe('2027-03-30');
  });

  it('n = 0 keeps a working day and rolls a non-working day forward', () => {
    expect(addBusinessDays(germany, '2027-03-25', 0)).toBe('2027-03-25');
    expect(addBusinessDays(germany, '2027-03-26', 0)).toBe('2027-03-30');
  });

  it('counts from a non-working start day without counting the start', () => {
    expect(addBusinessDays(germany, '2027-03-27', 1)).toBe('2027-03-30');
  });

  it('negative n moves backwards, mirroring positive n', () => {
    expect(addBusinessDays(germany, '2027-03-30', -1)).toBe('2027-03-25');
    expect(addBusinessDays(germany, '2027-03-29', -1)).toBe('2027-03-25');
    expect(addBusinessDays(germany, '2027-03-31', -2)).toBe('2027-03-25');
    for (const k of [1, 2, 3, 7, 20]) {
      expect(addBusinessDays(germany, addBusinessDays(germany, '2027-03-25', k), -k)).toBe('2027-03-25');
    }
  });

  it('rejects a fractional offset', () => {
    expect(() => addBusinessDays(germany, '2027-03-25', 1.5)).toThrow(RangeError);
  });

  it('counts working days in a window, both ends included', () => {
    expect(businessDaysBetween(germany, '2027-03-22', '2027-04-02')).toBe(8);
    expect(businessDaysBetween(germany, '2027-03-25', '2027-03-25')).toBe(1);
    expect(businessDaysBetween(germany, '2027-03-26', '2027-03-29')).toBe(0);
  });

  it('lists the non-working days of a window by cause', () => {
    const off = nonWorkingDaysIn(germany, '2027-03-22', '2027-04-04');
    expect(off.weekendDays).toEqual(['2027-03-27', '2027-03-28', '2027-04-03', '2027-04-04']);
    expect(off.holidays.map((h) => h.date)).toEqual(['2027-03-26', '2027-03-29']);
    expect(off.shutdowns).toEqual([]);
    expect(off.holidayData).toBe(true);
  });

  it('still lists a holiday that falls on a weekend', () => {
    const cal: WorkCalendar = {
      ...germany,
      holidays: [{ date: '2027-05-01', name: 'Labour Day', estimated: false }], // a Saturday
    };
    const off = nonWorkingDaysIn(cal, '2027-04-26', '2027-05-02');
    expect(off.holidays.map((h) => h.name)).toEqual(['Labour Day']);
    expect(off.weekendDays).toEqual(['2027-05-01', '2027-05-02']);
    expect(businessDaysBetween(cal, '2027-04-26', '2027-05-02')).toBe(5);
  });
});

describe('empty and inverted windows', () => {
  it('gives zero and empty lists when the end is before the start', () => {
    expect(businessDaysBetween(germany, '2027-04-02', '2027-03-22')).toBe(0);
    expect(nonWorkingDaysIn(germany, '2027-04-02', '2027-03-22')).toEqual({
      weekendDays: [],
      holidays: [],
      shutdowns: [],
      holidayData: true,
    });
  });

  it('rejects invalid dates instead of guessing', () => {
    expect(() => businessDaysBetween(germany, '2027-02-30', '2027-03-05')).toThrow(RangeError);
    expect(() => isWorkingDay(germany, '27-03-05')).toThrow(RangeError);
  });
});

describe('weekend rules', () => {
  it('Saudi Arabia: Friday and Saturday off, Sunday is a working day', () => {
    expect(isWorkingDay(saudi, '2027-03-21')).toBe(true); // Sunday
    expect(isWorkingDay(saudi, '2027-03-25')).toBe(true); // Thursday
    expect(isWorkingDay(saudi, '2027-03-26')).toBe(false); // Friday
    expect(isWorkingDay(saudi, '2027-03-27')).toBe(false); // Saturday
    expect(addBusinessDays(saudi, '2027-03-25', 1)).toBe('2027-03-28'); // Thu -> Sun
  });

  it('Saudi Arabia: Thursday–Friday before 29 June 2013', () => {
    expect(weekendDaysOn(saudi, '2013-06-27')).toEqual([4, 5]);
    expect(isWeekend(saudi, '2013-06-27')).toBe(true); // Thursday, old rule
    expect(isWeekend(saudi, '2013-06-22')).toBe(false); // Saturday, old rule
    expect(isWeekend(saudi, '2013-06-29')).toBe(true); // first Saturday off
    expect(isWeekend(saudi, '2013-07-04')).toBe(false); // Thursday, new rule
  });

  it('UAE: switches from Friday–Saturday to Saturday–Sunday on 1 January 2022', () => {
    expect(isWorkingDay(uae, '2021-12-31')).toBe(false); // Friday, old rule
    expect(isWorkingDay(uae, '2021-12-26')).toBe(true); // Sunday, old rule
    expect(isWorkingDay(uae, '2022-01-01')).toBe(false); // Saturday, both rules
    expect(isWorkingDay(uae, '2022-01-02')).toBe(false); // Sunday, new rule
    expect(isWorkingDay(uae, '2022-01-07')).toBe(true); // Friday, new rule
    expect(weekendDaysOn(uae, '2021-12-31')).toEqual([5, 6]);
    expect(weekendDaysOn(uae, '2022-01-01')).toEqual([0, 6]);
    // Thursday 30 Dec 2021 + 1 working day: Fri 31 (old weekend), Sat 1, Sun 2 (new weekend) -> Mon 3.
    expect(addBusinessDays(uae, '2021-12-30', 1)).toBe('2022-01-03');
    expect(businessDaysBetween(uae, '2021-12-26', '2022-01-08')).toBe(10);
  });

  it('uses Saturday–Sunday for countries without an entry, and one-day weekends where listed', () => {
    expect(weekendPeriodsFor('de')).toEqual([{ from: null, days: [0, 6] }]);
    expect(weekendPeriodsFor('IR')).toEqual([{ from: null, days: [5] }]);
    expect(weekendPeriodsFor('NP')).toEqual([{ from: null, days: [6] }]);
    expect(weekendPeriodsFor('BN')).toEqual([{ from: null, days: [5, 0] }]);
  });

  it('hands out copies, so a caller cannot change the table', () => {
    weekendPeriodsFor('SA')[0]!.days.push(1);
    expect(weekendPeriodsFor('SA')[0]!.days).toEqual([4, 5]);
  });

  it('applies the earliest rule to dates before it and no weekend without rules', () => {
    const cal: WorkCalendar = { country: 'XX', weekends: [{ from: '2020-01-01', days: [5, 6] }], holidays: null, shutdowns: [] };
    expect(weekendDaysOn(cal, '2019-06-07')).toEqual([5, 6]);
    const none: WorkCalendar = { country: 'XX', weekends: [], holidays: null, shutdowns: [] };
    expect(isWeekend(none, '2027-03-27')).toBe(false);
    expect(weekendDaysOn(none, '2027-03-27')).toEqual([]);
  });
});

describe('shutdown days and missing holiday data', () => {
  const withShutdown: WorkCalendar = { ...germany, shutdowns: ['2027-03-30', '2027-03-31'] };

  it('skips shutdown days like holidays', () => {
    expect(isWorkingDay(withShutdown, '2027-03-30')).toBe(false);
    expect(addBusinessDays(withShutdown, '2027-03-25', 1)).toBe('2027-04-01');
    expect(businessDaysBetween(withShutdown, '2027-03-22', '2027-04-02')).toBe(6);
    expect(nonWorkingDaysIn(withShutdown, '2027-03-22', '2027-04-02').shutdowns).toEqual(['2027-03-30', '2027-03-31']);
  });

  it('reports that holiday data is missing rather than "no holidays"', () => {
    const noData: WorkCalendar = { ...germany, holidays: null };
    expect(isWorkingDay(noData, '2027-03-26')).toBe(true);
    const off = nonWorkingDaysIn(noData, '2027-03-22', '2027-04-02');
    expect(off.holidayData).toBe(false);
    expect(off.holidays).toEqual([]);
  });

  it('gives up with an error when a calendar has no working day at all', () => {
    const allOff: WorkCalendar = { country: 'XX', weekends: [{ from: null, days: [0, 1, 2, 3, 4, 5, 6] }], holidays: [], shutdowns: [] };
    expect(() => addBusinessDays(allOff, '2027-03-25', 1)).toThrow(RangeError);
    expect(() => addBusinessDays(allOff, '2027-03-25', 0)).toThrow(RangeError);
  });

  it('rejects weekend days outside 0–6', () => {
    const bad: WorkCalendar = { country: 'XX', weekends: [{ from: null, days: [7] }], holidays: [], shutdowns: [] };
    expect(() => isWeekend(bad, '2027-03-25')).toThrow(RangeError);
  });
});
