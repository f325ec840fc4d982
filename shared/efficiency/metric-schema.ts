/**
 * Efficiency metrics and measurements: the catalogue format (versioned JSON in
 * resources/metrics/, user-editable copies in the database) and one dated measurement.
 */
import { z } from 'zod';

export const METRIC_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

/** How several measurements inside one comparison period combine. */
export const METRIC_AGGREGATIONS = ['mean', 'sum', 'latest'] as const;
export type MetricAggregation = (typeof METRIC_AGGREGATIONS)[number];

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR');

export const metricDefinition = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'Use lower-case letters, digits, hyphens and underscores for the metric id'),
  name: z.string().trim().min(1, 'Enter a name for the metric').max(120, 'Name must be at most 120 characters'),
  unit: z.string().trim().min(1, 'Enter a unit').max(40, 'Unit must be at most 40 characters'),
  direction: z.enum(METRIC_DIRECTIONS, { error: 'Choose whether higher or lower is better' }),
  weight: z.number({ error: 'Enter a weight' }).min(0, 'Weight cannot be negative').max(100, 'Weight must be at most 100'),
  aggregation: z.enum(METRIC_AGGREGATIONS, { error: 'Choose how values in a period combine' }),
  /** Money metrics keep their currency; comparing two currencies needs a recorded rate. */
  money: z.boolean(),
  /** Money metrics: the currency values are usually reported in (the form's default); null otherwise. */
  currency: currencyCode.nullable().default(null),
  /** True for the customer-satisfaction measure shown against its own target. */
  satisfaction: z.boolean().default(false),
  description: z.string().max(1000).default(''),
});
export type MetricDefinition = z.infer<typeof metricDefinition>;

export const METRIC_CATALOGUE_VERSION = 1;
export const metricCatalogue = z.object({
  schemaVersion: z.literal(METRIC_CATALOGUE_VERSION),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  metrics: z.array(metricDefinition).min(1),
}).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.metrics.forEach((m, i) => {
    if (seen.has(m.id)) ctx.addIssue({ code: 'custom', path: ['metrics', i, 'id'], message: `The metric id ${m.id} is used twice` });
    seen.add(m.id);
  });
});
