import type { EntryCalendar } from '../../../shared/contract';
import { businessDaysBetween, nonWorkingDaysIn, weekendDaysOn } from '../../../shared/domain/business-days';
import { diffDays } from '../../../shared/domain/iso-date';
import { buildCalendar } from '../reference/calendars';
import type { EntriesService } from './entries-service';

export function calendarService(entries: EntriesService) {
  return {
    forEntry(id: string): EntryCalendar {
      const e = entries.get(id);
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
    },
  };
}
