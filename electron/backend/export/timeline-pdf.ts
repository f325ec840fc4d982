/**
 * The leadership PDF: a landscape readiness timeline with header facts, the Gantt by
 * workstream (milestones, critical path, non-working days shaded, target and status-date
 * lines), a legend and page numbers. Tiled: a chart too wide or too tall for one page is
 * spread over pages that share the days and rows evenly, each repeating the row labels,
 * the date header and (as "continued") the workstream it starts in; the chart stops above
 * the legend. Fitted: the whole chart on one page, days narrowed and rows scaled, with the
 * smallest type size stated in the footer. Text in any script is drawn by pdf-text.ts.
 * Where sign-offs exist the ledger's head hash is printed in the footer.
 */
import { createPdf } from './pdf-document';
import { diffDays, addDays, dayOfWeek, displayDate, displayMonth } from '../../../shared/domain/iso-date';
import { slipText, type TimelineExportModel, type TimelineRow } from './timeline-model';
import { drawLine, fitLine } from './pdf-text';

export type PageSize = 'A4' | 'A3';

export const SIZES: Record<PageSize, { w: number; h: number; label: number; day: number }> = {
  A4: { w: 841.89, h: 595.28, label: 200, day: 9 },
  A3: { w: 1190.55, h: 841.89, label: 260, day: 10 },
};

