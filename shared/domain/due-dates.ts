/**
 * Due dates that mean "ready by", and the days a date may fall on. Pure, given a calendar.
 *
 * - A duty in force at the entry's start (no applies-from date, or one on or before the
 *   start) is due its lead time in business days after the start.
 * - A duty that applies later is due by the date it applies: its lead time in business
 *   days before that date. When that falls before the entry's start (the lead time does
 *   not fit), it is due on the last working day on or before the date it applies, or the
 *   start plus lead time when that is earlier still; never after the date it applies.
 */
import type { WorkCalendar } from './calendar';
import { addBusinessDays, holidayOn, isWeekend, isWorkingDay } from './business-days';
import { dayOfWeek, type IsoDate } from './iso-date';

/** The due date of a library requirement's item for an entry starting on `start`. */
export function requirementDueDate(cal: WorkCalendar, start: IsoDate, leadTimeDays: number, appliesFrom: IsoDate | null): IsoDate {
  const fromStart = addBusinessDays(cal, start, leadTimeDays);
  if (appliesFrom === null || appliesFrom <= start) return fromStart;
  // With no lead time it is the day itself, or the working day before it (never rolling forward).
  const workedBack = leadTimeDays === 0 ? lastWorkingDayOnOrBefore(cal, appliesFrom) : addBusinessDays(cal, appliesFrom, -leadTimeDays);
  if (workedBack >= start) return workedBack;
  const lastBefore = lastWorkingDayOnOrBefore(cal, appliesFrom);
  return fromStart < lastBefore ? fromStart : lastBefore;
}

/** `date` when it is a working day, else the last working day before it. */
export function lastWorkingDayOnOrBefore(cal: WorkCalendar, date: IsoDate): IsoDate {
  return isWorkingDay(cal, date) ? date : addBusinessDays(cal, date, -1);
}

/** Why a day is not a working day: the weekend (with its weekday, 0 = Sunday), a public holiday, a shutdown day. */
export type DayOff = { kind: 'weekend'; weekday: number } | { kind: 'holiday'; name: string } | { kind: 'shutdown' };

/** Why `date` is not a working day in `cal`, or null on a working day. A public holiday is named before the weekend it falls on. */
export function dayOffOn(cal: WorkCalendar, date: IsoDate): DayOff | null {
  if (isWorkingDay(cal, date)) return null;
  const holiday = holidayOn(cal, date);
  if (holiday) return { kind: 'holiday', name: holiday.name };
  if (isWeekend(cal, date)) return { kind: 'weekend', weekday: dayOfWeek(date) };
  return { kind: 'shutdown' };
}

/** A target on a non-working day: why, and the last working day before it; null when the target is a working day. */
export function targetDayOff(cal: WorkCalendar, target: IsoDate): { dayOff: DayOff; lastWorkingDay: IsoDate } | null {
  const off = dayOffOn(cal, target);
  return off ? { dayOff: off, lastWorkingDay: addBusinessDays(cal, target, -1) } : null;
}
