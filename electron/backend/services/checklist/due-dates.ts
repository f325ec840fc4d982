/**
 * Due dates of requirement items, by the rule in shared/domain/due-dates.ts: a duty in force
 * at the start is due its lead time (the market's business days) after the start; one that
 * applies later is due by the date it applies. An item with a plan task is due with that
 * task instead (see the plan's item-due-dates).
 */
import type { Entry } from '../../../../shared/entry-schema';
import { requirementDueDate } from '../../../../shared/domain/due-dates';
import { addDays } from '../../../../shared/domain/iso-date';
import { buildCalendar } from '../../reference/calendars';

export type DueDate = (leadTimeDays: number, appliesFrom?: string | null) => string;

export function dueDateFn(entry: Pick<Entry, 'targetCountry' | 'targetSubdivision' | 'startDate'>): DueDate {
  // One calendar per last day it must reach (past the start or a later applies-from date), built once.
  const calendars = new Map<string, ReturnType<typeof buildCalendar>>();
  const calendarTo = (from: string) => {
    let cal = calendars.get(from);
    if (!cal) {
      cal = buildCalendar(entry.targetCountry, addDays(entry.startDate, -1100), addDays(from, 1100), entry.targetSubdivision ?? undefined);
      calendars.set(from, cal);
    }
    return cal;
  };
  return (leadTimeDays, appliesFrom = null) => {
    const later = appliesFrom && appliesFrom > entry.startDate ? appliesFrom : null;
    return requirementDueDate(calendarTo(later ?? entry.startDate), entry.startDate, leadTimeDays, later);
  };
}
