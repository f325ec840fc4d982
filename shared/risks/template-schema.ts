/**
 * Suggested risks: versioned JSON in resources/risk-templates/, validated at load with the
 * requirement packs' conventions. A template says what suggests it — requirement categories
 * on the entry's checklist, a profile rule (the packs' rule format) or calendar facts — and
 * carries default scores and, where it threatens the schedule, a default impact.
 */
import { z } from 'zod';
import { CATEGORIES, WORKSTREAMS, rule } from '../requirements/pack-schema';
import { RISK_CATEGORIES, RISK_RESPONSES } from './risk-enums';

/** Facts about the market's working calendar a template may ask for. */
export const CALENDAR_FACTS = [
  /** The market's weekend is not Saturday–Sunday (e.g. Friday–Saturday in Saudi Arabia). */
  'weekend_differs_from_home',
  /** Some public holidays in the window are estimates (Islamic calendar). */
  'estimated_holidays_in_window',
  /** Five or more public holidays fall inside the readiness window. */
  'many_holidays_in_window',
  /** The market is three or more hours away from the home market's time zone. */
  'time_zone_gap',
] as const;
export type CalendarFact = (typeof CALENDAR_FACTS)[number];

const score = z.object({ likelihood: z.number().int().min(1).max(10), impact: z.number().int().min(1).max(10) }).strict();

export const riskTemplate = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'Use lower-case words joined by dots or hyphens'),
    title: z.string().min(5).max(160),
    cause: z.string().min(5).max(600),
    event: z.string().min(5).max(600),
    effect: z.string().min(5).max(600),
    category: z.enum(RISK_CATEGORIES),
    workstream: z.enum(WORKSTREAMS),
    /** Any one of these suggests the risk. At least one kind must be given. */
    suggestedBy: z
      .object({
        requirementCategories: z.array(z.enum(CATEGORIES)).optional(),
        profile: rule.optional(),
        calendar: z.array(z.enum(CALENDAR_FACTS)).optional(),
        always: z.literal(true).optional(),
      })
      .strict()
      .refine((s) => s.requirementCategories?.length || s.profile || s.calendar?.length || s.always, 'Say what suggests the risk'),
    inherent: score,
    response: z.enum(RISK_RESPONSES),
    treatment: z.string().min(5).max(600),
    earlyWarning: z.string().min(5).max(300),
    /** Working days of delay (min ≤ most likely ≤ max) on the tasks of the suggesting requirements, or on the plan's critical path. */
    scheduleImpact: z
      .object({ minDays: z.number().int().min(0), likelyDays: z.number().int().min(0), maxDays: z.number().int().min(1).max(250), on: z.enum(['suggesting_tasks', 'critical_path']) })
      .strict()
      .refine((s) => s.minDays <= s.likelyDays && s.likelyDays <= s.maxDays, 'A schedule impact needs minimum ≤ most likely ≤ maximum')
      .nullable(),
  })
  .strict();

export const TEMPLATE_SCHEMA_VERSION = 1;
export const riskTemplateLibrary = z
  .object({
    schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    publicationDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    templates: z.array(riskTemplate).min(1),
  })
  .strict()
  .superRefine((lib, ctx) => {
    const seen = new Set<string>();
    lib.templates.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `The template id ${t.id} is used twice` });
      seen.add(t.id);
    });
  });

export type RiskTemplate = z.infer<typeof riskTemplate>;
export type RiskTemplateLibrary = z.infer<typeof riskTemplateLibrary>;
