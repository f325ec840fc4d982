/**
 * The efficiency API's schemas: metric edits, measurements (with their version for
 * edits), imports with located errors, and the two views (an entry against its home
 * market; markets side by side). Ratios and the index travel as percentages (0–200).
 */
import { z } from 'zod';
import { isoDate, storedDate, uuid } from '../entry-schema';
import { safeText } from '../safe-text';
import { METRIC_AGGREGATIONS, METRIC_DIRECTIONS, currencyCode, metricDefinition } from './metric-schema';

export const metricId = metricDefinition.shape.id;

/** What the user edits of a metric (the id is made from the name when it is added). */
export const metricFields = z
  .object({
    name: safeText({ label: 'Name', max: 120, name: true, min: { length: 1, message: 'Enter a name for the metric' } }),
    unit: safeText({ label: 'Unit', max: 40, name: true, min: { length: 1, message: 'Enter a unit' } }),
    direction: z.enum(METRIC_DIRECTIONS, { error: 'Choose whether higher or lower is better' }),
    weight: z.number({ error: 'Enter the weight as a number' }).min(0, 'Weight cannot be negative').max(100, 'Weight must be at most 100'),
    aggregation: z.enum(METRIC_AGGREGATIONS, { error: 'Choose how values in a period combine' }),
    money: z.boolean({ error: 'Say whether the metric is money' }),
    currency: currencyCode.nullable().default(null),
    satisfaction: z.boolean().default(false),
    description: safeText({ label: 'Description', max: 1000, multiline: true }).default(''),
  })
  .strict();
export type MetricFields = z.infer<typeof metricFields>;

export const METRIC_ORIGINS = ['builtin', 'custom'] as const;

export const storedMetric = metricDefinition.extend({
  origin: z.enum(METRIC_ORIGINS),
  /** The shipped catalogue version a built-in metric came from. */
  catalogueVersion: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type StoredMetric = z.infer<typeof storedMetric>;

/** A market: the home market's country code, or an entry's id. */
export const marketRef = z
  .string({ error: 'Choose the market' })
  .refine((s) => /^[A-Z]{2}$/.test(s) || z.uuid().safeParse(s).success, 'Choose the home market or a market entry');

const measurementShape = {
  metricId: z.string({ error: 'Choose a metric' }).min(1, 'Choose a metric').max(63, 'Choose a metric from the catalogue'),
  market: marketRef,
  periodStart: isoDate,
  periodEnd: isoDate,
  value: z.number({ error: 'Enter the value as a number' }).min(-1e12, 'Value is too small').max(1e12, 'Value is too large'),
  currency: currencyCode.nullable().default(null),
  fxRate: z.number({ error: 'Enter the exchange rate as a number' }).gt(0, 'Exchange rate must be above zero').max(1e6, 'Exchange rate is too large').nullable().default(null),
  fxCurrency: currencyCode.nullable().default(null),
  sourceNote: safeText({ label: 'Source', max: 500 }).default(''),
};

export const measurementFields = z
  .object(measurementShape)
  .strict()
  .superRefine((m, ctx) => {
    if (m.periodEnd < m.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'Period end must be on or after the period start' });
    if ((m.fxRate === null) !== (m.fxCurrency === null))
      ctx.addIssue({ code: 'custom', path: [m.fxRate === null ? 'fxRate' : 'fxCurrency'], message: 'Give both the exchange rate and the currency it converts into, or neither' });
    if (m.fxCurrency !== null && m.fxCurrency === m.currency) ctx.addIssue({ code: 'custom', path: ['fxCurrency'], message: 'The rate must convert into another currency than the value’s own' });
  });
export type MeasurementFields = z.infer<typeof measurementFields>;

export const measurement = z.object({
  id: z.string(),
  metricId: z.string(),
  market: z.string(),
  periodStart: storedDate,
  periodEnd: storedDate,
  value: z.number(),
  currency: z.string().nullable(),
  fxRate: z.number().nullable(),
  fxCurrency: z.string().nullable(),
  sourceNote: z.string(),
  recordedBy: z.string(),
  osUser: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredMeasurement = z.infer<typeof measurement>;

export const versioned = { id: uuid, version: z.number({ error: 'The version is missing' }).int().min(1) };

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const IMPORT_BASE64 = Math.ceil((MAX_IMPORT_BYTES * 4) / 3);
export const IMPORT_BODY_BYTES = IMPORT_BASE64 + 64 * 1024;

export const measurementImportInput = z
  .object({
    entryId: uuid,
    fileName: safeText({ label: 'File name', max: 255, name: true, min: { length: 1, message: 'Choose a CSV or XLSX file' } }).refine(
      (n) => /\.(csv|xlsx)$/i.test(n),
      'File name: choose a .csv or .xlsx file',
    ),
    contentBase64: z
      .string()
      .min(1, 'The file is empty')
      .max(IMPORT_BASE64, 'The file is larger than 5 MB')
      .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'The file did not arrive intact (it was not sent as base64)'),
  })
  .strict();
export type MeasurementImportInput = z.infer<typeof measurementImportInput>;

export const importIssue = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof importIssue>;

export const measurementImportPreview = z.object({
  fileName: z.string(),
  rows: z.number().int(),
  measurements: z.array(
    z.object({
      row: z.number().int(),
      metricId: z.string(),
      metricName: z.string(),
      market: z.string(),
      marketLabel: z.string(),
      periodStart: storedDate,
      periodEnd: storedDate,
      value: z.number(),
      currency: z.string().nullable(),
    }),
  ),
  errors: z.array(importIssue),
});
export type MeasurementImportPreview = z.infer<typeof measurementImportPreview>;

const period = z.object({ start: storedDate, end: storedDate });

export const metricOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ratio'), ratio: z.number(), capped: z.boolean(), market: z.number(), home: z.number(), period, currencyNote: z.string().nullable() }),
  z.object({ kind: z.literal('no_baseline') }),
  z.object({ kind: z.literal('no_market_value') }),
  z.object({ kind: z.literal('no_common_period') }),
  z.object({ kind: z.literal('refused'), reason: z.string() }),
]);

