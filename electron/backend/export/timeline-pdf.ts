/**
 * The leadership PDF: a landscape readiness timeline with header facts, the Gantt by
 * workstream (milestones, critical path, non-working days shaded, target and status-date
 * lines), a legend and page numbers. A chart too wide or too tall for one page is tiled
 * across pages, each repeating the row labels and the date header. Where sign-offs exist
 * the ledger's head hash is printed in the footer.
 */
import { createPdf } from './pdf-document';
import { diffDays, addDays, dayOfWeek, displayDate, displayMonth } from '../../../shared/domain/iso-date';
import { slipText, type TimelineExportModel, type TimelineRow } from './timeline-model';

export type PageSize = 'A4' | 'A3';

const SIZES: Record<PageSize, { w: number; h: number; label: number; day: number }> = {
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

/** The text, shortened with an ellipsis to fit the width (binary search: measuring is costly). */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

export function timelinePdf(model: TimelineExportModel, opts: { pageSize: PageSize; fontsDir: string }): Promise<Buffer> {
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
  const daysPerPage = Math.max(7, Math.floor(chartW / size.day));
  const spanDays = diffDays(model.spanStart, model.spanEnd) + 1;
  const colTiles = Math.max(1, Math.ceil(spanDays / daysPerPage));
  const chartTop = M + HEADER_H + DATE_HEADER_H;
  const rowsPerPage = Math.max(4, Math.floor((size.h - chartTop - FOOTER_H - 6) / ROW_H));
  const rowTiles = Math.max(1, Math.ceil(rows.length / rowsPerPage));
  const totalPages = colTiles * rowTiles;
  const nonWorking = new Map(model.nonWorking.map((n) => [n.date, n]));

  let page = 0;
  for (let rt = 0; rt < rowTiles; rt++) {
    for (let ct = 0; ct < colTiles; ct++) {
      page++;
      doc.addPage();
      const firstDay = addDays(model.spanStart, ct * daysPerPage);
      const dayCount = Math.min(daysPerPage, spanDays - ct * daysPerPage);
      const pageRows = rows.slice(rt * rowsPerPage, (rt + 1) * rowsPerPage);
      const chartH = Math.max(pageRows.length, 1) * ROW_H;
      const x = (d: string) => chartX + diffDays(firstDay, d) * size.day;
      const visible = (d: string) => diffDays(firstDay, d) >= 0 && diffDays(firstDay, d) < dayCount;

      drawHeader(doc, model, size.w);
      // Non-working days, shaded behind everything.
      for (let i = 0; i < dayCount; i++) {
        const d = addDays(firstDay, i);
        const nw = nonWorking.get(d);
        if (!nw) continue;
        doc.rect(chartX + i * size.day, chartTop, size.day, chartH).fill(nw.kind === 'holiday' ? COLOURS.holiday : nw.kind === 'shutdown' ? COLOURS.shutdown : COLOURS.weekend);
      }
      drawDateHeader(doc, firstDay, dayCount, chartX, chartTop - DATE_HEADER_H, size.day);
      // Lanes, labels, grid.
      pageRows.forEach((r, i) => {
        const y = chartTop + i * ROW_H;
        if (r.kind === 'lane') {
          doc.rect(M, y, size.w - 2 * M, ROW_H).fill(COLOURS.lane);
          doc.font('bold').fontSize(8).fillColor(COLOURS.ink).text(r.label, M + 4, y + 4, { lineBreak: false });
        } else {
          const label = `${r.row.critical ? '● ' : ''}${r.row.title}`;
          doc.font(r.row.isReadiness ? 'bold' : 'body').fontSize(7.5).fillColor(COLOURS.ink);
          doc.text(fit(doc, label, size.label - 12), M + 8, y + 4, { lineBreak: false });
        }
        doc.moveTo(M, y + ROW_H).lineTo(size.w - M, y + ROW_H).lineWidth(0.3).strokeColor(COLOURS.grid).stroke();
      });
      if (!model.rows.some((r) => !r.milestone)) {
        doc.font('bold').fontSize(10).fillColor(COLOURS.muted).text('This plan is empty: it has no tasks yet, only its milestones.', chartX + 8, chartTop + chartH + 8, { lineBreak: false });
      }
      // Bars and milestones, clipped to this page's days.
      doc.save();
      doc.rect(chartX, chartTop, chartW, chartH).clip();
      pageRows.forEach((r, i) => {
        if (r.kind !== 'task') return;
        const t = r.row;
        const y = chartTop + i * ROW_H;
        if (t.baselineStart && t.baselineFinish) {
          doc.rect(x(t.baselineStart), y + ROW_H - 4, (diffDays(t.baselineStart, t.baselineFinish) + 1) * size.day, 2.5).fill(COLOURS.baseline);
        }
        if (t.milestone) {
          const cx = x(t.finish) + size.day / 2;
          const cy = y + ROW_H / 2 - 1;
          doc.polygon([cx, cy - 5], [cx + 5, cy], [cx, cy + 5], [cx - 5, cy]).fill(t.critical ? COLOURS.critical : COLOURS.ink);
          return;
        }
        const bx = x(t.start);
        const bw = (diffDays(t.start, t.finish) + 1) * size.day;
        doc.rect(bx, y + 3, bw, 8).fill(t.critical ? COLOURS.critical : COLOURS.bar);
        if (t.percentComplete > 0) doc.rect(bx, y + 3, (bw * t.percentComplete) / 100, 8).fill(t.critical ? COLOURS.criticalDone : COLOURS.barDone);
      });
      // Target and status-date lines.
      const lineAt = (d: string, colour: string, label: string) => {
        if (!visible(d)) return;
        const lx = x(d) + size.day / 2;
        doc.moveTo(lx, chartTop).lineTo(lx, chartTop + chartH).lineWidth(1).dash(3, { space: 2 }).strokeColor(colour).stroke().undash();
        doc.font('bold').fontSize(6.5).fillColor(colour).text(label, lx + 2, chartTop + 1, { lineBreak: false });
      };
      lineAt(model.statusDate, COLOURS.status, 'Status date');
      lineAt(model.targetDate, COLOURS.target, 'Target');
      doc.restore();
      doc.rect(chartX, chartTop, chartW, chartH).lineWidth(0.5).strokeColor(COLOURS.grid).stroke();

      drawFooter(doc, model, size.w, size.h, page, totalPages, {
        rows: pageRows.length === 0 ? 'no rows' : `rows ${rt * rowsPerPage + 1}–${rt * rowsPerPage + pageRows.length} of ${rows.length}`,
        days: `${displayDate(firstDay)} – ${displayDate(addDays(firstDay, dayCount - 1))}`,
      });
    }
  }
  doc.end();
  return done;
}

function drawHeader(doc: PDFKit.PDFDocument, m: TimelineExportModel, w: number) {
  doc.font('bold').fontSize(15).fillColor(COLOURS.ink).text(`Readiness timeline — ${m.entryName}`, M, M, { width: w - 2 * M, lineBreak: false });
  const facts = [
    `Market: ${m.market}`,
    `Start: ${displayDate(m.projectStart)}`,
    `Target: ${displayDate(m.targetDate)}`,
    `Forecast: ${displayDate(m.forecastFinish)} (${slipText(m.businessDaysPastTarget)})`,
    `Readiness: ${m.readinessPercent.toLocaleString('en-GB', { maximumFractionDigits: 1 })} % of applicable items signed off`,
  ];
  doc.font('body').fontSize(8.5).fillColor(COLOURS.ink).text(facts.join('   ·   '), M, M + 24, { width: w - 2 * M, lineBreak: false });
  const more = [`Status date: ${displayDate(m.statusDate)}`];
  if (m.baselineName) more.push(`Baseline "${m.baselineName}": ${m.baselineSlipDays === null ? '—' : slipText(m.baselineSlipDays, 'the baseline')}`);
  if (!m.holidayData) more.push('No public-holiday data for this market: only weekends are shaded');
  doc.fillColor(COLOURS.muted).text(more.join('   ·   '), M, M + 38, { width: w - 2 * M, lineBreak: false });
  const holidays = m.nonWorking.filter((n) => n.kind !== 'weekend' && n.date >= m.projectStart && n.date <= (m.forecastFinish > m.targetDate ? m.forecastFinish : m.targetDate));
  if (holidays.length > 0) {
    const list = holidays.map((h) => `${h.name ?? 'Non-working day'} (${displayDate(h.date).replace(/ \d{4}$/, '')})`).join(', ');
    doc.font('body').fontSize(7.5).fillColor(COLOURS.muted);
    doc.text(fit(doc, `Public holidays and shutdown days in the plan: ${list}`, w - 2 * M), M, M + 51, { width: w - 2 * M, lineBreak: false });
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
    if (dw >= 9 || dayOfWeek(d) === 1) {
      doc.font('body').fontSize(5.5).fillColor(COLOURS.muted).text(String(day), x0 + i * dw, y0 + 15, { width: dw, align: 'center', lineBreak: false });
    }
  }
}

function drawFooter(doc: PDFKit.PDFDocument, m: TimelineExportModel, w: number, h: number, page: number, total: number, tile: { rows: string; days: string }) {
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
  doc.fontSize(6.5).fillColor(COLOURS.muted).text(`${ledger}   ·   Generated ${m.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Landfall   ·   ${tile.days}, ${tile.rows}`, M, y + 14, {
    width: w - 2 * M - 80,
    lineBreak: false,
  });
  doc.font('bold').fontSize(8).fillColor(COLOURS.ink).text(`Page ${page} of ${total}`, w - M - 80, y + 13, { width: 80, align: 'right', lineBreak: false });
}
