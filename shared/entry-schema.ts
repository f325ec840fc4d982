import { z } from 'zod';
import { MAX_CALENDAR_DATE, MIN_CALENDAR_DATE, isRealDate } from './domain/iso-date';
import { safeText } from './safe-text';

/**
 * A calendar date `YYYY-MM-DD` that exists, from 1900-01-01 to 2199-12-31: the one date
 * schema of every input. (Later dates broke the calendars; earlier ones are typing slips.)
 */
export const isoDate = z
  .string({ error: 'Enter a date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use the form YYYY-MM-DD', abort: true })
  .refine((s) => s >= MIN_CALENDAR_DATE && s <= MAX_CALENDAR_DATE, { error: 'Use a date from 1 Jan 1900 to 31 Dec 2199', abort: true })
  .refine(isRealDate, 'That date does not exist');

/**
 * A date Landfall computed or stored (a target, a forecast, a stored start): it exists,
 * but may lie outside the input span (a start in 2199 plus 730 days), so answers are
 * never refused for it.
 */
export const storedDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD')
  .refine(isRealDate, 'That date does not exist');

export const countryCode = z
  .string({ error: 'Choose a country' })
  .regex(/^[A-Z]{2}$/, 'Choose a country from the list');

export const uuid = z.string().uuid('Not a valid id');

/**
 * The version of a row an edit was based on (every view carries each row's version). No
 * form shows it; a missing one means the screen is out of date.
 */
export const rowVersion = z
  .number({ error: 'Version: the edit does not say which version it was based on; reload and try again' })
  .int('Version: reload and try again')
  .min(1, 'Version: reload and try again');

export const ENTRY_STATUSES = ['planning', 'active', 'ready', 'on_hold'] as const;
export const ENTRY_MODES = ['subsidiary', 'branch', 'employer_of_record', 'cross_border'] as const;
export const CUSTOMER_TYPES = ['b2b', 'b2c', 'both'] as const;
export const DATA_SUBJECT_BANDS = ['none', 'under_1k', '1k_to_10k', '10k_to_100k', '100k_to_1m', 'over_1m'] as const;
export const REGULATED_SECTORS = ['critical_infrastructure', 'finance', 'health', 'telecom', 'energy'] as const;
export const ROLES = ['program_manager', 'legal', 'leadership'] as const;
/** The profile's yes/no questions, in the order the entry form asks them; rules may test each one. */
export const PROFILE_FLAGS = [
  'processesPersonalData',
  'sensitiveData',
  'childrensData',
  'paymentData',
  'aiInProduct',
  'aiInDecisionsAboutPeople',
  'sellsDigitalServicesToConsumers',
  'employsLocalStaff',
] as const;
export type ProfileFlag = (typeof PROFILE_FLAGS)[number];

const flagShape = Object.fromEntries(PROFILE_FLAGS.map((f) => [f, z.boolean()])) as { [F in ProfileFlag]: z.ZodBoolean };

/**
 * The profile's optional questions (added after entries were first stored): each may be
 * null or absent, which means "don't know" and makes a rule that tests it "may apply — check".
 */
export const PROFILE_QUESTIONS = ['aiInRegulatedProduct', 'hostsUserContent', 'runsOnlinePlatform', 'offersCloudService', 'sellsConnectedProducts'] as const;
export type ProfileQuestion = (typeof PROFILE_QUESTIONS)[number];
/** The company's most involved AI role (a model provider usually also provides systems). */
export const AI_ROLES = ['none', 'uses_third_party', 'provides_system', 'provides_gpai_model'] as const;
export const FREE_ZONES = ['none', 'difc', 'adgm', 'other'] as const;
/** Expected local headcount in the first year, in bands that match common legal thresholds. */
export const HEADCOUNT_BANDS = ['none', '1_to_9', '10_to_49', '50_to_249', '250_or_more'] as const;
export const MAX_CUSTOMER_REGIONS = 100;

