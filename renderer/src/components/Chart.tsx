import { lazy, Suspense, type ReactNode } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import './chart.css';
import './table.css';

const EChartView = lazy(() => import('./EChartView'));

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[]; title?: string }[];
}

interface ChartProps {
  /** What the chart shows, in words (its accessible name). */
  label: string;
  option: EChartsCoreOption;
  height?: number;
  /** The chart's data as a table beside it: what a keyboard or screen-reader user reads. */
  table: ChartTable;
  testId?: string;
}

/**
 * The drawing alone (ECharts, loaded on first use), for a small chart whose figures are
 * already written beside it (a tile's sparkline); otherwise use Chart, which adds the table.
 */
export function ChartDrawing({ label, option, height, className }: { label: string; option: EChartsCoreOption; height: number; className?: string }) {
  return (
    <Suspense fallback={<div className={['chart-canvas chart-loading', className].filter(Boolean).join(' ')} style={{ height }} />}>
      <EChartView option={option} height={height} label={label} className={className} />
    </Suspense>
  );
}

/** A chart (ECharts, loaded on first use) with its data as a table beside it. */
export function Chart({ label, option, height = 280, table, testId }: ChartProps) {
  return (
    <figure className="chart" data-testid={testId}>
      <div className="chart-drawing">
        <ChartDrawing option={option} height={height} label={label} />
      </div>
      <div className="chart-table table-scroll" tabIndex={0} role="region" aria-label={`${table.caption} (table)`}>
        <table className="data-table">
          <caption className="chart-caption">{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="muted">
                  No figures yet.
                </td>
              </tr>
            ) : (
              table.rows.map((r) => (
                <tr key={r.key} title={r.title}>
                  {r.cells.map((c, i) => (i === 0 ? <th key={i} scope="row">{c}</th> : <td key={i}>{c}</td>))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
