/**
 * Working-calendar types shared by the renderer, the backend and the scheduler.
 * Everything here is plain JSON (no Date, no Map) so a calendar can cross IPC
 * and HTTP unchanged and be snapshotted into a plan.
 */
import type { IsoDate } from './iso-date';

/** One public holiday on one calendar day (multi-day holidays appear once per day). */
export interface Holiday {
  date: IsoDate;
  name: string;
  /**
   * True for holidays fixed by the Islamic (lunar, sighting-based) calendar: the
   * date is a computed estimate that the official announcement may move by a day
   * or so. The user may override such dates later.
   */
  estimated: boolean;
}

/**
 * The weekend rule in force from `from` (inclusive) until the next period starts.
 * `days` uses 0 = Sunday … 6 = Saturday. `from: null` means "since forever".
 */
export interface WeekendPeriod {
  from: IsoDate | null;
  days: number[];
}

/**
 * Everything needed to decide whether a day is a working day in one country.
 * Treat a WorkCalendar as immutable once built: the business-day functions cache
 * lookup tables per calendar object.
 */
export interface WorkCalendar {
  /** ISO 3166-1 alpha-2 code, e.g. 'DE'. */
  country: string;
  /** Weekend rules sorted by `from` (a `null` from, if any, first). */
  weekends: WeekendPeriod[];
  /**
   * Public holidays sorted by date, or `null` when there is no holiday data for
   * the country. `null` means "unknown", never "no holidays".
   */
  holidays: Holiday[] | null;
  /** Company shutdown days added by the user (non-working); may be empty. */
  shutdowns: IsoDate[];
}
