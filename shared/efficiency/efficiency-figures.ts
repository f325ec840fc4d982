/**
 * The figures of the efficiency views, computed from the catalogue and the stored
 * measurements with the pure index (shared/domain/efficiency-index.ts). The service only
 * loads rows and hands them here, so the tab, the comparison, the exports and the
 * leadership figures all say the same numbers.
 */
import { compareMetric, efficiencyIndex, type Measurement, type MetricOutcome, type Period } from '../domain/efficiency-index';
import { DEFAULT_TARGETS } from '../domain/portfolio-targets';
import { DIRECTION_FORMULAS, OUTCOME_LABELS } from '../vocabulary/efficiency';
import type { ComparisonView, EntryEfficiencyView, StoredMeasurement, StoredMetric } from './efficiency-schema';
import type { MetricDefinition } from './metric-schema';

export const EFFICIENCY_TARGETS = { index: DEFAULT_TARGETS.efficiencyPercent, satisfaction: DEFAULT_TARGETS.satisfactionPercent } as const;

export interface EntryFacts {
  id: string;
  name: string;
  homeCountry: string;
  targetCountry: string;
  startDate: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "Jan 2027" for a whole calendar month, "1 Jan – 31 Mar 2027" otherwise. */
export function periodLabel(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  if (sy === ey && sm === em && sd === 1 && ed === lastDayOfMonth(ey, em)) return `${MONTHS[sm - 1]} ${sy}`;
  const left = sy === ey ? `${sd} ${MONTHS[sm - 1]}` : `${sd} ${MONTHS[sm - 1]} ${sy}`;
  return `${left} – ${ed} ${MONTHS[em - 1]} ${ey}`;
}

const number = (v: number) => v.toLocaleString('en-GB', { maximumFractionDigits: 2 });
export const percentText = (p: number) => `${p.toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`;

const SHORT_UNITS: Record<string, string> = { hours: 'h', hour: 'h', days: 'd', day: 'd', minutes: 'min', '%': '%' };

/** A value with its unit, money with its currency: "4.35 h", "USD 3.2", "99.9 %". */
export function valueText(metric: Pick<MetricDefinition, 'unit' | 'money'>, value: number, currency: string | null = null): string {
  if (metric.money) return `${currency ?? ''} ${number(value)}`.trim();
  const unit = SHORT_UNITS[metric.unit] ?? metric.unit;
  return unit === '%' ? `${number(value)} %` : `${number(value)} ${unit}`;
}

/** What the figures read of a measurement (a stored one, or the lean rows the portfolio reads). */
export type FigureMeasurement = Pick<StoredMeasurement, 'metricId' | 'market' | 'periodStart' | 'periodEnd' | 'value' | 'currency' | 'fxRate' | 'fxCurrency'>;

export function toIndexMeasurement(m: FigureMeasurement): Measurement {
  return { metricId: m.metricId, periodStart: m.periodStart, periodEnd: m.periodEnd, value: m.value, currency: m.currency, fxRate: m.fxRate, fxCurrency: m.fxCurrency };
}

/** The inputs of a figure in words: "92 % = home 4 h ÷ market 4.35 h, Jan 2027", or why there is none. */
export function outcomeFigure(metric: MetricDefinition, outcome: MetricOutcome, homeCurrency: string | null = null): string {
  if (outcome.kind === 'refused') return outcome.reason;
  if (outcome.kind !== 'ratio') return `${metric.name}: ${OUTCOME_LABELS[outcome.kind]}`;
  const home = `home ${valueText(metric, outcome.home, homeCurrency)}`;
  const market = `market ${valueText(metric, outcome.market, homeCurrency)}`;
  const parts = metric.direction === 'higher_is_better' ? `${market} ÷ ${home}` : `${home} ÷ ${market}`;
  const capped = outcome.capped ? ' (capped at 200 %)' : '';
  const fx = outcome.currencyNote ? `; ${outcome.currencyNote}` : '';
  return `${percentText(outcome.ratio * 100)} = ${parts}, ${periodLabel(outcome.period.start, outcome.period.end)}${capped}${fx}`;
}

const byEnd = (a: { periodEnd: string; periodStart: string }, b: { periodEnd: string; periodStart: string }) =>
  a.periodEnd < b.periodEnd ? -1 : a.periodEnd > b.periodEnd ? 1 : a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0;

function periodsOf(list: readonly { periodStart: string; periodEnd: string }[]): Period[] {
  const seen = new Map<string, Period>();
  for (const m of [...list].sort(byEnd)) seen.set(`${m.periodStart}/${m.periodEnd}`, { start: m.periodStart, end: m.periodEnd });
  return [...seen.values()];
}

const latest = (list: StoredMeasurement[]) => (list.length ? [...list].sort(byEnd)[list.length - 1]! : null);

function satisfactionMetric(metrics: readonly StoredMetric[]): StoredMetric | null {
  return metrics.find((m) => m.satisfaction) ?? null;
}

/** The market's satisfaction values, one per period (aggregated as the metric says). */
function satisfactionSeries(metric: StoredMetric | null, market: readonly FigureMeasurement[]): { periodStart: string; periodEnd: string; percent: number }[] {
  if (!metric) return [];
  const own = market.filter((m) => m.metricId === metric.id);
  return periodsOf(own).map((p) => {
    const inPeriod = own.filter((m) => m.periodStart === p.start && m.periodEnd === p.end);
    const values = inPeriod.map((m) => m.value);
    const v = metric.aggregation === 'latest' ? values[values.length - 1]! : metric.aggregation === 'sum' ? values.reduce((a, b) => a + b, 0) : values.reduce((a, b) => a + b, 0) / values.length;
    return { periodStart: p.start, periodEnd: p.end, percent: v };
  });
}

function indexFigure(percent: number | null, used: string[], missing: string[], metrics: readonly StoredMetric[]): string {
  const name = (id: string) => metrics.find((m) => m.id === id)?.name ?? id;
  if (percent === null) return missing.length ? `No index yet: no metric has a ratio (${missing.map(name).join(', ')} missing)` : 'No index yet: no weighted metric in the catalogue';
  const weights = used.map((id) => metrics.find((m) => m.id === id)?.weight ?? 0).reduce((a, b) => a + b, 0);
  return `${percentText(percent)} = Σ(weight × ratio) ÷ ${number(weights)} over ${used.length} metric${used.length === 1 ? '' : 's'} (${used.map(name).join(', ')})${missing.length ? `; missing: ${missing.map(name).join(', ')}` : ''}`;
}

/** One entry against its home market: each metric, the index, satisfaction and their trends. */
export function entryEfficiency(entry: EntryFacts, metrics: StoredMetric[], home: StoredMeasurement[], market: StoredMeasurement[]): EntryEfficiencyView {
  const of = (list: StoredMeasurement[], id: string) => list.filter((m) => m.metricId === id).sort(byEnd);
  const idx = efficiencyIndex(metrics, home.map(toIndexMeasurement), market.map(toIndexMeasurement));
  const rows = metrics.map((metric) => {
    const h = of(home, metric.id);
    const mk = of(market, metric.id);
    const outcome = idx.metrics.find((r) => r.metric.id === metric.id)!.outcome;
    const homeCurrency = outcome.kind === 'ratio' ? (latest(h)?.currency ?? null) : null;
    return {
      metricId: metric.id,
      outcome,
      percent: outcome.kind === 'ratio' ? outcome.ratio * 100 : null,
      figure: outcomeFigure(metric, outcome, homeCurrency),
      latestMarket: latest(mk),
      latestHome: latest(h),
      trend: periodsOf(mk).map((p) => {
        const o = compareMetric(metric, h.map(toIndexMeasurement), mk.map(toIndexMeasurement), p);
        return { periodStart: p.start, periodEnd: p.end, percent: o.kind === 'ratio' ? o.ratio * 100 : null };
      }),
    };
  });
  const indexTrend = periodsOf(market).map((p) => {
    const r = efficiencyIndex(metrics, home.map(toIndexMeasurement), market.map(toIndexMeasurement), p);
    return { periodStart: p.start, periodEnd: p.end, percent: r.index === null ? null : r.index * 100, used: r.used.length };
  });
  const sat = satisfactionMetric(metrics);
  const satisfactionTrend = satisfactionSeries(sat, market);
  const lastSat = satisfactionTrend[satisfactionTrend.length - 1] ?? null;
  const percent = idx.index === null ? null : idx.index * 100;
  return {
    entryId: entry.id,
    entryName: entry.name,
    homeCountry: entry.homeCountry,
    targetCountry: entry.targetCountry,
    startDate: entry.startDate,
    targets: { ...EFFICIENCY_TARGETS },
    metrics,
    measurements: [...home, ...market].sort(byEnd),
    rows,
    index: { percent, used: idx.used, missing: idx.missing, figure: indexFigure(percent, idx.used, idx.missing, metrics) },
    indexTrend,
    satisfaction: {
      metricId: sat?.id ?? null,
      percent: lastSat?.percent ?? null,
      periodEnd: lastSat?.periodEnd ?? null,
      figure: sat && lastSat ? `${sat.name}: ${valueText(sat, lastSat.percent)}, ${periodLabel(lastSat.periodStart, lastSat.periodEnd)} (target ${EFFICIENCY_TARGETS.satisfaction} %)` : 'No customer-satisfaction measurement yet',
    },
    satisfactionTrend,
  };
}

/** What leadership reads per entry: the index (0 … 2), satisfaction (%) and how many metrics the index used. */
export interface PortfolioFigure {
  index: number | null;
  satisfaction: number | null;
  metricsUsed: number;
}

export function portfolioFigure(metrics: StoredMetric[], home: readonly FigureMeasurement[], market: readonly FigureMeasurement[]): PortfolioFigure {
  const idx = efficiencyIndex(metrics, home.map(toIndexMeasurement), market.map(toIndexMeasurement));
  const series = satisfactionSeries(satisfactionMetric(metrics), market);
  return { index: idx.index, satisfaction: series[series.length - 1]?.percent ?? null, metricsUsed: idx.used.length };
}

/** Month n since the entry's start: the start's own month is Month 1. */
export function monthSince(start: string, date: string): number {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [y, m] = date.split('-').map(Number) as [number, number];
  return (y - sy) * 12 + (m - sm) + 1;
}

export interface ComparisonInput {
  entry: EntryFacts;
  home: StoredMeasurement[];
  market: StoredMeasurement[];
}

/** Markets side by side on the index (metricId null) or on one metric, with each one's trend since its start. */
export function comparison(metricId: string | null, metrics: StoredMetric[], markets: ComparisonInput[], generatedOn: string): ComparisonView {
  const metric = metricId === null ? null : (metrics.find((m) => m.id === metricId) ?? null);
  const satisfaction = metric?.satisfaction === true;
  const target = satisfaction ? EFFICIENCY_TARGETS.satisfaction : EFFICIENCY_TARGETS.index;
  const rows = markets.map(({ entry, home, market }) => {
    const view = entryEfficiency(entry, metrics, home, market);
    let percent: number | null;
    let figure: string;
    let periodEnd: string | null;
    let points: { month: number; y: number | null }[];
    if (metric === null) {
      percent = view.index.percent;
      figure = view.index.figure;
      periodEnd = view.rows.map((r) => (r.outcome.kind === 'ratio' ? r.outcome.period.end : '')).sort().pop() || null;
      points = view.indexTrend.map((p) => ({ month: monthSince(entry.startDate, p.periodEnd), y: p.percent }));
    } else if (satisfaction) {
      percent = view.satisfaction.percent;
      figure = view.satisfaction.figure;
      periodEnd = view.satisfaction.periodEnd;
      points = view.satisfactionTrend.map((p) => ({ month: monthSince(entry.startDate, p.periodEnd), y: p.percent }));
    } else {
      const row = view.rows.find((r) => r.metricId === metric.id)!;
      percent = row.percent;
      figure = row.figure;
      periodEnd = row.outcome.kind === 'ratio' ? row.outcome.period.end : null;
      points = row.trend.map((p) => ({ month: monthSince(entry.startDate, p.periodEnd), y: p.percent }));
    }
    const byMonth = new Map<number, number | null>();
    for (const p of points) if (p.month >= 1) byMonth.set(p.month, p.y);
    return {
      row: {
        entryId: entry.id,
        entryName: entry.name,
        targetCountry: entry.targetCountry,
        homeCountry: entry.homeCountry,
        startDate: entry.startDate,
        percent,
        figure,
        metricsUsed: metric === null ? view.index.used.length : percent === null ? 0 : 1,
        periodEnd,
      },
      byMonth,
    };
  });
  const months = [...new Set(rows.flatMap((r) => [...r.byMonth.keys()]))].sort((a, b) => a - b);
  const label = (n: number) => `Month ${n}`;
  return {
    metricId: metric?.id ?? null,
    title: metric === null ? 'Efficiency index vs home' : satisfaction ? metric.name : `${metric.name}: ratio to home`,
    valueLabel: satisfaction ? metric.unit : `ratio to home (${metric ? DIRECTION_FORMULAS[metric.direction] : 'weighted mean of the metric ratios'})`,
    target,
    targetLabel: `Target ${target} %`,
    generatedOn,
    metrics,
    markets: rows.map((r) => r.row).sort((a, b) => (b.percent ?? -Infinity) - (a.percent ?? -Infinity) || a.entryName.localeCompare(b.entryName)),
    trend: {
      xLabels: months.map(label),
      series: rows.filter((r) => r.byMonth.size > 0).map((r) => ({ name: r.row.entryName, points: [...r.byMonth].map(([m, y]) => ({ x: label(m), y })) })),
    },
  };
}
