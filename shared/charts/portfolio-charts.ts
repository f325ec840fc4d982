/**
 * ECharts option builders for leadership's portfolio: the tiles' sparklines and the
 * multi-market timeline. Pure; the renderer draws them on screen and the backend's
 * server-side SVG renderer draws the same options into the leadership PDF. Readable
 * without colour: health is written beside each bar, the target is a labelled diamond
 * and P80 a labelled triangle.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Health } from '../domain/portfolio-targets';
import { HEALTH_LABELS } from '../vocabulary/portfolio';
import { addDays, diffDays, displayDate } from '../domain/iso-date';
import { CHART_FONT } from './efficiency-charts';

/** ECharts rich text reserves braces and bars: a name holding them is shown with spaces instead. */
const plain = (t: string) => t.replace(/[{}|]/g, ' ');

export const HEALTH_COLOURS: Record<Health, string> = { on_track: '#2e7d4f', at_risk: '#a36a00', late: '#b42318' };

export interface SparklineInput {
  /** Oldest first; null where a snapshot had no figure. */
  values: (number | null)[];
  labels: string[];
  target: number;
  animation?: boolean;
}

/** A small line of a tile's figure over the snapshots, with the target as a dotted line. */
export function sparklineOption(input: SparklineInput): EChartsCoreOption {
  const have = input.values.filter((v): v is number => v !== null);
  const lo = Math.min(input.target, ...have);
  const hi = Math.max(input.target, ...have);
  const pad = Math.max(1, (hi - lo) * 0.15);
  return {
    animation: input.animation ?? false,
    aria: { enabled: true, label: { description: `Trend over ${input.values.length} snapshots` } },
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'category', show: false, data: input.labels, boundaryGap: false },
    yAxis: { type: 'value', show: false, min: lo - pad, max: hi + pad },
    series: [
      {
        type: 'line',
        data: input.values,
        connectNulls: true,
        symbol: 'circle',
        symbolSize: 4,
        lineStyle: { width: 1.5, color: '#2f5b8a' },
        itemStyle: { color: '#2f5b8a' },
        markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { type: 'dotted', color: '#5f6b7a', width: 1 }, data: [{ yAxis: input.target }] },
      },
    ],
  };
}

export interface TimelineMarket {
  name: string;
  startDate: string;
  targetDate: string;
  /** Ready on (actual) or the forecast finish; null without a scheduled plan. */
  finish: string | null;
  finishIsActual: boolean;
  p80: string | null;
  health: Health;
}

export interface MultiMarketTimelineInput {
  markets: TimelineMarket[];
  alignment: 'relative' | 'calendar';
  /** The portfolio's readiness target in days (drawn as a line in day-0 alignment). */
  targetDays: number;
  asOf: string;
  animation?: boolean;
  /** Type size for print (smaller than on screen). */
  fontSize?: number;
}

/**
 * One row per market: a bar from its start (day 0) to its forecast or readiness day, the
 * entry's target as a diamond and the risk-adjusted P80 as a triangle. Day-0 alignment puts
 * every start at 0 with the portfolio target as a dashed line; calendar alignment uses
 * dates with the as-of day as the dashed line (callers say which in the chart's caption).
 */
