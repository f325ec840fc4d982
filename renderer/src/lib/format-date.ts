import { format, parseISO } from 'date-fns';
import { displayDate } from '../../../shared/domain/iso-date';

/** A calendar date (`YYYY-MM-DD`) as the UI shows it everywhere: `12 Mar 2027`. */
export function formatDate(isoDate: string): string {
  return displayDate(isoDate);
}

/** An instant (ISO-8601) in the user's local time: `12 Mar 2027, 14:05`. */
export function formatDateTime(isoInstant: string): string {
  return format(parseISO(isoInstant), 'd MMM yyyy, HH:mm');
}

/** Whole numbers with thousands separators: `1,234`. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** "1 day", "3 days". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