const M = 28;
const HEADER_H = 74;
const DATE_HEADER_H = 26;
const ROW_H = 15;
const FOOTER_H = 40;
const COLOURS = {
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

type DisplayRow = { kind: 'lane'; label: string } | { kind: 'task'; row: TimelineRow };

/** How the chart is laid out on the page: tiled at day scale, or fitted onto one page. */
export type PdfLayout = 'tiled' | 'fit';

function displayRows(model: TimelineExportModel): DisplayRow[] {
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

interface ChartGeometry {
  dayW: number;
  rowH: number;
  /** Type and marks scale with the rows (1 when tiled). */
  scale: number;
  /** First day offset and day count of each column of pages. */
  columns: { first: number; count: number }[];
  pages: DisplayRow[][];
}

const LABEL_SIZE = 7.5;
const LANE_SIZE = 8;
const DAY_SIZE = 5.5;

/** The smallest type a fitted page uses: task names shrink with the rows; day numbers stay 5.5 pt. */
export function smallestType(scale: number): number {
  return Math.round(Math.min(DAY_SIZE, LABEL_SIZE * scale) * 10) / 10;
}

function geometry(layout: PdfLayout, size: (typeof SIZES)[PageSize], rows: DisplayRow[], spanDays: number, chartTop: number): ChartGeometry {
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

export function timelinePdf(model: TimelineExportModel, opts: { pageSize: PageSize; fontsDir: string; layout?: PdfLayout }): Promise<Buffer> {
  const layout = opts.layout ?? 'tiled';
  const size = SIZES[opts.pageSize];
  const { doc, done } = createPdf(opts.fontsDir, {
    size: opts.pageSize,
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    info: { Title: `${model.entryName} — readiness timeline`, Author: 'Landfall', Subject: `Readiness timeline for ${model.market}`, Creator: 'Landfall' },
  });

  const rows = displayRows(model);
  const chartX = M + size.label;
  const chartW = size.w - M - chartX;
  const spanDays = diffDays(model.spanStart, model.spanEnd) + 1;
  const chartTop = M + HEADER_H + DATE_HEADER_H;
  const g = geometry(layout, size, rows, spanDays, chartTop);
  const totalPages = g.columns.length * g.pages.length;
  const k = g.scale;

  let page = 0;
  let rowsBefore = 0;
  for (const pageRows of g.pages) {
    const taskRows = pageRows.filter((r) => r.kind === 'task').length;
    for (const col of g.columns) {
      page++;
      doc.addPage();
      const firstDay = addDays(model.spanStart, col.first);
      const dayCount = col.count;
      drawHeader(doc, model, size.w);
      drawChart(doc, model, pageRows, {
        left: M,
        right: size.w - M,
        labelW: size.label,
        chartX,
        chartTop,
        chartW,
        dayW: g.dayW,
        rowH: g.rowH,
        scale: k,
        firstDay,
        dayCount,
      });

      const scaleNote = layout === 'fit' ? `fitted to one page, smallest type ${smallestType(k).toLocaleString('en-GB')} pt` : null;
      drawFooter(doc, model, size.w, size.h, page, totalPages, {
        rows: taskRows === 0 ? 'no tasks' : `tasks ${rowsBefore + 1}–${rowsBefore + taskRows} of ${model.rows.length}`,
        days: `${displayDate(firstDay)} – ${displayDate(addDays(firstDay, dayCount - 1))}`,
        scale: scaleNote,
      });
    }
    rowsBefore += taskRows;
  }
  doc.end();
  return done;
}


export interface ChartBox {
  /** Left and right edges of the rows (labels start at left). */
  left: number;
  right: number;
  labelW: number;
  chartX: number;
  chartTop: number;
  chartW: number;
  dayW: number;
  rowH: number;
  /** Type and marks scale (1 at day scale). */
  scale: number;
  firstDay: string;
  dayCount: number;
}

/** The Gantt for some rows and days into a box: shading, date header, lanes and labels, bars, milestones, target and status-date lines. */
function drawChart(doc: PDFKit.PDFDocument, model: TimelineExportModel, pageRows: DisplayRow[], box: ChartBox): void {
  const { chartX, chartTop, chartW, firstDay, dayCount } = box;
  const g = { dayW: box.dayW, rowH: box.rowH };
  const k = box.scale;
  const nonWorking = new Map(model.nonWorking.map((n) => [n.date, n]));
  const chartH = Math.max(pageRows.length, 1) * g.rowH;
  const x = (d: string) => chartX + diffDays(firstDay, d) * g.dayW;
  const visible = (d: string) => diffDays(firstDay, d) >= 0 && diffDays(firstDay, d) < dayCount;
    // Non-working days, shaded behind everything.
    for (let i = 0; i < dayCount; i++) {
      const d = addDays(firstDay, i);
      const nw = nonWorking.get(d);
      if (!nw) continue;
      doc.rect(chartX + i * g.dayW, chartTop, g.dayW, chartH).fill(nw.kind === 'holiday' ? COLOURS.holiday : nw.kind === 'shutdown' ? COLOURS.shutdown : COLOURS.weekend);
    }
    drawDateHeader(doc, firstDay, dayCount, chartX, chartTop - DATE_HEADER_H, g.dayW);
    // Lanes, labels, grid.
    pageRows.forEach((r, i) => {
      const y = chartTop + i * g.rowH;
      if (r.kind === 'lane') {
        doc.rect(box.left, y, box.right - box.left, g.rowH).fill(COLOURS.lane);
        drawLine(doc, r.label, box.left + 4, y + 3.5 * k, { weight: 'bold', size: LANE_SIZE * k, color: COLOURS.ink });
      } else {
        const style = { weight: r.row.isReadiness ? 'bold' : 'body', size: LABEL_SIZE * k, color: COLOURS.ink } as const;
        drawLine(doc, fitLine(doc, `${r.row.critical ? '● ' : ''}${r.row.title}`, box.labelW - 12, style), box.left + 8, y + 3.5 * k, style);
      }
      doc.moveTo(box.left, y + g.rowH).lineTo(box.right, y + g.rowH).lineWidth(0.3).strokeColor(COLOURS.grid).stroke();
    });
    if (!model.rows.some((r) => !r.milestone)) {
      drawLine(doc, 'This plan is empty: it has no tasks yet, only its milestones.', chartX + 8, chartTop + chartH + 8, { weight: 'bold', size: 10, color: COLOURS.muted });
    }
    // Bars and milestones, clipped to this page's days.
    doc.save();
    doc.rect(chartX, chartTop, chartW, chartH).clip();
    pageRows.forEach((r, i) => {
      if (r.kind !== 'task') return;
      const t = r.row;
      const y = chartTop + i * g.rowH;
      if (t.baselineStart && t.baselineFinish) {
        doc.rect(x(t.baselineStart), y + g.rowH - 4 * k, (diffDays(t.baselineStart, t.baselineFinish) + 1) * g.dayW, 2.5 * k).fill(COLOURS.baseline);
      }
      if (t.milestone) {
        const cx = x(t.finish) + g.dayW / 2;
        const cy = y + g.rowH / 2 - k;
        const r5 = 5 * k;
        doc.polygon([cx, cy - r5], [cx + r5, cy], [cx, cy + r5], [cx - r5, cy]).fill(t.critical ? COLOURS.critical : COLOURS.ink);
        return;
      }
      const bx = x(t.start);
      const bw = (diffDays(t.start, t.finish) + 1) * g.dayW;
      doc.rect(bx, y + 3 * k, bw, 8 * k).fill(t.critical ? COLOURS.critical : COLOURS.bar);
      if (t.percentComplete > 0) doc.rect(bx, y + 3 * k, (bw * t.percentComplete) / 100, 8 * k).fill(t.critical ? COLOURS.criticalDone : COLOURS.barDone);
    });
    // Target and status-date lines.
    const lineAt = (d: string, colour: string, label: string) => {
      if (!visible(d)) return;
      const lx = x(d) + g.dayW / 2;
      doc.moveTo(lx, chartTop).lineTo(lx, chartTop + chartH).lineWidth(1).dash(3, { space: 2 }).strokeColor(colour).stroke().undash();
      doc.font('bold').fontSize(6.5).fillColor(colour);
      // The label goes right of its line, or left of it where the chart ends first.
      const lw = doc.widthOfString(label);
      doc.text(label, lx + 2 + lw > chartX + chartW ? lx - 2 - lw : lx + 2, chartTop + 1, { lineBreak: false });
    };
    lineAt(model.statusDate, COLOURS.status, 'Status date');
    lineAt(model.targetDate, COLOURS.target, 'Target');
    doc.restore();
    doc.rect(chartX, chartTop, chartW, chartH).lineWidth(0.5).strokeColor(COLOURS.grid).stroke();

}

/**
 * The whole timeline fitted into a box of a page someone else lays out (the leadership
 * pack's market pages): the same drawing as the fit-to-one-page layout, days narrowed and
 * rows scaled to the box. Returns the smallest type size used.
 */
export function drawFittedTimeline(doc: PDFKit.PDFDocument, model: TimelineExportModel, area: { x: number; y: number; w: number; h: number; labelW: number }): number {
  const rows = displayRows(model);
  const spanDays = diffDays(model.spanStart, model.spanEnd) + 1;
  const chartX = area.x + area.labelW;
  const chartW = area.w - area.labelW;
  const chartTop = area.y + DATE_HEADER_H;
  const dayW = Math.min(9, chartW / spanDays);
  const scale = Math.min(1, (area.h - DATE_HEADER_H) / (Math.max(rows.length, 1) * ROW_H));
  drawChart(doc, model, rows, { left: area.x, right: area.x + area.w, labelW: area.labelW, chartX, chartTop, chartW, dayW, rowH: ROW_H * scale, scale, firstDay: model.spanStart, dayCount: spanDays });
  return smallestType(scale);
}

function drawHeader(doc: PDFKit.PDFDocument, m: TimelineExportModel, w: number) {
  const title = { weight: 'bold', size: 15, color: COLOURS.ink } as const;
  drawLine(doc, fitLine(doc, `Readiness timeline — ${m.entryName}`, w - 2 * M, title), M, M, title);
  const facts = [
    `Market: ${m.market}`,
    `Start: ${displayDate(m.projectStart)}`,
    `Target: ${displayDate(m.targetDate)}`,
    `Forecast: ${displayDate(m.forecastFinish)} (${slipText(m.businessDaysPastTarget)})`,
    `Readiness: ${m.readinessPercent.toLocaleString('en-GB', { maximumFractionDigits: 1 })} % of applicable items signed off`,
  ];
  const factStyle = { size: 8.5, color: COLOURS.ink };
  drawLine(doc, fitLine(doc, facts.join('   ·   '), w - 2 * M, factStyle), M, M + 24, factStyle);
  const more = [`Status date: ${displayDate(m.statusDate)}`];
  if (m.baselineName) more.push(`Baseline "${m.baselineName}": ${m.baselineSlipDays === null ? '—' : slipText(m.baselineSlipDays, 'the baseline')}`);
  if (!m.holidayData) more.push('No public-holiday data for this market: only weekends are shaded');
  const moreStyle = { size: 8.5, color: COLOURS.muted };
  drawLine(doc, fitLine(doc, more.join('   ·   '), w - 2 * M, moreStyle), M, M + 38, moreStyle);
  const holidays = m.nonWorking.filter((n) => n.kind !== 'weekend' && n.date >= m.projectStart && n.date <= (m.forecastFinish > m.targetDate ? m.forecastFinish : m.targetDate));
  if (holidays.length > 0) {
    const list = holidays.map((h) => `${h.name ?? 'Non-working day'} (${displayDate(h.date).replace(/ \d{4}$/, '')})`).join(', ');
    const listStyle = { size: 7.5, color: COLOURS.muted };
    drawLine(doc, fitLine(doc, `Public holidays and shutdown days in the plan: ${list}`, w - 2 * M, listStyle), M, M + 51, listStyle);
  }
}

function drawDateHeader(doc: PDFKit.PDFDocument, firstDay: string, count: number, x0: number, y0: number, dw: number) {
  let lastMonth = '';
  for (let i = 0; i < count; i++) {
    const d = addDays(firstDay, i);
    const mo = displayMonth(d);
    if (mo !== lastMonth) {
      lastMonth = mo;
      let daysInView = 0;
      while (i + daysInView < count && displayMonth(addDays(firstDay, i + daysInView)) === mo) daysInView++;
      doc.font('bold').fontSize(7);
      // A month with too few days on this page for its name stays unlabelled (its days still are).
      if (daysInView * dw >= doc.widthOfString(mo) + 4) doc.fillColor(COLOURS.ink).text(mo, x0 + i * dw + 2, y0 + 2, { lineBreak: false });
      doc.moveTo(x0 + i * dw, y0).lineTo(x0 + i * dw, y0 + 24).lineWidth(0.5).strokeColor(COLOURS.muted).stroke();
    }
    const day = Number(d.slice(8, 10));
    if (dw >= 9) {
      doc.font('body').fontSize(DAY_SIZE).fillColor(COLOURS.muted).text(String(day), x0 + i * dw, y0 + 15, { width: dw, align: 'center', lineBreak: false });
    } else if (dayOfWeek(d) === 1) {
      // Narrow days: Mondays only, written from the day's left edge (a box this narrow would wrap "15").
      doc.font('body').fontSize(DAY_SIZE).fillColor(COLOURS.muted).text(String(day), x0 + i * dw, y0 + 15, { lineBreak: false });
    }
  }
}

function drawFooter(doc: PDFKit.PDFDocument, m: TimelineExportModel, w: number, h: number, page: number, total: number, tile: { rows: string; days: string; scale: string | null }) {
  // The legend sits below the chart area: the chart never reaches into it.
  const y = h - M - FOOTER_H + 8;
  const items: [string, string, 'rect' | 'diamond' | 'thin' | 'line'][] = [
    ['Task', COLOURS.bar, 'rect'],
    ['Critical path (● in the label)', COLOURS.critical, 'rect'],
    ['Milestone', COLOURS.ink, 'diamond'],
    ['Baseline', COLOURS.baseline, 'thin'],
    ['Weekend', COLOURS.weekend, 'rect'],
    ['Public holiday', COLOURS.holiday, 'rect'],
    ['Shutdown', COLOURS.shutdown, 'rect'],
    ['Target', COLOURS.target, 'line'],
    ['Status date', COLOURS.status, 'line'],
  ];
  let lx = M;
  doc.font('body').fontSize(7);
  for (const [label, colour, shape] of items) {
    if (shape === 'rect') doc.rect(lx, y, 12, 7).fill(colour);
    else if (shape === 'thin') doc.rect(lx, y + 3, 12, 2.5).fill(colour);
    else if (shape === 'diamond') doc.polygon([lx + 6, y - 1], [lx + 10, y + 3.5], [lx + 6, y + 8], [lx + 2, y + 3.5]).fill(colour);
    else doc.moveTo(lx + 6, y - 1).lineTo(lx + 6, y + 8).lineWidth(1).dash(2, { space: 1.5 }).strokeColor(colour).stroke().undash();
    doc.fillColor(COLOURS.ink).text(label, lx + 15, y, { lineBreak: false });
    lx += 15 + doc.widthOfString(label) + 12;
  }
  const ledger = m.ledgerHeadHash ? `Sign-off ledger head: ${m.ledgerHeadHash}` : 'No sign-offs recorded';
  const facts = [ledger, `Generated ${m.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Landfall`, `${tile.days}, ${tile.rows}`, ...(tile.scale ? [tile.scale] : [])];
  const footStyle = { size: 6.5, color: COLOURS.muted };
  drawLine(doc, fitLine(doc, facts.join('   ·   '), w - 2 * M - 80, footStyle), M, y + 14, footStyle);
  doc.font('bold').fontSize(8).fillColor(COLOURS.ink).text(`Page ${page} of ${total}`, w - M - 80, y + 13, { width: 80, align: 'right', lineBreak: false });
}
