/**
 * The screen and the PDF page draw the same charts: both take their ECharts options from
 * the view through the same builders, and only animation differs.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparisonChartOptions, entryChartInputs } from '../../shared/efficiency/efficiency-chart-inputs';
import { comparison, entryEfficiency, periodLabel } from '../../shared/efficiency/efficiency-figures';
import type { StoredMeasurement, StoredMetric } from '../../shared/efficiency/efficiency-schema';
import { metricCatalogue } from '../../shared/efficiency/metric-schema';
import { efficiencyPdfOptions } from '../../electron/backend/export/efficiency-pdf';

const catalogue = metricCatalogue.parse(JSON.parse(fs.readFileSync('resources/metrics/default-metrics.json', 'utf8')));
const metrics: StoredMetric[] = catalogue.metrics.map((m) => ({ ...m, origin: 'builtin', catalogueVersion: '1.0.0', version: 1, updatedAt: '2027-01-01T00:00:00Z' }));

let n = 0;
function m(metricId: string, market: string, month: string, value: number): StoredMeasurement {
  const end = new Date(Date.UTC(2027, Number(month), 0)).toISOString().slice(0, 10);
  return { id: `m${n++}`, metricId, market, periodStart: `2027-${month}-01`, periodEnd: end, value, currency: null, fxRate: null, fxCurrency: null, sourceNote: '', recordedBy: 'T', osUser: 't', version: 1, createdAt: '', updatedAt: '' };
}

const de = { id: 'de', name: 'Germany launch', homeCountry: 'US', targetCountry: 'DE', startDate: '2027-01-10' };
const jp = { id: 'jp', name: '日本進出', homeCountry: 'US', targetCountry: 'JP', startDate: '2027-02-01' };
const home = [m('first_response_time', 'US', '01', 4), m('first_response_time', 'US', '02', 4), m('uptime', 'US', '02', 99.9)];
const view = comparison(
  null,
  metrics,
  [
    { entry: de, home, market: [m('first_response_time', 'de', '01', 5), m('first_response_time', 'de', '02', 4.4), m('uptime', 'de', '02', 99.1)] },
    { entry: jp, home, market: [m('first_response_time', 'jp', '02', 6)] },
  ],
  '2027-03-01',
);

/** Options as data: functions (label formatters) replaced by what they print for every bar. */
function asData(option: Record<string, unknown>, bars: number): unknown {
  return JSON.parse(
    JSON.stringify({ ...option, animation: undefined }, (_k, v: unknown) =>
      typeof v === 'function' ? Array.from({ length: bars }, (_, i) => (v as (p: { dataIndex: number }) => string)({ dataIndex: i })) : v,
    ),
  );
}

describe('efficiency charts: screen and print', () => {
  it('the PDF page and the screen build the same series from one comparison', () => {
    const screen = comparisonChartOptions(view);
    const pdf = efficiencyPdfOptions(view);
    expect(screen.ranked.animation).toBe(true);
    expect(pdf.ranked.animation).toBe(false);
    expect(asData(pdf.ranked as Record<string, unknown>, 2)).toEqual(asData(screen.ranked as Record<string, unknown>, 2));
    expect(asData(pdf.trend as Record<string, unknown>, 2)).toEqual(asData(screen.trend as Record<string, unknown>, 2));
    const series = (pdf.ranked as { series: { data: { value: number }[]; markLine: { label: { formatter: string } } }[] }).series[0]!;
    // Germany: (home 4 ÷ 4.4 + 99.1 ÷ 99.9) ÷ 2; Japan: 4 ÷ 6. Ranked best first, with the target line labelled.
    expect(series.data.map((d) => Math.round(d.value * 10) / 10)).toEqual([Math.round(((4 / 4.4 + 99.1 / 99.9) / 2) * 1000) / 10, 66.7]);
    expect(series.markLine.label.formatter).toBe('Target 85 %');
    const trend = (pdf.trend as { xAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] });
    expect(trend.xAxis.data).toEqual(['Month 1', 'Month 2']);
    expect(trend.series.map((s) => s.name)).toEqual(['Germany launch', '日本進出']);
    expect(trend.series[1]!.data).toEqual([expect.closeTo(66.67, 2), null]);
  });

  it('the entry tab charts come from the same view: ratios by metric, the index over time against 85 %', () => {
    const v = entryEfficiency(de, metrics, home, [m('first_response_time', 'de', '01', 5), m('first_response_time', 'de', '02', 4.4)]);
    const charts = entryChartInputs(v);
    expect(charts.ratios.bars.find((b) => b.name === 'First-response time')!.value).toBeCloseTo((4 / 4.4) * 100, 10);
    expect(charts.indexTrend.xLabels).toEqual([periodLabel('2027-01-01', '2027-01-31'), 'Feb 2027']);
    expect(charts.indexTrend.series[0]!.points.map((p) => p.y)).toEqual([80, expect.closeTo((4 / 4.4) * 100, 10)]);
    expect(charts.indexTrend).toMatchObject({ target: 85, targetLabel: 'Target 85 %' });
    expect(charts.satisfactionTrend).toBeNull();
  });
});
