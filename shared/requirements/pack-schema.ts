/**
 * The format of a requirement pack: versioned JSON in resources/requirements/,
 * validated at load. One pack per market (or per group such as the EU) keeps
 * reviews and updates small.
 */
import { z } from 'zod';
import {
  isoDate,
  regionCode,
  AI_ROLES,
  DATA_SUBJECT_BANDS,
  ENTRY_MODES,
  CUSTOMER_TYPES,
  FREE_ZONES,
  HEADCOUNT_BANDS,
  REGULATED_SECTORS,
  PROFILE_FLAGS,
  PROFILE_QUESTIONS,
} from '../entry-schema';
import { safeText } from '../safe-text';

/** Pack text: the shared text rules, with the form's own message for too short. */
const packText = (label: string, min: number, max: number, opts: { multiline?: boolean; name?: boolean; tooShort?: string } = {}) =>
  safeText({ label, max, trim: false, multiline: opts.multiline, name: opts.name }).min(min, opts.tooShort ?? `${label} must be at least ${min} characters`);

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
/** Optional yes/no questions: a rule on one is "unknown" when the profile does not answer it. */
export const QUESTION_FIELDS = PROFILE_QUESTIONS;

/** Every profile field a rule may name (the pack reader refuses any other, naming it). */
export const RULE_FIELDS: readonly string[] = [
  ...BOOLEAN_FIELDS,
  ...QUESTION_FIELDS,
  'entryMode',
  'customerType',
  'dataSubjects',
  'regulatedSectors',
  'expectedMarketRevenue',
  'globalRevenue',
  'aiRole',
  'freeZone',
  'localHeadcount',
  'customerRegions',
  'targetRegion',
];

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
 *   { "field": "hostsUserContent", "is": true }            (optional question: unanswered = check)
 *   { "field": "aiRole", "in": ["provides_gpai_model"] }
 *   { "field": "freeZone", "in": ["difc"] }
 *   { "field": "localHeadcount", "atLeast": "10_to_49" }
 *   { "field": "customerRegions", "includes": "US-CA" }     (the entry's own region counts as a site)
 *   { "field": "customerRegions", "includesAny": ["US-CO", "US-VA"] }
 *   { "field": "targetRegion", "in": ["CA-QC"] }            (the entry's region within the country)
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
  | { field: (typeof QUESTION_FIELDS)[number]; is: boolean }
  | { field: 'aiRole'; in: (typeof AI_ROLES)[number][] }
  | { field: 'freeZone'; in: (typeof FREE_ZONES)[number][] }
  | { field: 'localHeadcount'; atLeast: (typeof HEADCOUNT_BANDS)[number] }
  | { field: 'customerRegions'; includes: string }
  | { field: 'customerRegions'; includesAny: string[] }
  | { field: 'targetRegion'; in: string[] }
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule };

/** How deep all / any / not may nest: real rules use three or four levels. */
export const MAX_RULE_DEPTH = 16;

/** The nesting depth of a rule tree, counted without recursion and capped just past the limit. */
export function ruleDepth(rule: unknown, cap = MAX_RULE_DEPTH + 1): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: rule, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest >= cap) return deepest;
    const obj = node as Record<string, unknown>;
    for (const key of ['all', 'any'] as const) {
      const children = obj[key];
      if (Array.isArray(children)) for (const child of children) stack.push({ node: child, depth: depth + 1 });
    }
    if ('not' in obj) stack.push({ node: obj.not, depth: depth + 1 });
  }
  return deepest;
}

export const RULE_TOO_DEEP = `the rule nests all / any / not more than ${MAX_RULE_DEPTH} levels deep; flatten it`;

