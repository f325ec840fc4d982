/**
 * Business-day arithmetic over a WorkCalendar. Pure functions, no I/O.
 *
 * A day is a *working day* when it is not a weekend day (under the weekend rule
 * in force on that date), not a public holiday and not a company shutdown day.
 *
 * The scheduler calls these functions many thousands of times per plan, so each
 * calendar object gets a lookup index (day numbers, bit masks, a holiday map)
 * built once and cached in a WeakMap. Consequence: do not mutate a WorkCalendar
 * after passing it here; build a new object instead.
 *
 * Dates are `YYYY-MM-DD`; an invalid date (in the arguments or inside the
 * calendar) throws a RangeError.
 */
import type { Holiday, WorkCalendar } from './calendar';
import { type IsoDate, fromDayNumber, toDayNumber } from './iso-date';

// --- Fast date <-> day-number conversion -------------------------------------
// The same mapping as iso-date's toDayNumber/fromDayNumber (days since
// 1970-01-01), done with integer arithmetic instead of Date objects: these run
// on every call from the scheduler. Civil-calendar formulas after Howard
// Hinnant's "chrono-compatible low-level date algorithms". Anything unusual
// (invalid input, years before 1000 or after 9999) goes through iso-date, which also
// produces its error messages.

function digitsAt(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of a `YYYY-MM-DD` date; throws a RangeError for an invalid one. */
export function dayNumberOf(s: IsoDate): number {
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const y = digitsAt(s, 0, 4);
    const m = digitsAt(s, 5, 7);
    const d = digitsAt(s, 8, 10);
    if (y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) {
      const yy = m <= 2 ? y - 1 : y;
      const era = Math.floor(yy / 400);
      const yoe = yy - era * 400;
      const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
      const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
      return era * 146_097 + doe - 719_468;
    }
  }
  return toDayNumber(s);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD` for a day number. */
export function dateOfDayNumber(n: number): IsoDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999) return fromDayNumber(n);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

// -----------------------------------------------------------------------------

/** Searching longer than this without meeting a working day means the calendar has none. */
const MAX_DAYS_WITHOUT_WORK = 3_660;

interface CalendarIndex {
  /** Day number from which each weekend period applies, ascending; the first is -Infinity. */
  starts: number[];
  /** Bit `d` set when weekday `d` (0 = Sunday) is a weekend day in that period. */
  masks: number[];
  /** Sorted copy of each period's weekend days. */
  days: number[][];
  holidays: Map<number, Holiday>;
  shutdowns: Set<number>;
}

const indexes = new WeakMap<WorkCalendar, CalendarIndex>();

function buildIndex(cal: WorkCalendar): CalendarIndex {
  const periods = cal.weekends
    .map((p) => {
      for (const d of p.days) {
        if (!Number.isInteger(d) || d < 0 || d > 6) throw new RangeError(`Weekend day out of range (0-6): ${d}`);
      }
      return { start: p.from === null ? -Infinity : dayNumberOf(p.from), days: [...new Set(p.days)].sort((a, b) => a - b) };
    })
    .sort((a, b) => (a.start === b.start ? 0 : a.start < b.start ? -1 : 1));
  // The earliest rule also covers any date before it (there is nothing else to apply).
  if (periods.length > 0) periods[0]!.start = -Infinity;

  const holidays = new Map<number, Holiday>();
  for (const h of cal.holidays ?? []) {
    const n = dayNumberOf(h.date);
    if (!holidays.has(n)) holidays.set(n, h);
  }
  return {
    starts: periods.map((p) => p.start),
    masks: periods.map((p) => p.days.reduce((mask, d) => mask | (1 << d), 0)),
    days: periods.map((p) => p.days),
    holidays,
    shutdowns: new Set(cal.shutdowns.map(dayNumberOf)),
  };
}

function indexOf(cal: WorkCalendar): CalendarIndex {
  let idx = indexes.get(cal);
  if (!idx) {
    idx = buildIndex(cal);
    indexes.set(cal, idx);
  }
  return idx;
}

/** Position of the weekend period in force on day number `n`, or -1 when the calendar has none. */
function periodAt(idx: CalendarIndex, n: number): number {
  for (let i = idx.starts.length - 1; i >= 0; i--) if (n >= idx.starts[i]!) return i;
  return -1;
}

function weekdayOf(n: number): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (((n + 4) % 7) + 7) % 7;
}

function weekendAt(idx: CalendarIndex, n: number): boolean {
  const p = periodAt(idx, n);
  return p >= 0 && (idx.masks[p]! & (1 << weekdayOf(n))) !== 0;
}

function workingAt(idx: CalendarIndex, n: number): boolean {
  return !weekendAt(idx, n) && !idx.holidays.has(n) && !idx.shutdowns.has(n);
}

/**
 * The weekend days (0 = Sunday … 6 = Saturday, ascending) under the rule in force
 * on `date`. Dates before the first period use the first period's rule; a
 * calendar with no weekend periods has no weekend days.
 */
export function weekendDaysOn(cal: WorkCalendar, date: IsoDate): number[] {
  const idx = indexOf(cal);
  const p = periodAt(idx, dayNumberOf(date));
  return p >= 0 ? [...idx.days[p]!] : [];
}

/** True when `date` is a weekend day under the rule in force on that date. */
export function isWeekend(cal: WorkCalendar, date: IsoDate): boolean {
  return weekendAt(indexOf(cal), dayNumberOf(date));
}

/** The public holiday on `date`, if any (also when it falls on a weekend). */
export function holidayOn(cal: WorkCalendar, date: IsoDate): Holiday | undefined {
  return indexOf(cal).holidays.get(dayNumberOf(date));
}

/** Not a weekend day, not a public holiday, not a shutdown day. */
export function isWorkingDay(cal: WorkCalendar, date: IsoDate): boolean {
  return workingAt(indexOf(cal), dayNumberOf(date));
}

/**
 * Moves by working days.
 *
 * - `n > 0`: the n-th working day strictly after `date` (`date` itself never
 *   counts, working or not). From Thursday before a Friday holiday, `n = 1` gives
 *   the next working day after the holiday and the weekend.
 * - `n = 0`: `date` if it is a working day, otherwise the first working day after
 *   it (rolls forward, never backward).
 * - `n < 0`: the |n|-th working day strictly before `date`, the mirror image of
 *   `n > 0`. For a working day `d`, `addBusinessDays(addBusinessDays(d, k), -k) === d`.
 *
 * Throws a RangeError when `n` is not an integer or when no working day exists
 * within ten years in the direction of travel (a calendar with every day off).
 */
export function addBusinessDays(cal: WorkCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Business-day offset must be an integer: ${n}`);
  const idx = indexOf(cal);
  let day = dayNumberOf(date);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let idle = 0;
  if (remaining === 0) {
    while (!workingAt(idx, day)) {
      if (++idle > MAX_DAYS_WITHOUT_WORK) throw noWorkingDay(date);
      day++;
    }
    return dateOfDayNumber(day);
  }
  while (remaining > 0) {
    day += step;
    if (workingAt(idx, day)) {
      remaining--;
      idle = 0;
    } else if (++idle > MAX_DAYS_WITHOUT_WORK) {
      throw noWorkingDay(date);
    }
  }
  return dateOfDayNumber(day);
}

