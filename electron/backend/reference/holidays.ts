/**
 * Public holidays from the `date-holidays` package (pinned), turned into our
 * JSON-safe Holiday records. Node side only: the holiday data stays out of the
 * renderer bundle.
 *
 * Rules applied to date-holidays' output:
 * - only `type === 'public'` is kept (bank, school, optional and observance days
 *   are not days off for everyone);
 * - the day comes from the first 10 characters of the `date` string (the local
 *   date in the country), never from `start`, a Date whose UTC day drifts with
 *   time zones and with the "starts at sunset the evening before" convention;
 * - a multi-day holiday (e.g. Saudi '30 Ramadan P4D') becomes one Holiday per
 *   calendar day with the same name (see `spanInDays`);
 * - holidays whose rule is based on the Islamic calendar are `estimated`;
 * - entries falling on the same day are merged into one, names joined with ' / '.
 * Half-day public holidays (e.g. '12-24 13:00') count as whole days off.
 */
import Holidays, { type HolidaysTypes } from 'date-holidays';
import type { Holiday } from '../../../shared/domain/calendar';
import { type IsoDate, addDays, toDayNumber } from '../../../shared/domain/iso-date';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Month names date-holidays' rule grammar uses for the Islamic calendar
 * (date-holidays-parser: Muharram … Dhu al-Hijjah, spelt as below).
 */
const ISLAMIC_RULE =
  /\b(Muharram|Safar|Rabi al-awwal|Rabi al-thani|Jumada al-awwal|Jumada al-thani|Rajab|Shaban|Ramadan|Shawwal|Dhu al-Qidah|Dhu al-Hijjah)\b/;

/** True when a date-holidays rule is fixed by the Islamic calendar (its date is an estimate). */
export function isIslamicRule(rule: string): boolean {
  return ISLAMIC_RULE.test(rule);
}

/**
 * Number of whole calendar days a date-holidays entry covers, counted from the
 * day in its `date` string. Uses end - start rounded *down* to whole days, with
 * one hour of slack for a daylight-saving change inside the span, and at least 1.
 * - 'P4D' (96 h, or 95/97 h across a DST change) -> 4 days;
 * - a half day such as '12-24 13:00' (11 h) -> 1 day;
 * - Turkey's 'PT90H' Eid (eve afternoon + 3 days in the data) -> 3 days, the
 *   whole days off, not the partial fourth one.
 */
export function spanInDays(start: Date, end: Date): number {
  const ms = end.getTime() - start.getTime();
  return Math.max(1, Math.floor((ms + HOUR_MS) / DAY_MS));
}

/** The raw entries we need from date-holidays (a subset of its Holiday type). */
export type RawHoliday = Pick<HolidaysTypes.Holiday, 'date' | 'start' | 'end' | 'name' | 'type' | 'rule'>;

/**
 * Converts date-holidays entries into one Holiday per day, public only, merged
 * per date and sorted. Exported for tests; callers use `publicHolidays`.
 *
 * When two entries share a day the merged holiday is `estimated` only if all of
 * them are: a fixed holiday on the same day makes the day off certain.
 */
export function toHolidays(raw: readonly RawHoliday[]): Holiday[] {
  const byDate = new Map<IsoDate, { names: string[]; estimated: boolean }>();
  for (const h of raw) {
    if (h.type !== 'public') continue;
    const first = h.date.slice(0, 10);
    const estimated = isIslamicRule(h.rule ?? '');
    const days = spanInDays(h.start, h.end);
    for (let i = 0; i < days; i++) {
      const date = i === 0 ? first : addDays(first, i);
      const seen = byDate.get(date);
      if (!seen) {
        byDate.set(date, { names: [h.name], estimated });
      } else {
        if (!seen.names.includes(h.name)) seen.names.push(h.name);
        seen.estimated &&= estimated;
      }
    }
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, { names, estimated }]) => ({ date, name: names.join(' / '), estimated }));
}

