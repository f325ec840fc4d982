import type { EntryCalendar } from '../../../shared/contract';
import { businessDaysBetween, nonWorkingDaysIn, weekendDaysOn } from '../../../shared/domain/business-days';
import { diffDays } from '../../../shared/domain/iso-date';
import { buildCalendar } from '../reference/calendars';
import type { Entry } from '../../../shared/entry-schema';
import type { CalendarFact } from '../../../shared/risks/template-schema';

export interface CalendarDeps {
  /** The entries service: the entry, or not_found (field id). */
  entry(id: string): Entry;
}

/** An entry's window in the market's calendar: business days, weekends and public holidays. */
export function calendarService({ entry }: CalendarDeps) {
  function forEntry(id: string): EntryCalendar {
    const e = entry(id);
    const cal = buildCalendar(e.targetCountry, e.startDate, e.targetDate, e.targetSubdivision ?? undefined);
    const off = nonWorkingDaysIn(cal, e.startDate, e.targetDate);
    return {
      entryId: e.id,
      country: e.targetCountry,
      windowStart: e.startDate,
      windowEnd: e.targetDate,
      calendarDays: diffDays(e.startDate, e.targetDate) + 1,
      businessDays: businessDaysBetween(cal, e.startDate, e.targetDate),
      weekendDays: off.weekendDays,
      weekendRule: weekendDaysOn(cal, e.startDate),
      holidays: cal.holidays === null ? null : off.holidays,
    };
  }
  return {
    forEntry,
    /** Facts about the market's calendar that suggest risks (time-zone gaps need zone data Landfall does not hold yet). */
    riskFacts(id: string): Set<CalendarFact> {
      const e = entry(id);
      const c = forEntry(id);
      const home = buildCalendar(e.homeCountry, e.startDate, e.startDate);
      const facts = new Set<CalendarFact>();
      if (weekendDaysOn(home, e.startDate).join(',') !== c.weekendRule.join(',')) facts.add('weekend_differs_from_home');
      if (c.holidays?.some((h) => h.estimated)) facts.add('estimated_holidays_in_window');
      if ((c.holidays?.length ?? 0) >= 5) facts.add('many_holidays_in_window');
      return facts;
    },
  };
}
