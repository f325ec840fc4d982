import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metricCatalogue, type MetricDefinition } from '../../shared/efficiency/metric-schema';
import { compareMetric, efficiencyIndex, type Measurement } from '../../shared/domain/efficiency-index';

const catalogue = metricCatalogue.parse(JSON.parse(fs.readFileSync('resources/metrics/default-metrics.json', 'utf8')));
const metric = (id: string): MetricDefinition => catalogue.metrics.find((m) => m.id === id)!;

function at(metricId: string, value: number, periodStart = '2027-01-01', periodEnd = '2027-01-31', extra: Partial<Measurement> = {}): Measurement {
  return { metricId, periodStart, periodEnd, value, currency: null, fxRate: null, fxCurrency: null, ...extra };
}

describe('efficiency index', () => {
  it('ships the ten default metrics with CSAT marked as satisfaction', () => {
    expect(catalogue.metrics).toHaveLength(10);
    expect(catalogue.metrics.filter((m) => m.satisfaction).map((m) => m.id)).toEqual(['csat']);
  });

  it('takes market ÷ home when higher is better and home ÷ market when lower is better', () => {
    // Tickets per agent-day: market 30, home 40 → 30 / 40 = 75 %.
    expect(compareMetric(metric('tickets_per_agent_day'), [at('tickets_per_agent_day', 40)], [at('tickets_per_agent_day', 30)])).toMatchObject({ kind: 'ratio', ratio: 0.75 });
    // First response: market 5 h, home 4 h → 4 / 5 = 80 %.
    expect(compareMetric(metric('first_response_time'), [at('first_response_time', 4)], [at('first_response_time', 5)])).toMatchObject({ kind: 'ratio', ratio: 0.8 });
  });

  it('caps a ratio at 200 % and says so', () => {
    const r = compareMetric(metric('first_response_time'), [at('first_response_time', 10)], [at('first_response_time', 2)]);
    expect(r).toMatchObject({ kind: 'ratio', ratio: 2, capped: true });
    expect(compareMetric(metric('change_failure_rate'), [at('change_failure_rate', 4)], [at('change_failure_rate', 0)])).toMatchObject({ ratio: 2, capped: true });
  });

  it('weights the metrics: (2 × 0.5 + 1 × 1.0) ÷ 3 = 66.7 %', () => {
    const metrics = [metric('cost_per_transaction'), metric('uptime')];
    const home = [at('cost_per_transaction', 2, undefined, undefined, { currency: 'EUR' }), at('uptime', 99.9)];
    const market = [at('cost_per_transaction', 4, undefined, undefined, { currency: 'EUR' }), at('uptime', 99.9)];
    const result = efficiencyIndex(metrics, home, market);
    expect(result.index).toBeCloseTo((2 * 0.5 + 1 * 1) / 3, 10);
    expect(result.used).toEqual(['cost_per_transaction', 'uptime']);
    expect(result.missing).toEqual([]);
  });

  it('shows "no baseline" for a metric home has not measured and leaves it out of the index', () => {
    const metrics = [metric('uptime'), metric('onboarding_time')];
    const result = efficiencyIndex(metrics, [at('uptime', 99.5)], [at('uptime', 99.5), at('onboarding_time', 12)]);
    expect(result.metrics[1]!.outcome).toEqual({ kind: 'no_baseline' });
    expect(result.index).toBe(1);
    expect(result.missing).toEqual(['onboarding_time']);
  });

  it('refuses a zero or negative baseline with a sentence', () => {
    const r = compareMetric(metric('uptime'), [at('uptime', 0)], [at('uptime', 98)]);
    expect(r.kind).toBe('refused');
    expect(r.kind === 'refused' && r.reason).toMatch(/Uptime: the home market's value for 2027-01-01 – 2027-01-31 is 0/);
  });

  it('compares the latest period both markets measured, or the period asked for', () => {
    const home = [at('uptime', 99, '2027-01-01', '2027-01-31'), at('uptime', 98, '2027-02-01', '2027-02-28'), at('uptime', 99.5, '2027-03-01', '2027-03-31')];
    const market = [at('uptime', 89.1, '2027-01-01', '2027-01-31'), at('uptime', 93.1, '2027-02-01', '2027-02-28')];
    expect(compareMetric(metric('uptime'), home, market)).toMatchObject({ ratio: 93.1 / 98, period: { start: '2027-02-01' } });
    const january = compareMetric(metric('uptime'), home, market, { start: '2027-01-01', end: '2027-01-31' });
    expect(january.kind === 'ratio' && january.ratio).toBeCloseTo(0.9, 10);
    expect(compareMetric(metric('uptime'), home, market, { start: '2027-03-01', end: '2027-03-31' })).toEqual({ kind: 'no_common_period' });
  });

  it('converts money with the rate recorded with the measurement, and refuses without one', () => {
    const home = [at('cost_per_transaction', 2, undefined, undefined, { currency: 'EUR' })];
    const noRate = compareMetric(metric('cost_per_transaction'), home, [at('cost_per_transaction', 200, undefined, undefined, { currency: 'INR' })]);
    expect(noRate.kind === 'refused' && noRate.reason).toMatch(/record the INR→EUR rate/);
    // 200 INR at 0.011 EUR per INR = 2.20 EUR; home 2 EUR, lower is better → 2 / 2.2 = 90.9 %.
    const withRate = compareMetric(metric('cost_per_transaction'), home, [at('cost_per_transaction', 200, undefined, undefined, { currency: 'INR', fxRate: 0.011, fxCurrency: 'EUR' })]);
    expect(withRate.kind === 'ratio' && withRate.ratio).toBeCloseTo(2 / 2.2, 10);
    expect(withRate.kind === 'ratio' && withRate.currencyNote).toMatch(/INR converted at 0.011 EUR per INR/);
  });

  it('combines several values in one period by the metric\'s aggregation', () => {
    const home = [at('uptime', 99), at('uptime', 97)];
    expect(compareMetric(metric('uptime'), home, [at('uptime', 98)])).toMatchObject({ ratio: 1, home: 98 });
  });
});
