/**
 * Builds a country's WorkCalendar (Node side): our weekend table, date-holidays'
 * public holidays and the user's shutdown days. The result is plain JSON and is
 * meant to be snapshotted into a plan.
 */
import type { WorkCalendar } from '../../../shared/domain/calendar';
import { type IsoDate, isRealDate } from '../../../shared/domain/iso-date';
import { weekendPeriodsFor } from '../../../shared/domain/weekends';
import { publicHolidays } from './holidays';

/**
 * The working calendar for `country` with holidays covering [from, to] (both
 * included; holidays outside the window are left out). `holidays` is `null` when
 * there is no holiday data for the country. Shutdown days are validated,
 * de-duplicated and sorted. Throws a RangeError on an invalid date or an unknown
 * subdivision.
 */
export function buildCalendar(
  country: string,
  from: IsoDate,
  to: IsoDate,
  subdivision?: string,
  shutdowns: IsoDate[] = [],
): WorkCalendar {
  const code = country.toUpperCase();
  for (const d of [from, to, ...shutdowns]) if (!isRealDate(d)) throw new RangeError(`Not a valid date: ${d}`);
  return {
    country: code,
    weekends: weekendPeriodsFor(code),
    holidays: publicHolidays(code, from, to, subdivision),
    shutdowns: [...new Set(shutdowns)].sort(),
  };
}
