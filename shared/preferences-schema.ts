/**
 * How this installation shows and reads things: the date format of every date field
 * (dates are always stored and written to files as ISO YYYY-MM-DD) and the company's home
 * market, which new entries start with.
 */
import { z } from 'zod';
import { countryCode } from './entry-schema';

/** `locale` follows the operating system's locale; the others are fixed orders. */
export const DATE_FORMATS = ['locale', 'dmy', 'mdy', 'ymd', 'dmy_dot'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const preferences = z.object({
  dateFormat: z.enum(DATE_FORMATS),
  homeMarket: z.string().nullable(),
});

export const preferencesInput = z
  .object({
    dateFormat: z.enum(DATE_FORMATS, { error: 'Date format: choose one of the formats listed' }),
    homeMarket: countryCode.nullable(),
  })
  .strict();

export type Preferences = z.infer<typeof preferences>;
