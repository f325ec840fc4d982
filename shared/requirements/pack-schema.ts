/**
 * The format of a requirement pack: versioned JSON in resources/requirements/,
 * validated at load. One pack per market (or per group such as the EU) keeps
 * reviews and updates small.
 */
import { z } from 'zod';
import { isoDate, DATA_SUBJECT_BANDS, ENTRY_MODES, CUSTOMER_TYPES, REGULATED_SECTORS, PROFILE_FLAGS } from '../entry-schema';

export const PACK_SCHEMA_VERSION = 1;

export const CATEGORIES = [
  'data_protection',
  'data_localization',
  'cross_border_transfer',
  'breach_notification',
  'representative_dpo',
  'ai_governance',
  'company_registration',
  'tax_vat_gst',
  'intellectual_property',
  'employment',
  'security_incident_reporting',
  'consumer_platform',
] as const;

export const WORKSTREAMS = ['regulatory_legal', 'infrastructure_technology', 'team_operations'] as const;

export const OWNER_ROLES = ['legal', 'privacy', 'security', 'it', 'finance', 'tax', 'hr', 'operations', 'program_manager'] as const;

/** Jurisdiction: an ISO 3166-1 alpha-2 code, or a group resolved through the membership table. */
export const GROUPS = ['EU', 'EEA'] as const;
export const jurisdiction = z.union([z.enum(GROUPS), z.string().regex(/^[A-Z]{2}$/, 'Use an ISO 3166-1 alpha-2 code or EU / EEA')]);

/** Profile fields a rule may test, by kind. A rule naming any other field is refused. */
export const BOOLEAN_FIELDS = PROFILE_FLAGS;

const money = z.object({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) });

/**
 * A small declarative rule over the entry profile (never code):
 *   { "always": true }
 *   { "field": "processesPersonalData", "is": true }
 *   { "field": "entryMode", "in": ["subsidiary", "branch"] }
 *   { "field": "customerType", "in": ["b2c", "both"] }
 *   { "field": "dataSubjects", "atLeast": "10k_to_100k" }
 *   { "field": "regulatedSectors", "includes": "finance" }
 *   { "field": "globalRevenue", "atLeast": { "amount": 25000000, "currency": "USD" } }
 *   { "all": [ … ] }, { "any": [ … ] }, { "not": … }
 */
export type Rule =
  | { always: true }
  | { field: (typeof BOOLEAN_FIELDS)[number]; is: boolean }
  | { field: 'entryMode'; in: (typeof ENTRY_MODES)[number][] }
  | { field: 'customerType'; in: (typeof CUSTOMER_TYPES)[number][] }
  | { field: 'dataSubjects'; atLeast: (typeof DATA_SUBJECT_BANDS)[number] }
  | { field: 'regulatedSectors'; includes: (typeof REGULATED_SECTORS)[number] }
  | { field: 'expectedMarketRevenue' | 'globalRevenue'; atLeast: { amount: number; currency: string } }
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule };

export const rule: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.object({ always: z.literal(true) }).strict(),
    z.object({ field: z.enum(BOOLEAN_FIELDS), is: z.boolean() }).strict(),
    z.object({ field: z.literal('entryMode'), in: z.array(z.enum(ENTRY_MODES)).min(1) }).strict(),
    z.object({ field: z.literal('customerType'), in: z.array(z.enum(CUSTOMER_TYPES)).min(1) }).strict(),
    z.object({ field: z.literal('dataSubjects'), atLeast: z.enum(DATA_SUBJECT_BANDS) }).strict(),
    z.object({ field: z.literal('regulatedSectors'), includes: z.enum(REGULATED_SECTORS) }).strict(),
    z.object({ field: z.enum(['expectedMarketRevenue', 'globalRevenue']), atLeast: money }).strict(),
    z.object({ all: z.array(rule).min(1) }).strict(),
    z.object({ any: z.array(rule).min(1) }).strict(),
    z.object({ not: rule }).strict(),
  ]),
);

export const requirement = z
  .object({
    /** Stable id, never reused: '<pack>.<law>.<duty>', e.g. 'eu.gdpr.breach-notification-authority'. */
    id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'Use lower-case words joined by dots or hyphens'),
    title: z.string().min(3, 'Enter a title of 3 to 200 characters').max(200, 'Enter a title of 3 to 200 characters'),
    /** What the duty means for the company, in our own words. */
    summary: z
      .string()
      .min(10, 'Write a summary of 10 to 2,000 characters, in your own words')
      .max(2000, 'Write a summary of 10 to 2,000 characters, in your own words'),
    jurisdiction: z.array(jurisdiction).min(1, 'Enter at least one country code (such as BR) or EU / EEA'),
    category: z.enum(CATEGORIES, { error: 'Choose a category' }),
    appliesWhen: rule,
    citation: z
      .object({ law: z.string().min(2, 'Enter the law (at least 2 characters)'), article: z.string().min(1, 'Enter the article or section') })
      .strict(),
    sourceUrl: z.url({ protocol: /^https$/, error: 'Use an https link to the official or reputable source' }),
    ownerRole: z.enum(OWNER_ROLES, { error: 'Choose an owner role' }),
    /** Typical lead time in the market's business days, counted from the entry's start. */
    leadTimeDays: z
      .number({ error: 'Enter whole business days from 0 to 500' })
      .int('Enter whole business days from 0 to 500')
      .min(0, 'Enter whole business days from 0 to 500')
      .max(500, 'Enter whole business days from 0 to 500'),
    evidenceExpected: z
      .array(z.string().min(2, 'Describe each piece of evidence in at least 2 characters'))
      .min(1, 'List at least one piece of evidence, one per line'),
    workstream: z.enum(WORKSTREAMS, { error: 'Choose a workstream' }),
    effectiveFrom: isoDate,
    effectiveUntil: isoDate.nullable().default(null),
    lastReviewed: isoDate,
    verified: z.boolean().default(false),
    /** Anything a reviewer should know: thresholds, open questions, why unverified. */
    reviewNote: z.string().max(2000, 'The note must be at most 2,000 characters').optional(),
  })
  .strict();

/** "We looked and found no such rule" — so the library can say so instead of staying silent. */
export const noneKnownNote = z
  .object({
    jurisdiction: z.array(jurisdiction).min(1),
    category: z.enum(CATEGORIES),
    text: z.string().min(10).max(1000),
    sourceUrl: z.url({ protocol: /^https$/ }).optional(),
    lastReviewed: isoDate,
  })
  .strict();

export const pack = z
  .object({
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(3).max(200),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a version like 1.0.0'),
    publisher: z.string().min(2),
    publicationDate: isoDate,
    license: z.string().min(2),
    description: z.string().max(2000).optional(),
    requirements: z.array(requirement),
    noneKnown: z.array(noneKnownNote).default([]),
  })
  .strict();

export type Requirement = z.infer<typeof requirement>;
export type Pack = z.infer<typeof pack>;
export type NoneKnownNote = z.infer<typeof noneKnownNote>;
export type Category = (typeof CATEGORIES)[number];
export type Workstream = (typeof WORKSTREAMS)[number];
export type OwnerRole = (typeof OWNER_ROLES)[number];
