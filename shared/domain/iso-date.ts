/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic is done on UTC day
 * numbers so that time zones and DST never shift a date.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `s` is a `YYYY-MM-DD` string naming a day that exists (rejects 2026-02-30). */
export function isRealDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** The calendar dates the API accepts: a wide span, but one every calendar and chart can handle. */
export const MIN_CALENDAR_DATE: IsoDate = '1900-01-01';
export const MAX_CALENDAR_DATE: IsoDate = '2199-12-31';

/** True for a real date inside the accepted span (1900-01-01 … 2199-12-31). */
export function isInCalendarRange(s: string): boolean {
  return isRealDate(s) && s >= MIN_CALENDAR_DATE && s <= MAX_CALENDAR_DATE;
}

/** Days since 1970-01-01 for a valid ISO date. Throws on an invalid one. */
export function toDayNumber(s: IsoDate): number {
  if (!isRealDate(s)) throw new RangeError(`Not a valid date: ${s}`);
  return Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / MS_PER_DAY;
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(s: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(s) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(s: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(s) + 4) % 7) + 7) % 7;
}

/** The user's local calendar date (not UTC) for an instant. */
export function localToday(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Every date from `from` to `to`, both included. Empty when `to` is before `from`. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  const out: IsoDate[] = [];
  for (let n = start; n <= end; n++) out.push(fromDayNumber(n));
  return out;
}

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Mar 2027`: a month as charts label it. */
export function displayMonth(s: IsoDate): string {
  return `${MONTH_ABBR[Number(s.slice(5, 7)) - 1]} ${s.slice(0, 4)}`;
}

/** `12 Mar 2027`: a calendar date the way Landfall shows it everywhere (UI, PDFs, messages). */
export function displayDate(s: IsoDate): string {
  return `${Number(s.slice(8, 10))} ${displayMonth(s)}`;
}
