/**
 * Apache ECharts option builders for the efficiency views: one pure function per chart,
 * used by the renderer in the app and by the backend's server-side SVG renderer for PDFs,
 * so screen and print draw the same series. Readable without colour: every series has
 * its own marker shape, bars carry their value as a label, target lines are labelled,
 * and the aria decal patterns are on.
 */
import type { EChartsCoreOption } from 'echarts/core';

export const CHART_FONT = 'Inter, DejaVu Sans, sans-serif';
const MARKERS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'] as const;
const PALETTE = ['#2f5b8a', '#b3541e', '#2e7d4f', '#7a4fa3', '#8a6d1e', '#1e7a7a', '#a33b5b'];

export interface RankedBar {
  name: string;
  /** Percentage, or null for "no figure" (drawn as an empty bar labelled "no data"). */
  value: number | null;
}

export interface RankedBarsInput {
  title: string;
  bars: RankedBar[];
  target: number;
  targetLabel: string;
  unit: string;
  /** The home market's line at 100 %, where it helps reading. */
  homeLine?: boolean;
  animation?: boolean;
}

const fmt = (v: number, unit: string) => `${v.toLocaleString('en-GB', { maximumFractionDigits: 1 })}${unit === '%' ? ' %' : ` ${unit}`}`;

/** Room for the category labels left of a horizontal bar chart (ECharts 6 no longer measures it). */
function labelWidth(names: string[]): number {
  return Math.min(220, 16 + 7 * Math.max(4, ...names.map((n) => n.length)));
}

function targetLine(value: number, label: string, axis: 'x' | 'y') {
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { type: 'dashed', width: 2, color: '#222' },
    label: { formatter: label, position: axis === 'x' ? 'start' : 'end', fontFamily: CHART_FONT, fontSize: 11, color: '#222' },
    data: [axis === 'x' ? { xAxis: value } : { yAxis: value }],
  };
}

/** Markets ranked on one figure (best first), horizontal bars, with the target line. */
export function rankedBarsOption(input: RankedBarsInput): EChartsCoreOption {
  const rows = [...input.bars].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.name.localeCompare(b.name));
  const max = Math.max(input.target, 100, ...rows.map((r) => r.value ?? 0));
  const lines = [targetLine(input.target, input.targetLabel, 'x').data[0]!];
  return {
    animation: input.animation ?? true,
    aria: { enabled: true, decal: { show: true } },
    textStyle: { fontFamily: CHART_FONT },
    title: { text: input.title, left: 0, textStyle: { fontSize: 14, fontFamily: CHART_FONT } },
    grid: { left: labelWidth(rows.map((r) => r.name)), right: 64, top: 48, bottom: 28 },
    xAxis: { type: 'value', max: Math.ceil(max / 10) * 10, axisLabel: { formatter: `{value}${input.unit === '%' ? ' %' : ''}`, fontFamily: CHART_FONT } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { fontFamily: CHART_FONT } },
    series: [
      {
        type: 'bar',
        name: input.title,
        data: rows.map((r) => ({ value: r.value ?? 0, itemStyle: { color: r.value === null ? '#ddd' : r.value >= input.target ? PALETTE[2] : PALETTE[1] } })),
        label: { show: true, position: 'right', fontFamily: CHART_FONT, formatter: (p: { dataIndex: number }) => (rows[p.dataIndex]!.value === null ? 'no data' : fmt(rows[p.dataIndex]!.value!, input.unit)) },
        markLine: { ...targetLine(input.target, input.targetLabel, 'x'), data: input.homeLine ? [...lines, { xAxis: 100, label: { formatter: 'Home' }, lineStyle: { type: 'dotted' } }] : lines },
      },
    ],
  };
}

export interface TrendSeries {
  name: string;
  /** One point per period; x is the period label (e.g. "Month 1" or a date), y a percentage or a value. */
  points: { x: string; y: number | null }[];
}

export interface TrendInput {
  title: string;
  xLabels: string[];
  series: TrendSeries[];
  target: number | null;
  targetLabel: string;
  unit: string;
  animation?: boolean;
}

/** One line per market over time, each with its own marker, and the target as a labelled dashed line. */
export function trendOption(input: TrendInput): EChartsCoreOption {
  return {
    animation: input.animation ?? true,
    aria: { enabled: true, decal: { show: true } },
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT },
    title: { text: input.title, left: 0, textStyle: { fontSize: 14, fontFamily: CHART_FONT } },
    legend: { top: 32, left: 0, textStyle: { fontFamily: CHART_FONT } },
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 88, top: 80, bottom: 28 },
    xAxis: { type: 'category', data: input.xLabels, axisLabel: { fontFamily: CHART_FONT } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: `{value}${input.unit === '%' ? ' %' : ''}`, fontFamily: CHART_FONT } },
    series: input.series.map((s, i) => {
      const byX = new Map(s.points.map((p) => [p.x, p.y]));
      return {
        type: 'line',
        name: s.name,
        symbol: MARKERS[i % MARKERS.length],
        symbolSize: 8,
        connectNulls: true,
        lineStyle: { width: 2, type: i >= PALETTE.length ? 'dashed' : 'solid' },
        data: input.xLabels.map((x) => byX.get(x) ?? null),
        ...(i === 0 && input.target !== null ? { markLine: targetLine(input.target, input.targetLabel, 'y') } : {}),
      };
    }),
  };
}
