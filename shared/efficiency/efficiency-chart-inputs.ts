/**
 * What each efficiency chart draws, from a view: the one input the screen and the PDF
 * page both hand to the option builders of shared/charts/efficiency-charts.ts, so the two
 * cannot draw different series.
 */
import { rankedBarsOption, trendOption, type RankedBarsInput, type TrendInput } from '../charts/efficiency-charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { ComparisonView, EntryEfficiencyView } from './efficiency-schema';
import { periodLabel } from './efficiency-figures';

export interface EntryCharts {
  ratios: RankedBarsInput;
  indexTrend: TrendInput;
  satisfactionTrend: TrendInput | null;
}

export function entryChartInputs(view: EntryEfficiencyView): EntryCharts {
  const name = (id: string) => view.metrics.find((m) => m.id === id)?.name ?? id;
  // Metrics nobody has measured yet stay in the table below the chart, not as empty bars.
  const measured = view.rows.filter((r) => r.percent !== null || r.latestMarket !== null || r.latestHome !== null);
  const labels = view.indexTrend.map((p) => periodLabel(p.periodStart, p.periodEnd));
  const sat = view.satisfaction.metricId;
  return {
    ratios: {
      title: 'Ratio to home by metric',
      bars: measured.map((r) => ({ name: name(r.metricId), value: r.percent })),
      target: view.targets.index,
      targetLabel: `Target ${view.targets.index} %`,
      unit: '%',
      homeLine: true,
    },
    indexTrend: {
      title: 'Efficiency index over time',
      xLabels: labels,
      series: [{ name: 'Efficiency index', points: view.indexTrend.map((p, i) => ({ x: labels[i]!, y: p.percent })) }],
      target: view.targets.index,
      targetLabel: `Target ${view.targets.index} %`,
      unit: '%',
    },
    satisfactionTrend:
      sat === null || view.satisfactionTrend.length === 0
        ? null
        : {
            title: `${name(sat)} over time`,
            xLabels: view.satisfactionTrend.map((p) => periodLabel(p.periodStart, p.periodEnd)),
            series: [{ name: name(sat), points: view.satisfactionTrend.map((p) => ({ x: periodLabel(p.periodStart, p.periodEnd), y: p.percent })) }],
            target: view.targets.satisfaction,
            targetLabel: `Target ${view.targets.satisfaction} %`,
            unit: '%',
          },
  };
}

export interface ComparisonCharts {
  ranked: RankedBarsInput;
  trend: TrendInput;
}

export function comparisonChartInputs(view: ComparisonView): ComparisonCharts {
  return {
    ranked: {
      title: view.title,
      bars: view.markets.map((m) => ({ name: m.entryName, value: m.percent })),
      target: view.target,
      targetLabel: view.targetLabel,
      unit: '%',
      homeLine: view.metricId === null || view.title.endsWith('ratio to home'),
    },
    trend: {
      title: 'Trend since each entry’s start',
      xLabels: view.trend.xLabels,
      series: view.trend.series,
      target: view.target,
      targetLabel: view.targetLabel,
      unit: '%',
    },
  };
}

/** The comparison's two charts as ECharts options (the screen animates; print does not). */
export function comparisonChartOptions(view: ComparisonView, animation = true): { ranked: EChartsCoreOption; trend: EChartsCoreOption } {
  const c = comparisonChartInputs(view);
  return { ranked: rankedBarsOption({ ...c.ranked, animation }), trend: trendOption({ ...c.trend, animation }) };
}
