/**
 * The leadership PDF: a landscape readiness timeline with header facts, the Gantt by
 * workstream (milestones, critical path, non-working days shaded, target and status-date
 * lines), a legend and page numbers. Tiled: a chart too wide or too tall for one page is
 * spread over pages that share the days and rows evenly, each repeating the row labels,
 * the date header and (as "continued") the workstream it starts in; the chart stops above
 * the legend. Fitted: the whole chart on one page, days narrowed and rows scaled, with the
 * smallest type size stated in the footer. Text in any script is drawn by pdf-text.ts.
 * Where sign-offs exist the ledger's head hash is printed in the footer. An entry with risks
 * gets the risk-adjusted P50 / P80 in the header and as lines on the chart, and its heat map on
 * a last page (timeline-heatmap-pdf.ts).
 */
import { createPdf } from './pdf-document';
import { diffDays, addDays, displayDate } from '../../../shared/domain/iso-date';
import { ledgerText, slipText, type TimelineExportModel } from './timeline-model';
import { drawLine, fitLine } from './pdf-text';
import { drawHeatmap } from './timeline-heatmap-pdf';
import { COLOURS, DATE_HEADER_H, displayRows, drawChart, ROW_H, smallestType, type DisplayRow } from './timeline-pdf-chart';

export { drawFittedTimeline, smallestType } from './timeline-pdf-chart';

export type PageSize = 'A4' | 'A3';

export const SIZES: Record<PageSize, { w: number; h: number; label: number; day: number }> = {
  A4: { w: 841.89, h: 595.28, label: 200, day: 9 },
  A3: { w: 1190.55, h: 841.89, label: 260, day: 10 },
};

const M = 28;
const HEADER_H = 74;
const FOOTER_H = 40;
/** How the chart is laid out on the page: tiled at day scale, or fitted onto one page. */
export type PdfLayout = 'tiled' | 'fit';

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
  const pageCount = totalPages + (model.risks ? 1 : 0);
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
      drawFooter(doc, model, size.w, size.h, page, pageCount, {
        rows: taskRows === 0 ? 'no tasks' : `tasks ${rowsBefore + 1}–${rowsBefore + taskRows} of ${model.rows.length}`,
        days: `${displayDate(firstDay)} – ${displayDate(addDays(firstDay, dayCount - 1))}`,
        scale: scaleNote,
      });
    }
    rowsBefore += taskRows;
  }
  if (model.risks) {
    doc.addPage();
    drawHeader(doc, model, size.w);
    drawHeatmap(doc, model.risks, M, M + HEADER_H, size.w - 2 * M, size.h - 2 * M - HEADER_H - 24);
    drawFooter(doc, model, size.w, size.h, pageCount, pageCount, { rows: 'risk heat map', days: 'current scores', scale: null });
  }
  doc.end();
  return done;
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
  if (m.risks) {
    more.push(
      m.risks.scheduleRisks > 0
        ? `Risk-adjusted: P50 ${displayDate(m.risks.p50)}, P80 ${displayDate(m.risks.p80)}, ${Math.round(m.risks.probabilityOnTarget * 100)} % chance of meeting the target`
        : 'Risk-adjusted: no open risk carries a schedule impact (P50 = P80 = forecast)',
    );
  }
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
  const ledger = ledgerText(m);
  const facts = [`Generated ${m.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Landfall`, `${tile.days}, ${tile.rows}`, ...(tile.scale ? [tile.scale] : [])];
  const footStyle = { size: 6.5, color: COLOURS.muted };
  drawLine(doc, fitLine(doc, facts.join('   ·   '), w - 2 * M - 80, footStyle), M, y + 14, footStyle);
  // The ledger on a line of its own: the head hash and key fingerprint are never cut short.
  drawLine(doc, fitLine(doc, ledger, w - 2 * M - 80, footStyle), M, y + 23, footStyle);
  doc.font('bold').fontSize(8).fillColor(COLOURS.ink).text(`Page ${page} of ${total}`, w - M - 80, y + 13, { width: 80, align: 'right', lineBreak: false });
}
