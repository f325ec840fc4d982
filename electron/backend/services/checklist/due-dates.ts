/**
 * Due dates: the requirement's lead time in the market's business days, counted from the
 * entry's start, or from the day the duty applies when that is later.
 */
import type { Entry } from '../../../../shared/entry-schema';
import { addBusinessDays } from '../../../../shared/domain/business-days';
import { addDays } from '../../../../shared/domain/iso-date';
import { buildCalendar } from '../../reference/calendars';

export type DueDate = (leadTimeDays: number, appliesFrom?: string | null) => string;

export function dueDateFn(entry: Pick<Entry, 'targetCountry' | 'targetSubdivision' | 'startDate'>): DueDate {
  // One calendar per first day (the start, or a later applies-from date), built once.
  const calendars = new Map<string, ReturnType<typeof buildCalendar>>();
  const calendarFrom = (from: string) => {
    let cal = calendars.get(from);
    if (!cal) {
      cal = buildCalendar(entry.targetCountry, from, addDays(from, 1100), entry.targetSubdivision ?? undefined);
      calendars.set(from, cal);
    }
    return cal;
  };
  return (leadTimeDays, appliesFrom = null) => {
    const from = appliesFrom && appliesFrom > entry.startDate ? appliesFrom : entry.startDate;
    return addBusinessDays(calendarFrom(from), from, leadTimeDays);
  };
}