export const entryEfficiencyView = z.object({
  entryId: z.string(),
  entryName: z.string(),
  homeCountry: z.string(),
  targetCountry: z.string(),
  startDate: storedDate,
  targets: z.object({ index: z.number(), satisfaction: z.number() }),
  metrics: z.array(storedMetric),
  measurements: z.array(measurement),
  rows: z.array(
    z.object({
      metricId: z.string(),
      outcome: metricOutcome,
      /** The ratio as a percentage, or null. */
      percent: z.number().nullable(),
      /** "92 % = home 4 h ÷ market 4.35 h, Jan 2027", or why there is no figure. */
      figure: z.string(),
      latestMarket: measurement.nullable(),
      latestHome: measurement.nullable(),
      trend: z.array(z.object({ periodStart: storedDate, periodEnd: storedDate, percent: z.number().nullable() })),
    }),
  ),
  index: z.object({ percent: z.number().nullable(), used: z.array(z.string()), missing: z.array(z.string()), figure: z.string() }),
  indexTrend: z.array(z.object({ periodStart: storedDate, periodEnd: storedDate, percent: z.number().nullable(), used: z.number().int() })),
  satisfaction: z.object({ metricId: z.string().nullable(), percent: z.number().nullable(), periodEnd: storedDate.nullable(), figure: z.string() }),
  satisfactionTrend: z.array(z.object({ periodStart: storedDate, periodEnd: storedDate, percent: z.number() })),
});
export type EntryEfficiencyView = z.infer<typeof entryEfficiencyView>;

export const comparisonRequest = z
  .object({
    /** null: the efficiency index; else one metric's ratio to home (or, for satisfaction, its value). */
    metricId: z.string().max(63, 'Choose a metric from the catalogue').nullable().default(null),
    includeArchived: z.boolean().default(false),
  })
  .strict();
export type ComparisonRequest = z.infer<typeof comparisonRequest>;

export const comparisonView = z.object({
  metricId: z.string().nullable(),
  title: z.string(),
  /** What the figures are: "ratio to home" (%) or the metric's own unit for satisfaction. */
  valueLabel: z.string(),
  target: z.number(),
  targetLabel: z.string(),
  generatedOn: storedDate,
  metrics: z.array(storedMetric),
  markets: z.array(
    z.object({
      entryId: z.string(),
      entryName: z.string(),
      targetCountry: z.string(),
      homeCountry: z.string(),
      startDate: storedDate,
      percent: z.number().nullable(),
      figure: z.string(),
      metricsUsed: z.number().int(),
      periodEnd: storedDate.nullable(),
    }),
  ),
  trend: z.object({
    xLabels: z.array(z.string()),
    series: z.array(z.object({ name: z.string(), points: z.array(z.object({ x: z.string(), y: z.number().nullable() })) })),
  }),
});
export type ComparisonView = z.infer<typeof comparisonView>;

export const efficiencyExportRequest = z
  .object({
    format: z.enum(['xlsx', 'pdf'], { error: 'Choose XLSX or PDF' }),
    metricId: comparisonRequest.shape.metricId,
    includeArchived: z.boolean().default(false),
  })
  .strict();
export type EfficiencyExportRequest = z.infer<typeof efficiencyExportRequest>;

