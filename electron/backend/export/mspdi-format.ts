/**
 * The MS Project XML (MSPDI, mspdi_pj12.xsd) conventions both the writer and the
 * reader use: an 8-hour day (08:00–12:00, 13:00–17:00), durations as ISO 8601 hours,
 * link lags in tenths of a minute, link types by number.
 */
import type { DependencyType } from '../../../shared/domain/schedule';

export const MSPDI_NS = 'http://schemas.microsoft.com/project';
export const MINUTES_PER_DAY = 480;
export const DAY_START = '08:00:00';
export const DAY_END = '17:00:00';
export const WORKING_TIMES: [string, string][] = [
  ['08:00:00', '12:00:00'],
  ['13:00:00', '17:00:00'],
];
/** MS Project's calendar names are at most 51 characters. */
export const MAX_CALENDAR_NAME = 51;
/** DurationFormat / LagFormat 7: days. */
export const FORMAT_DAYS = 7;

/** PredecessorLink Type: 0 = FF, 1 = FS, 2 = SF, 3 = SS. */
export const LINK_TYPE_CODES: Record<DependencyType, number> = { FF: 0, FS: 1, SS: 3 };
export const LINK_TYPES_BY_CODE: Record<number, DependencyType | 'SF'> = { 0: 'FF', 1: 'FS', 2: 'SF', 3: 'SS' };

/** Working days as an MSPDI duration: 13 -> PT104H0M0S. */
export const durationOfDays = (days: number) => `PT${days * (MINUTES_PER_DAY / 60)}H0M0S`;

/** Working days as a link lag in tenths of a minute: 2 -> 9600. */
export const lagOfDays = (days: number) => days * MINUTES_PER_DAY * 10;

/** A duration such as PT104H0M0S, P2DT4H or PT30M in minutes, or null when it is not one. */
export function durationMinutes(text: string): number | null {
  const m = /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim() === 'PT') return null;
  const [, neg, y, mo, d, h, mi, s] = m;
  if (y || mo) return null; // years and months have no fixed length in working time
  const minutes = Number(d ?? 0) * 24 * 60 + Number(h ?? 0) * 60 + Number(mi ?? 0) + Number(s ?? 0) / 60;
  return neg ? -minutes : minutes;
}
