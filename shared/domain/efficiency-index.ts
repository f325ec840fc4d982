/**
 * The efficiency index of a market against the home market. Anyone can recompute it:
 *
 *   per metric   ratio = market ÷ home   (higher is better)
 *                ratio = home ÷ market   (lower is better)
 *                capped to 0 … 200 %, both values taken over the same period
 *                (by default the latest period both markets have measured);
 *   overall      index = Σ(weight × ratio) ÷ Σ(weight) over the metrics that have a ratio;
 *   home         = 100 % by definition.
 *
 * A metric without a home measurement reports "no baseline", never a number; a zero or
 * negative baseline where a ratio needs it is refused with a sentence. Money values in two
 * currencies are compared with the rate recorded with the market's measurement.
 */
import type { MetricDefinition } from '../efficiency/metric-schema';
import type { IsoDate } from './iso-date';

export const RATIO_CAP = 2;

export interface Measurement {
  metricId: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  value: number;
  /** Money metrics only. */
  currency: string | null;
  /** Money metrics in another currency than home's: 1 unit of `currency` = `fxRate` units of `fxCurrency`. */
  fxRate: number | null;
  fxCurrency: string | null;
}

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

export type MetricOutcome =
  | { kind: 'ratio'; ratio: number; capped: boolean; market: number; home: number; period: Period; currencyNote: string | null }
  | { kind: 'no_baseline' }
  | { kind: 'no_market_value' }
  | { kind: 'no_common_period' }
  | { kind: 'refused'; reason: string };

export interface MetricComparison {
  metric: MetricDefinition;
  outcome: MetricOutcome;
}

export interface EfficiencyIndex {
  /** Weighted mean of the ratios (0 … 2), or null when no metric has one. */
  index: number | null;
  used: string[];
  missing: string[];
  metrics: MetricComparison[];
}

const periodKey = (m: Measurement) => `${m.periodStart}/${m.periodEnd}`;

function aggregate(metric: MetricDefinition, values: Measurement[]): Measurement {
  const last = values[values.length - 1]!;
  if (metric.aggregation === 'latest' || values.length === 1) return last;
  const sum = values.reduce((s, v) => s + v.value, 0);
  return { ...last, value: metric.aggregation === 'sum' ? sum : sum / values.length };
}

function byPeriod(metric: MetricDefinition, list: Measurement[]): Map<string, Measurement> {
  const groups = new Map<string, Measurement[]>();
  for (const m of list) {
    const k = periodKey(m);
    groups.set(k, [...(groups.get(k) ?? []), m]);
  }
  return new Map([...groups].map(([k, v]) => [k, aggregate(metric, v)]));
}

/** The market value in home's currency, or a sentence why it cannot be had. */
function inHomeCurrency(metric: MetricDefinition, market: Measurement, home: Measurement): { value: number; note: string | null } | string {
  if (!metric.money || market.currency === home.currency) return { value: market.value, note: null };
  if (market.fxRate === null || market.fxCurrency !== home.currency)
    return `${metric.name}: the market reports ${market.currency} and home ${home.currency}; record the ${market.currency}→${home.currency} rate with the measurement of ${market.periodStart} – ${market.periodEnd}`;
  return { value: market.value * market.fxRate, note: `${market.currency} converted at ${market.fxRate} ${home.currency} per ${market.currency} (rate recorded with the measurement)` };
}

export function compareMetric(metric: MetricDefinition, home: Measurement[], market: Measurement[], period?: Period): MetricOutcome {
  if (home.length === 0) return { kind: 'no_baseline' };
  if (market.length === 0) return { kind: 'no_market_value' };
  const h = byPeriod(metric, home);
  const m = byPeriod(metric, market);
  const common = [...m.keys()].filter((k) => h.has(k)).sort((a, b) => (a.split('/')[1]! < b.split('/')[1]! ? -1 : 1));
  const key = period ? `${period.start}/${period.end}` : common[common.length - 1];
  if (!key || !h.has(key) || !m.has(key)) return { kind: 'no_common_period' };
  const hv = h.get(key)!;
  const mv = m.get(key)!;
  const converted = inHomeCurrency(metric, mv, hv);
  if (typeof converted === 'string') return { kind: 'refused', reason: converted };
  const span = `${hv.periodStart} – ${hv.periodEnd}`;
  if (hv.value <= 0) return { kind: 'refused', reason: `${metric.name}: the home market's value for ${span} is ${hv.value}; a baseline must be above zero to take a ratio` };
  if (converted.value < 0) return { kind: 'refused', reason: `${metric.name}: the market's value for ${span} is negative; no ratio can be taken` };
  const raw = metric.direction === 'higher_is_better' ? converted.value / hv.value : converted.value === 0 ? Infinity : hv.value / converted.value;
  const ratio = Math.min(RATIO_CAP, Math.max(0, raw));
  return { kind: 'ratio', ratio, capped: raw > RATIO_CAP, market: converted.value, home: hv.value, period: { start: hv.periodStart, end: hv.periodEnd }, currencyNote: converted.note };
}

/** The index over a catalogue; measurements are grouped by metric id here. */
export function efficiencyIndex(metrics: MetricDefinition[], home: Measurement[], market: Measurement[], period?: Period): EfficiencyIndex {
  const of = (list: Measurement[], id: string) => list.filter((x) => x.metricId === id).sort((a, b) => (a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : 0));
  const results = metrics.map((metric) => ({ metric, outcome: compareMetric(metric, of(home, metric.id), of(market, metric.id), period) }));
  let weighted = 0;
  let weights = 0;
  const used: string[] = [];
  const missing: string[] = [];
  for (const r of results) {
    if (r.outcome.kind === 'ratio' && r.metric.weight > 0) {
      weighted += r.metric.weight * r.outcome.ratio;
      weights += r.metric.weight;
      used.push(r.metric.id);
    } else if (r.metric.weight > 0) missing.push(r.metric.id);
  }
  return { index: weights > 0 ? weighted / weights : null, used, missing, metrics: results };
}
