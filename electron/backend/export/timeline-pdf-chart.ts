/**
 * The Gantt drawing the timeline PDF and the leadership pack share: rows grouped into
 * workstream lanes, non-working days shaded, the date header, bars, milestones, baselines,
 * and the target and status-date lines, drawn into a box of the page.
 */
import { addDays, dayOfWeek, diffDays, displayMonth } from '../../../shared/domain/iso-date';
import type { TimelineExportModel, TimelineRow } from './timeline-model';
import { drawLine, fitLine } from './pdf-text';

export const DATE_HEADER_H = 26;
export const ROW_H = 15;
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
  risk: '#8a4b00',
};

export type DisplayRow = { kind: 'lane'; label: string } | { kind: 'task'; row: TimelineRow };

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

const LABEL_SIZE = 7.5;
const LANE_SIZE = 8;
const DAY_SIZE = 5.5;

/** The smallest type a fitted page uses: task names shrink with the rows; day numbers stay 5.5 pt. */
export function smallestType(scale: number): number {
  return Math.round(Math.min(DAY_SIZE, LABEL_SIZE * scale) * 10) / 10;
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
export function drawChart(doc: PDFKit.PDFDocument, model: TimelineExportModel, pageRows: DisplayRow[], box: ChartBox): void {
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
    const lineAt = (d: string, colour: string, label: string, labelRow = 0) => {
      if (!visible(d)) return;
      const lx = x(d) + g.dayW / 2;
      doc.moveTo(lx, chartTop).lineTo(lx, chartTop + chartH).lineWidth(1).dash(3, { space: 2 }).strokeColor(colour).stroke().undash();
      doc.font('bold').fontSize(6.5).fillColor(colour);
      // The label goes right of its line, or left of it where the chart ends first.
      const lw = doc.widthOfString(label);
      doc.text(label, lx + 2 + lw > chartX + chartW ? lx - 2 - lw : lx + 2, chartTop + 1 + labelRow * 9, { lineBreak: false });
    };
    lineAt(model.statusDate, COLOURS.status, 'Status date');
    lineAt(model.targetDate, COLOURS.target, 'Target');
    // The risk-adjusted dates, once risks carry schedule impact.
    if (model.risks && model.risks.scheduleRisks > 0) {
      if (model.risks.p80 !== model.risks.p50) lineAt(model.risks.p50, COLOURS.risk, 'P50', 1);
      lineAt(model.risks.p80, COLOURS.risk, model.risks.p80 === model.risks.p50 ? 'P50 = P80' : 'P80', 2);
    }
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