function noWorkingDay(date: IsoDate): RangeError {
  return new RangeError(`No working day within ${MAX_DAYS_WITHOUT_WORK} days of ${date}: check the calendar's weekends and shutdowns`);
}

/** Working days in [from, to], both ends included; 0 when `to` is before `from`. */
export function businessDaysBetween(cal: WorkCalendar, from: IsoDate, to: IsoDate): number {
  const idx = indexOf(cal);
  const end = dayNumberOf(to);
  let count = 0;
  for (let n = dayNumberOf(from); n <= end; n++) if (workingAt(idx, n)) count++;
  return count;
}

export interface NonWorkingDays {
  /** Every weekend day in the window, ascending. */
  weekendDays: IsoDate[];
  /** Public holidays inside the window sorted by date, including those on a weekend. */
  holidays: Holiday[];
  /** Shutdown days inside the window, ascending, without duplicates. */
  shutdowns: IsoDate[];
  /**
   * False when the calendar has no holiday data (`holidays === null`): then the
   * empty `holidays` list means "unknown", and the UI must say "no holiday data".
   */
  holidayData: boolean;
}

/** The non-working days in [from, to] (both included), by cause. Empty lists when `to` is before `from`. */
export function nonWorkingDaysIn(cal: WorkCalendar, from: IsoDate, to: IsoDate): NonWorkingDays {
  const idx = indexOf(cal);
  const start = dayNumberOf(from);
  const end = dayNumberOf(to);
  const weekendDays: IsoDate[] = [];
  const holidays: Holiday[] = [];
  const shutdowns: IsoDate[] = [];
  for (let n = start; n <= end; n++) {
    if (weekendAt(idx, n)) weekendDays.push(dateOfDayNumber(n));
    const h = idx.holidays.get(n);
    if (h) holidays.push(h);
    if (idx.shutdowns.has(n)) shutdowns.push(dateOfDayNumber(n));
  }
  return { weekendDays, holidays, shutdowns, holidayData: cal.holidays !== null };
}
