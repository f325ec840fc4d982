/** The words for the preferences' enums (shared/preferences-schema.ts). */
import type { DateFormat } from '../preferences-schema';

export const DATE_FORMAT_LABELS = {
  locale: "This computer's format",
  dmy: 'Day/month/year (31/01/2027)',
  mdy: 'Month/day/year (01/31/2027)',
  ymd: 'Year-month-day (2027-01-31)',
  dmy_dot: 'Day.month.year (31.01.2027)',
} as const satisfies Record<DateFormat, string>;