export function multiMarketTimelineOption(input: MultiMarketTimelineInput): EChartsCoreOption {
  const rel = input.alignment === 'relative';
  const fs = input.fontSize ?? 12;
  const rows = input.markets;
  // Calendar alignment counts days from a week before the earliest date shown, so the axis holds small numbers.
  const dates = rows.flatMap((m) => [m.startDate, m.targetDate, ...(m.finish ? [m.finish] : []), ...(m.p80 ? [m.p80] : [])]).concat(input.asOf);
  const origin = rel ? null : addDays(dates.reduce((a, b) => (a < b ? a : b)), -7);
  const pos = (m: TimelineMarket, d: string) => diffDays(origin ?? m.startDate, d);
  const base = (m: TimelineMarket) => (origin ? diffDays(origin, m.startDate) : 0);
  const all = rows.flatMap((m) => [pos(m, m.startDate), pos(m, m.targetDate), ...(m.finish ? [pos(m, m.finish)] : []), ...(m.p80 ? [pos(m, m.p80)] : [])]);
  const marker = origin ? diffDays(origin, input.asOf) : input.targetDays;
  all.push(marker);
  const min = 0;
  const far = Math.max(...all) + (rel ? 5 : 7);
  const label = (v: number) => (origin ? displayDate(addDays(origin, Math.round(v))) : `day ${Math.round(v)}`);
  // About six ticks, on whole weeks (calendar) or tens of days (day 0 … day N).
  const steps = origin ? [7, 14, 28, 56, 91, 182, 364] : [10, 20, 30, 60, 90, 180, 360];
  const interval = steps.find((st) => far / st <= 6) ?? steps.at(-1)!;
  const max = Math.ceil(far / interval) * interval;
  // Each market's forecast and health are written under its name (a bar may be too short to hold them).
  const what = (m: TimelineMarket) =>
    `${m.finish ? `${m.finishIsActual ? 'ready' : 'forecast'} ${rel ? `day ${diffDays(m.startDate, m.finish)}` : displayDate(m.finish)}` : 'no forecast'} · ${HEALTH_LABELS[m.health]}`;
  const nameWidth = Math.min(240, 16 + 0.6 * fs * Math.max(6, ...rows.map((m) => Math.max(m.name.length, what(m).length * 0.9))));
  const text = { fontFamily: CHART_FONT, fontSize: fs };
  return {
    animation: input.animation ?? true,
    aria: { enabled: true, decal: { show: false } },
    textStyle: text,
    legend: { top: 0, left: 0, itemGap: 24, textStyle: text, data: ['Start → forecast', 'Target', 'P80 (risk-adjusted)'] },
    tooltip: { trigger: 'item' },
    grid: { left: nameWidth, right: 40, top: 44, bottom: 30 },
    xAxis: {
      type: 'value',
      min,
      max,
      interval,
      axisLabel: { ...text, formatter: label },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((m) => m.name),
      axisLabel: {
        ...text,
        formatter: (_: string, i: number) => `{name|${plain(rows[i]!.name)}}\n{${rows[i]!.health}|${plain(what(rows[i]!))}}`,
        rich: {
          name: { ...text, fontWeight: 'bold', color: '#1f2933', align: 'right' },
          on_track: { ...text, fontSize: fs - 2, color: HEALTH_COLOURS.on_track, align: 'right' },
          at_risk: { ...text, fontSize: fs - 2, color: HEALTH_COLOURS.at_risk, align: 'right' },
          late: { ...text, fontSize: fs - 2, color: HEALTH_COLOURS.late, align: 'right' },
        },
      },
    },
    series: [
      { type: 'bar', name: 'offset', stack: 'span', silent: true, itemStyle: { color: 'transparent' }, data: rows.map((m) => base(m)), tooltip: { show: false } },
      {
        type: 'bar',
        name: 'Start → forecast',
        stack: 'span',
        barMaxWidth: 16,
        itemStyle: { color: '#3a6ea5' },
        data: rows.map((m) => ({ value: m.finish ? pos(m, m.finish) - base(m) : 0, itemStyle: { color: HEALTH_COLOURS[m.health] } })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#1f2933', width: 1.5 },
          label: { show: false },
          data: [{ xAxis: marker }],
        },
      },
      {
        type: 'scatter',
        name: 'Target',
        symbol: 'diamond',
        symbolSize: 12,
        itemStyle: { color: '#1f2933' },
        data: rows.map((m, i) => [pos(m, m.targetDate), i]),
        tooltip: { formatter: (p: { dataIndex: number }) => `${rows[p.dataIndex]!.name}: target ${displayDate(rows[p.dataIndex]!.targetDate)}` },
      },
      {
        type: 'scatter',
        name: 'P80 (risk-adjusted)',
        symbol: 'triangle',
        symbolSize: 11,
        itemStyle: { color: '#7a4fa3' },
        data: rows.flatMap((m, i) => (m.p80 ? [[pos(m, m.p80), i]] : [])),
      },
    ],
  };
}