const ruleTree: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.object({ always: z.literal(true) }).strict(),
    z.object({ field: z.enum(BOOLEAN_FIELDS), is: z.boolean() }).strict(),
    z.object({ field: z.literal('entryMode'), in: z.array(z.enum(ENTRY_MODES)).min(1) }).strict(),
    z.object({ field: z.literal('customerType'), in: z.array(z.enum(CUSTOMER_TYPES)).min(1) }).strict(),
    z.object({ field: z.literal('dataSubjects'), atLeast: z.enum(DATA_SUBJECT_BANDS) }).strict(),
    z.object({ field: z.literal('regulatedSectors'), includes: z.enum(REGULATED_SECTORS) }).strict(),
    z.object({ field: z.enum(['expectedMarketRevenue', 'globalRevenue']), atLeast: money }).strict(),
    z.object({ field: z.enum(QUESTION_FIELDS), is: z.boolean() }).strict(),
    z.object({ field: z.literal('aiRole'), in: z.array(z.enum(AI_ROLES)).min(1) }).strict(),
    z.object({ field: z.literal('freeZone'), in: z.array(z.enum(FREE_ZONES)).min(1) }).strict(),
    z.object({ field: z.literal('localHeadcount'), atLeast: z.enum(HEADCOUNT_BANDS) }).strict(),
    z.object({ field: z.literal('customerRegions'), includes: regionCode }).strict(),
    z.object({ field: z.literal('customerRegions'), includesAny: z.array(regionCode).min(1) }).strict(),
    z.object({ field: z.literal('targetRegion'), in: z.array(regionCode).min(1) }).strict(),
    z.object({ all: z.array(ruleTree).min(1) }).strict(),
    z.object({ any: z.array(ruleTree).min(1) }).strict(),
    z.object({ not: ruleTree }).strict(),
  ]),
);

/** A rule, its depth checked before it is walked (a 5,000-level rule would overflow the stack). */
export const rule: z.ZodType<Rule> = z
  .unknown()
  .check(
    z.superRefine((value, ctx) => {
      if (ruleDepth(value) > MAX_RULE_DEPTH) ctx.addIssue({ code: 'custom', message: RULE_TOO_DEEP, input: value, abort: true });
    }),
  )
  .pipe(ruleTree);

export const requirement = z
  .object({
    /** Stable id, never reused: '<pack>.<law>.<duty>', e.g. 'eu.gdpr.breach-notification-authority'. */
    id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'Use lower-case words joined by dots or hyphens'),
    title: packText('Title', 3, 200, { name: true, tooShort: 'Enter a title of 3 to 200 characters' }),
    /** What the duty means for the company, in our own words. */
    summary: packText('Summary', 10, 2000, { multiline: true, tooShort: 'Write a summary of 10 to 2,000 characters, in your own words' }),
    jurisdiction: z.array(jurisdiction).min(1, 'Enter at least one country code (such as BR) or EU / EEA'),
    category: z.enum(CATEGORIES, { error: 'Choose a category' }),
    appliesWhen: rule,
    citation: z
      .object({
        law: packText('Law', 2, 500, { name: true, tooShort: 'Enter the law (at least 2 characters)' }),
        article: packText('Article', 1, 200, { name: true, tooShort: 'Enter the article or section' }),
      })
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
      .array(packText('Evidence expected', 2, 500, { tooShort: 'Describe each piece of evidence in at least 2 characters' }))
      .min(1, 'List at least one piece of evidence, one per line'),
    workstream: z.enum(WORKSTREAMS, { error: 'Choose a workstream' }),
    effectiveFrom: isoDate,
    effectiveUntil: isoDate.nullable().default(null),
    lastReviewed: isoDate,
    verified: z.boolean().default(false),
    /** Anything a reviewer should know: thresholds, open questions, why unverified. */
    reviewNote: packText('Review note', 0, 2000, { multiline: true, tooShort: 'The note must be at most 2,000 characters' }).optional(),
  })
  .strict();

/** "We looked and found no such rule" — so the library can say so instead of staying silent. */
export const noneKnownNote = z
  .object({
    jurisdiction: z.array(jurisdiction).min(1),
    category: z.enum(CATEGORIES),
    text: packText('Text', 10, 1000, { multiline: true }),
    sourceUrl: z.url({ protocol: /^https$/ }).optional(),
    lastReviewed: isoDate,
  })
  .strict();

export const pack = z
  .object({
    schemaVersion: z.literal(PACK_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: packText('Name', 3, 200, { name: true }),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a version like 1.0.0'),
    publisher: packText('Publisher', 2, 200, { name: true }),
    publicationDate: isoDate,
    license: packText('Licence', 2, 500),
    description: packText('Description', 0, 2000, { multiline: true }).optional(),
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
