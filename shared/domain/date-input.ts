/**
 * Dates as the user reads and types them: day/month/year, month/day/year or ISO, chosen in
 * Settings (or the operating system's locale). Only the field shows this format; the value
 * is always an ISO `YYYY-MM-DD` date, and so is every file Landfall writes.
 */
import type { DateFormat } from '../preferences-schema';
import { isRealDate } from './iso-date';

export interface DatePattern {
  order: 'dmy' | 'mdy' | 'ymd';
  sep: string;
}

const FIXED: Record<Exclude<DateFormat, 'locale'>, DatePattern> = {
  dmy: { order: 'dmy', sep: '/' },
  mdy: { order: 'mdy', sep: '/' },
  ymd: { order: 'ymd', sep: '-' },
  dmy_dot: { order: 'dmy', sep: '.' },
};

/** The order and separator a locale writes numeric dates with (en-US → mdy "/", de-DE → dmy "."). */
export function patternOfLocale(locale: string | undefined): DatePattern {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.UTC(2027, 0, 31, 12)));
  } catch {
    return FIXED.ymd;
  }
  const order = parts
    .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
    .map((p) => p.type[0])
    .join('');
  const sep = parts.find((p) => p.type === 'literal')?.value.trim() || '/';
  if (order === 'dmy' || order === 'mdy' || order === 'ymd') return { order, sep: sep.slice(0, 1) };
  return FIXED.ymd;
}

export function patternFor(format: DateFormat, locale: string | undefined): DatePattern {
  return format === 'locale' ? patternOfLocale(locale) : FIXED[format];
}

/** How the pattern reads to a user: "DD/MM/YYYY". */
export function patternHint(p: DatePattern): string {
  const names = { d: 'DD', m: 'MM', y: 'YYYY' } as const;
  return [...p.order].map((c) => names[c as 'd' | 'm' | 'y']).join(p.sep);
}

/** An ISO date written in the pattern: 2027-01-31 → "31/01/2027". Anything else comes back as it is. */
export function formatDateInput(iso: string, p: DatePattern): string {
  if (!isRealDate(iso)) return iso;
  const [y, m, d] = iso.split('-') as [string, string, string];
  const by = { d, m, y } as const;
  return [...p.order].map((c) => by[c as 'd' | 'm' | 'y']).join(p.sep);
}

/**
 * What the user typed, as an ISO date, or null when it is not a date in their pattern.
 * Any of / . - and spaces separate; a two-digit year is 20YY; ISO YYYY-MM-DD is always accepted.
 */
export function parseDateInput(text: string, p: DatePattern): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isRealDate(t) ? t : null;
  const nums = t.split(/[\s/.-]+/).filter(Boolean);
  if (nums.length !== 3 || nums.some((n) => !/^\d{1,4}$/.test(n))) return null;
  const at = (c: 'd' | 'm' | 'y') => nums[p.order.indexOf(c)]!;
  const yRaw = at('y');
  if (yRaw.length !== 2 && yRaw.length !== 4) return null;
  const y = yRaw.length === 2 ? `20${yRaw}` : yRaw;
  const iso = `${y}-${at('m').padStart(2, '0')}-${at('d').padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isRealDate(iso) ? iso : null;
}
