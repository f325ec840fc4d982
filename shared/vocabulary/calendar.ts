/** The words for calendar days: weekdays and why a day is not a working day. */
import type { DayOff } from '../domain/due-dates';

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "Saturday", "Good Friday, a public holiday", "a company shutdown day". */
export function dayOffInWords(off: DayOff): string {
  if (off.kind === 'weekend') return WEEKDAY_NAMES[off.weekday] ?? 'a weekend day';
  if (off.kind === 'holiday') return `${off.name}, a public holiday`;
  return 'a company shutdown day';
}
