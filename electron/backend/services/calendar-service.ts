import type { EntryCalendar } from '../../../shared/contract';
import type { WorkCalendar } from '../../../shared/domain/calendar';
import { businessDaysBetween, nonWorkingDaysIn, weekendDaysOn } from '../../../shared/domain/business-days';
import { targetDayOff } from '../../../shared/domain/due-dates';
import { diffDays } from '../../../shared/domain/iso-date';
import type { Entry } from '../../../shared/entry-schema';
import type { CalendarFact } from '../../../shared/risks/template-schema';
import { buildCalendar } from '../reference/calendars';

export interface CalendarDeps {
  /** The entries service: the entry, or not_found (field id). */
  entry(id: string): Entry;
  /** The plan service: the plan's working calendar (holiday snapshot, moved estimates, shutdown days). */
  planCalendar(entryId: string): WorkCalendar;
}

/**
 * An entry's window in its plan's calendar (the one the schedule counts in): business days,
 * weekends, public holidays as the plan holds them, shutdown days, and whether the target
 * falls on a working day.
 */
export function calendarService({ entry, planCalendar }: CalendarDeps) {
  function forEntry(id: string): EntryCalendar {
    const e = entry(id);
    const cal = planCalendar(e.id);
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
      shutdowns: off.shutdowns,
      targetDayOff: targetDayOff(cal, e.targetDate),
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
