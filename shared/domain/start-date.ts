/**
 * Warnings about an entry's start date that do not block saving it.
 * Pure: "today" is passed in (the user's local date).
 */
import { displayDate, isRealDate, type IsoDate } from './iso-date';

/** The same calendar day a year earlier (29 Feb falls back to 28 Feb). */
export function oneYearBefore(today: IsoDate): IsoDate {
  const same = `${String(Number(today.slice(0, 4)) - 1).padStart(4, '0')}${today.slice(4)}`;
  return isRealDate(same) ? same : `${same.slice(0, 4)}-02-28`;
}

/**
 * A sentence when the start is more than a year before today (1900-01-01 is accepted,
 * but an entry starting then is late by decades), else null.
 */
export function startDateWarning(start: IsoDate, today: IsoDate): string | null {
  if (start >= oneYearBefore(today)) return null;
  return `Start date: ${displayDate(start)} is more than a year before today (${displayDate(today)}); check the year — the plan will show the entry as late from the start.`;
}
