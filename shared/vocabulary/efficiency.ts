/** The words for efficiency metrics, measurements and comparison outcomes, keyed by the schemas' enums. */
import type { METRIC_AGGREGATIONS, METRIC_DIRECTIONS } from '../efficiency/metric-schema';
import type { MetricOutcome } from '../domain/efficiency-index';

export const DIRECTION_LABELS = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
} as const satisfies Record<(typeof METRIC_DIRECTIONS)[number], string>;

/** How the ratio is taken for each direction, as the help and the hover texts say it. */
export const DIRECTION_FORMULAS = {
  higher_is_better: 'market ÷ home',
  lower_is_better: 'home ÷ market',
} as const satisfies Record<(typeof METRIC_DIRECTIONS)[number], string>;

export const AGGREGATION_LABELS = {
  mean: 'Mean of the values in a period',
  sum: 'Sum of the values in a period',
  latest: 'Latest value in a period',
} as const satisfies Record<(typeof METRIC_AGGREGATIONS)[number], string>;

/** What a metric without a ratio shows in place of a number. */
export const OUTCOME_LABELS = {
  ratio: 'ratio',
  no_baseline: 'no baseline',
  no_market_value: 'no market value yet',
  no_common_period: 'no common period',
  refused: 'cannot compare',
} as const satisfies Record<MetricOutcome['kind'], string>;

export const METRIC_FIELD_LABELS = {
  name: 'Name',
  unit: 'Unit',
  direction: 'Direction',
  weight: 'Weight',
  aggregation: 'Aggregation',
  money: 'Money metric',
  currency: 'Currency',
  satisfaction: 'Customer satisfaction measure',
  description: 'Description',
} as const;

export const MEASUREMENT_FIELD_LABELS = {
  metricId: 'Metric',
  market: 'Market',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  value: 'Value',
  currency: 'Currency',
  fxRate: 'Exchange rate',
  fxCurrency: 'Rate into currency',
  sourceNote: 'Source',
} as const;

/** The index formula, once: the Efficiency tab's help, the comparison, the PDF page and the XLSX say this. */
export const INDEX_FORMULA =
  'Per metric, ratio = market ÷ home when higher is better and home ÷ market when lower is better, both over the same period (the latest one both have measured), capped to 0–200 %. Index = Σ(weight × ratio) ÷ Σ(weight) over the metrics that have a ratio; home = 100 %. A metric without a home value shows "no baseline".';
