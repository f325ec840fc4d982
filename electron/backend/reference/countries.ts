/**
 * Country reference data (Node side): ISO 3166-1 alpha-2 codes and English
 * names from `i18n-iso-countries`, continents from `countries-list`, EU/EEA
 * membership from our own dated table, holiday coverage from `date-holidays`.
 */
import { countries as countryFacts, type TContinentCode, type TCountryCode } from 'countries-list';
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { IsoDate } from '../../../shared/domain/iso-date';
import { isMember } from '../../../shared/domain/membership';
import { holidayCountries, holidayStates } from './holidays';

isoCountries.registerLocale(en);

export interface Country {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** English short name. */
  name: string;
  /** Continent: Africa, Antarctica, Asia, Europe, North America, Oceania or South America. */
  region: string;
  /** EU member on the date passed to `listCountries`. */
  eu: boolean;
  /** EEA member on the date passed to `listCountries`. */
  eea: boolean;
  /** date-holidays has public-holiday data for the country. */
  holidayData: boolean;
}

const CONTINENTS: Record<TContinentCode, string> = {
  AF: 'Africa',
  AN: 'Antarctica',
  AS: 'Asia',
  EU: 'Europe',
  NA: 'North America',
  OC: 'Oceania',
  SA: 'South America',
};

/**
 * Where i18n-iso-countries' "official" English name is long-winded, the shorter
 * name people use, taken from i18n-iso-countries' own aliases (checked below).
 */
const PREFERRED_NAME: Readonly<Record<string, string>> = {
  CN: 'China',
  CZ: 'Czechia',
  IR: 'Iran',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RU: 'Russia',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  GM: 'Gambia',
  CI: "Côte d'Ivoire",
};

function englishName(code: string): string | undefined {
  const all = isoCountries.getName(code, 'en', { select: 'all' });
  if (!all || all.length === 0) return undefined;
  const preferred = Object.hasOwn(PREFERRED_NAME, code) ? PREFERRED_NAME[code] : undefined;
  return preferred !== undefined && all.includes(preferred) ? preferred : all[0];
}

const CODES: readonly string[] = Object.keys(isoCountries.getAlpha2Codes());
const CODE_SET: ReadonlySet<string> = new Set(CODES);

function inCountriesList(code: string): code is TCountryCode {
  return Object.hasOwn(countryFacts, code);
}

/** Continent name; 'Unknown' if countries-list lacks the code (none do in the pinned versions). */
export function regionOf(code: string): string {
  return inCountriesList(code) ? CONTINENTS[countryFacts[code].continent] : 'Unknown';
}

/** Whether `code` is an ISO 3166-1 alpha-2 code we know (case-insensitive). */
export function isKnownCountry(code: string): boolean {
  return CODE_SET.has(code.toUpperCase());
}

/** English short name for an alpha-2 code, or undefined when unknown. */
export function countryName(code: string): string | undefined {
  const upper = code.toUpperCase();
  return CODE_SET.has(upper) ? englishName(upper) : undefined;
}

/** Every country i18n-iso-countries knows, sorted by English name, with membership as of `today`. */
export function listCountries(today: IsoDate): Country[] {
  const withHolidays = holidayCountries();
  return CODES.map((code) => ({
    code,
    name: englishName(code) ?? code,
    region: regionOf(code),
    eu: isMember('EU', code, today),
    eea: isMember('EEA', code, today),
    holidayData: withHolidays.has(code),
  })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * A country's first-level subdivisions that date-holidays has separate holiday
 * rules for, as ISO 3166-2 style codes ('DE-BY') with date-holidays' names
 * (often in the local language). Empty when there are none or the country is unknown.
 */
export function subdivisionsOf(code: string): { code: string; name: string }[] {
  const upper = code.toUpperCase();
  return Object.entries(holidayStates(upper))
    .map(([state, name]) => ({ code: `${upper}-${state}`, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