/** An ISO 3166-2 region code such as US-CA or CA-QC. */
export const regionCode = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'Use region codes such as US-CA or CA-QC');

const questionShape = Object.fromEntries(PROFILE_QUESTIONS.map((f) => [f, z.boolean().nullable().optional()])) as {
  [F in ProfileQuestion]: z.ZodOptional<z.ZodNullable<z.ZodBoolean>>;
};

export const MAX_DESCRIPTION = 20_000;
export const DEFAULT_TARGET_DAYS = 90;

export const money = z
  .object({
    amount: z.number({ error: 'Enter the amount as a number, such as 2500000' }).finite().nonnegative('Amount cannot be negative').max(1e15, 'Amount is too large'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR'),
  })
  .nullable();

/** What the requirements library needs to know to decide which rules apply. */
export const applicabilityProfile = z.object({
  entryMode: z.enum(ENTRY_MODES, { error: 'Choose how you will enter the market' }),
  customerType: z.enum(CUSTOMER_TYPES, { error: 'Choose who your customers are' }),
  dataSubjects: z.enum(DATA_SUBJECT_BANDS, { error: 'Choose roughly how many people' }),
  ...flagShape,
  regulatedSectors: z.array(z.enum(REGULATED_SECTORS)).max(REGULATED_SECTORS.length),
  expectedMarketRevenue: money,
  globalRevenue: money,
  /** States or provinces (ISO 3166-2, within the target country) with customers or sites; null = don't know. */
  customerRegions: z
    .array(regionCode)
    .max(MAX_CUSTOMER_REGIONS, `List at most ${MAX_CUSTOMER_REGIONS} regions`)
    .nullable()
    .optional(),
  aiRole: z.enum(AI_ROLES, { error: 'Choose an AI role' }).nullable().optional(),
  ...questionShape,
  freeZone: z.enum(FREE_ZONES, { error: 'Choose a free zone' }).nullable().optional(),
  localHeadcount: z.enum(HEADCOUNT_BANDS, { error: 'Choose a headcount band' }).nullable().optional(),
});

const trimmed = (max: number, label: string, name = false) => safeText({ label, max, name });

/** The fields a user edits on a market entry. */
export const entryFields = z.object({
  name: trimmed(200, 'Name', true).min(1, 'Enter a name for the entry'),
  targetCountry: countryCode,
  targetSubdivision: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'Choose a region from the list')
    .nullable(),
  homeCountry: countryCode,
  startDate: isoDate,
  targetDays: z
    .number({ error: 'Enter a number of days' })
    .int('Use a whole number of days')
    .min(1, 'The readiness target must be between 1 and 730 days')
    .max(730, 'The readiness target must be between 1 and 730 days'),
  programManager: trimmed(200, 'Program manager', true),
  status: z.enum(ENTRY_STATUSES, { error: 'Choose a status' }),
  description: safeText({ label: 'Description', max: MAX_DESCRIPTION, multiline: true, trim: false }),
  profile: applicabilityProfile,
});

export const entry = entryFields.extend({
  id: z.string(),
  // Answers carry what is stored: never refuse a stored record for a rule added later.
  name: z.string(),
  programManager: z.string(),
  description: z.string(),
  startDate: storedDate,
  targetDate: storedDate,
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Bumped on every change; an edit names the version it was based on. */
  version: z.number().int(),
});

export type ApplicabilityProfile = z.infer<typeof applicabilityProfile>;
export type EntryFields = z.infer<typeof entryFields>;
export type Entry = z.infer<typeof entry>;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export type Role = (typeof ROLES)[number];
export type EntryMode = (typeof ENTRY_MODES)[number];
export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export type DataSubjectBand = (typeof DATA_SUBJECT_BANDS)[number];
export type RegulatedSector = (typeof REGULATED_SECTORS)[number];
export type AiRole = (typeof AI_ROLES)[number];
export type FreeZone = (typeof FREE_ZONES)[number];
export type HeadcountBand = (typeof HEADCOUNT_BANDS)[number];
