/**
 * The leadership PDF's page geometry: page sizes, margins, type sizes and colours, the rows
 * as drawn (a lane heading before each workstream's tasks), and how the chart is spread over
 * pages when tiled or scaled onto one when fitted.
 */
import type { TimelineExportModel, TimelineRow } from './timeline-model';

export type PageSize = 'A4' | 'A3';

export const SIZES: Record<PageSize, { w: number; h: number; label: number; day: number }> = {
  A4: { w: 841.89, h: 595.28, label: 200, day: 9 },
  A3: { w: 1190.55, h: 841.89, label: 260, day: 10 },
};

export const M = 28;
export const HEADER_H = 74;
export const DATE_HEADER_H = 26;
export const ROW_H = 15;
export const FOOTER_H = 40;
export const COLOURS = {
  ink: '#1f2933',
  muted: '#5f6b7a',
  grid: '#e3e8ee',
  weekend: '#f1f3f6',
  holiday: '#fde9c8',
  shutdown: '#e8e0f5',
  lane: '#eef2f7',
  bar: '#3a6ea5',
  barDone: '#1f4e79',
  critical: '#b42318',
  criticalDone: '#7a1610',
  baseline: '#aab4c0',
  target: '#b42318',
  status: '#1f6f5c',
};

export type DisplayRow = { kind: 'lane'; label: string } | { kind: 'task'; row: TimelineRow };

/** How the chart is laid out on the page: tiled at day scale, or fitted onto one page. */
export type PdfLayout = 'tiled' | 'fit';

export function displayRows(model: TimelineExportModel): DisplayRow[] {
  const out: DisplayRow[] = [];
  let lane = '';
  for (const r of model.rows) {
    if (r.workstreamLabel !== lane) {
      lane = r.workstreamLabel;
      out.push({ kind: 'lane', label: lane });
    }
    out.push({ kind: 'task', row: r });
  }
  return out;
}

/**
 * Rows split into pages of at most `capacity` rows, balanced (no nearly empty last page).
 * A page that starts inside a workstream repeats its lane as "(continued)".
 */
export function paginateRows(rows: DisplayRow[], capacity: number): DisplayRow[][] {
  const cut = (limit: number): DisplayRow[][] => {
    const pages: DisplayRow[][] = [];
    let page: DisplayRow[] = [];
    let lane = '';
    for (const r of rows) {
      if (r.kind === 'lane') lane = r.label;
      // A lane heading never ends a page on its own.
      const room = r.kind === 'lane' ? limit - 1 : limit;
      if (page.length >= room) {
        pages.push(page);
        page = r.kind === 'task' ? [{ kind: 'lane', label: `${lane} (continued)` }] : [];
      }
      page.push(r);
    }
    if (page.length > 0 || pages.length === 0) pages.push(page);
    return pages;
  };
  const greedy = cut(capacity);
  if (greedy.length === 1) return greedy;
  // Same number of pages, rows spread evenly: lower the limit while the page count holds.
  let best = greedy;
  for (let limit = capacity - 1; limit >= Math.ceil(rows.length / greedy.length); limit--) {
    const pages = cut(limit);
    if (pages.length > greedy.length) break;
    best = pages;
  }
  return best;
}

export interface ChartGeometry {
  dayW: number;
  rowH: number;
  /** Type and marks scale with the rows (1 when tiled). */
  scale: number;
  /** First day offset and day count of each column of pages. */
  columns: { first: number; count: number }[];
  pages: DisplayRow[][];
}

export const LABEL_SIZE = 7.5;
export const LANE_SIZE = 8;
export const DAY_SIZE = 5.5;

/** The smallest type a fitted page uses: task names shrink with the rows; day numbers stay 5.5 pt. */
export function smallestType(scale: number): number {
  return Math.round(Math.min(DAY_SIZE, LABEL_SIZE * scale) * 10) / 10;
}

export function geometry(layout: PdfLayout, size: (typeof SIZES)[PageSize], rows: DisplayRow[], spanDays: number, chartTop: number): ChartGeometry {
  const chartW = size.w - M - (M + size.label);
  const chartH = size.h - M - FOOTER_H - chartTop;
  if (layout === 'fit') {
    const dayW = Math.min(size.day, chartW / spanDays);
    const scale = Math.min(1, chartH / (Math.max(rows.length, 1) * ROW_H));
    return { dayW, rowH: ROW_H * scale, scale, columns: [{ first: 0, count: spanDays }], pages: [rows] };
  }
  // Tiled: days may shrink to 80 % of their width to save a column of pages; columns share the days evenly.
  const maxDays = Math.max(7, Math.floor(chartW / (size.day * 0.8)));
  const colTiles = Math.max(1, Math.ceil(spanDays / maxDays));
  const perTile = Math.ceil(spanDays / colTiles);
  const dayW = Math.min(size.day, chartW / perTile);
  const columns = Array.from({ length: colTiles }, (_, i) => ({ first: i * perTile, count: Math.min(perTile, spanDays - i * perTile) }));
  const capacity = Math.max(4, Math.floor(chartH / ROW_H));
  return { dayW, rowH: ROW_H, scale: 1, columns, pages: paginateRows(rows, capacity) };
}