/** A date-holidays instance not bound to a country, used only to query what data exists. */
let catalog: Holidays | undefined;
let supported: ReadonlySet<string> | undefined;

function holidayCatalog(): Holidays {
  catalog ??= new Holidays();
  return catalog;
}

/** Country codes date-holidays has data for (upper case). */
export function holidayCountries(): ReadonlySet<string> {
  supported ??= new Set(Object.keys(holidayCatalog().getCountries('en')));
  return supported;
}

/**
 * date-holidays' first-level subdivisions ("states") of a country: state code
 * (without the country prefix) -> name. Empty for none or an unknown country.
 */
export function holidayStates(country: string): Record<string, string> {
  const code = country.toUpperCase();
  if (!hasHolidayData(code)) return {};
  // getStates returns undefined (despite its type) for countries without states.
  return (holidayCatalog().getStates(code, 'en') as Record<string, string> | undefined) ?? {};
}

/** Whether date-holidays has data for the country. */
export function hasHolidayData(country: string): boolean {
  return holidayCountries().has(country.toUpperCase());
}

/**
 * Splits 'DE-BY' (or 'BY') into date-holidays' state code for `country`.
 * Throws a RangeError for a subdivision date-holidays does not know.
 */
function stateCode(country: string, subdivision: string): string {
  const sub = subdivision.toUpperCase();
  const state = sub.startsWith(`${country}-`) ? sub.slice(country.length + 1) : sub;
  if (!Object.hasOwn(holidayStates(country), state)) throw new RangeError(`Unknown subdivision ${subdivision} for ${country}`);
  return state;
}

const instances = new Map<string, Holidays>();
const yearCache = new Map<string, Holiday[]>();

function instanceFor(country: string, state: string | undefined): Holidays {
  const key = `${country}|${state ?? ''}`;
  let hd = instances.get(key);
  if (!hd) {
    hd = state ? new Holidays(country, state, { languages: ['en'] }) : new Holidays(country, { languages: ['en'] });
    instances.set(key, hd);
  }
  return hd;
}

/** All public-holiday days of holidays that *start* in `year` (some run into the next year). */
function holidaysStartingIn(country: string, state: string | undefined, year: number): Holiday[] {
  const key = `${country}|${state ?? ''}|${year}`;
  let list = yearCache.get(key);
  if (!list) {
    list = toHolidays(instanceFor(country, state).getHolidays(year, 'en'));
    yearCache.set(key, list);
  }
  return list;
}

/**
 * Public holidays in [from, to] (both included), one per day, sorted by date,
 * with English names where date-holidays has them (otherwise its default name).
 * Returns `null` when date-holidays has no data for the country: that means
 * "unknown", never "no holidays".
 *
 * `subdivision` is an ISO 3166-2 code such as 'DE-BY' (or just 'BY'); an
 * unknown subdivision throws a RangeError. Results are cached per country,
 * subdivision and year.
 */
export function publicHolidays(country: string, from: IsoDate, to: IsoDate, subdivision?: string): Holiday[] | null {
  const code = country.toUpperCase();
  if (!hasHolidayData(code)) return null;
  const state = subdivision ? stateCode(code, subdivision) : undefined;
  if (toDayNumber(to) < toDayNumber(from)) return [];
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  const merged = new Map<IsoDate, Holiday>();
  // Start one year early: a holiday beginning late in December may spill into the window.
  for (let year = firstYear - 1; year <= lastYear; year++) {
    for (const h of holidaysStartingIn(code, state, year)) {
      if (h.date < from || h.date > to) continue;
      const seen = merged.get(h.date);
      merged.set(h.date, seen ? mergeTwo(seen, h) : { ...h }); // copies: the cache must not be mutated
    }
  }
  return [...merged.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Merges a holiday spilling over from the previous year with one of the same day. */
function mergeTwo(a: Holiday, b: Holiday): Holiday {
  const names = [...new Set([...a.name.split(' / '), ...b.name.split(' / ')])];
  return { date: a.date, name: names.join(' / '), estimated: a.estimated && b.estimated };
}
