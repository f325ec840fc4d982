/**
 * The leadership pack as a PDF (landscape A4): a portfolio page with the four target tiles
 * and the market table (continued on further pages when long), the multi-market timeline
 * drawn from the same ECharts option as the dashboard, then one page per market: its facts
 * and health, the readiness timeline fitted to the page (the timeline export's own
 * drawing), checklist status by workstream, risks (or "no risks recorded") and the
 * efficiency comparison against the home market, metric by metric. Every page's footer
 * carries the sign-off ledger's head hash and key fingerprint and the page number.
 */
import SVGtoPDF from 'svg-to-pdfkit';
import { HEALTH_LABELS, TARGET_LABELS } from '../../../shared/vocabulary/portfolio';
import { ITEM_STATUS_LABELS } from '../../../shared/vocabulary/checklist';
import { STATUS_LABELS } from '../../../shared/vocabulary/entry';
import { ITEM_STATUSES } from '../../../shared/checklist-schema';
import { expiringSoon, type Tile } from '../../../shared/domain/portfolio-targets';
import { multiMarketTimelineOption } from '../../../shared/charts/portfolio-charts';
import { rankedBarsOption } from '../../../shared/charts/efficiency-charts';
import { HEALTH_COLOURS } from '../../../shared/charts/portfolio-charts';
import type { MarketRow } from '../../../shared/portfolio-schema';
import { chartSvg } from './chart-svg';
import { createPdf } from './pdf-document';
import { drawLine, fitLine, wrapLines } from './pdf-text';
import { drawFittedTimeline } from './timeline-pdf';
import { ledgerText, type TimelineRisks } from './timeline-model';
import { drawMiniHeatmap, topRisks } from './timeline-heatmap-pdf';
import { fmt, forecastText, type LeadershipPackModel, type PackMarket } from './leadership-model';

const W = 841.89;
const H = 595.28;
const M = 28;
const INK = '#1f2933';
const MUTED = '#5f6b7a';
const LINE = '#d5dbe3';

type Doc = PDFKit.PDFDocument;

function svg(doc: Doc, markup: string, x: number, y: number, w: number, h: number): void {
  SVGtoPDF(doc, markup, x, y, { width: w, height: h, assumePt: true, fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'body') });
}

function title(doc: Doc, text: string, sub: string): number {
  drawLine(doc, fitLine(doc, text, W - 2 * M, { weight: 'bold', size: 15, color: INK }), M, M, { weight: 'bold', size: 15, color: INK });
  drawLine(doc, fitLine(doc, sub, W - 2 * M, { size: 8.5, color: MUTED }), M, M + 21, { size: 8.5, color: MUTED });
  return M + 40;
}

const TILE_KEYS = [
  ['readiness', 'readinessDays'],
  ['compliance', 'compliancePercent'],
  ['efficiency', 'efficiencyPercent'],
  ['satisfaction', 'satisfactionPercent'],
] as const;

function tileValue(t: Tile, days: boolean): string {
  if (t.value === null) return days ? 'no forecast yet' : 'no figure yet';
  return days ? fmt.days(Math.round(t.value)) : fmt.percent(t.value);
}

function drawTiles(doc: Doc, m: LeadershipPackModel, y: number): number {
  const gap = 10;
  const w = (W - 2 * M - 3 * gap) / 4;
  const h = 92;
  TILE_KEYS.forEach(([key, target], i) => {
    const t = m.tiles[key];
    const x = M + i * (w + gap);
    const days = key === 'readiness';
    doc.rect(x, y, w, h).lineWidth(0.8).strokeColor(LINE).stroke();
    drawLine(doc, fitLine(doc, TARGET_LABELS[target], w - 16, { weight: 'bold', size: 8.5, color: MUTED }), x + 8, y + 8, { weight: 'bold', size: 8.5, color: MUTED });
    const miss = t.missing.length > 0;
    drawLine(doc, tileValue(t, days), x + 8, y + 22, { weight: 'bold', size: 17, color: t.value === null ? MUTED : miss ? HEALTH_COLOURS.late : HEALTH_COLOURS.on_track });
    drawLine(doc, `Target ${days ? fmt.days(t.target) : fmt.percent(t.target)} · ${t.counted} of ${m.markets.length} markets with a figure`, x + 8, y + 45, { size: 7.5, color: INK });
    const missText = t.counted === 0 ? 'No market has a figure yet.' : miss ? `Missing: ${t.missing.map((x2) => `${x2.name} (${days ? fmt.days(Math.round(x2.value)) : fmt.percent(x2.value)})`).join(', ')}` : 'Every market meets the target.';
    wrapLines(doc, missText, w - 16, { size: 7, color: INK })
      .slice(0, 3)
      .forEach((line, j) => drawLine(doc, line, x + 8, y + 58 + j * 9, { size: 7, color: INK }));
  });
  return y + h + 14;
}

const COLUMNS: { head: string; w: number; cell: (r: MarketRow) => string }[] = [
  { head: 'Market', w: 92, cell: (r) => r.name },
  { head: 'Country', w: 58, cell: (r) => r.countryName },
  { head: 'Region', w: 42, cell: (r) => r.region },
  { head: 'Status', w: 38, cell: (r) => STATUS_LABELS[r.status] },
  { head: 'Health', w: 38, cell: (r) => HEALTH_LABELS[r.health] },
  { head: 'Ready %', w: 40, cell: (r) => fmt.percent(r.readinessPercent) },
  { head: 'Compl. %', w: 44, cell: (r) => fmt.percent(r.compliancePercent) },
  { head: 'Forecast', w: 56, cell: (r) => (r.readyOn ? `ready ${fmt.date(r.readyOn)}` : fmt.date(r.forecast)) },
  { head: 'Target', w: 56, cell: (r) => fmt.date(r.targetDate) },
  { head: 'P80', w: 44, cell: (r) => (r.p80 ? fmt.date(r.p80) : r.risks ? '—' : 'no risks') },
  { head: 'Slip (bus. d)', w: 48, cell: (r) => (r.baselineSlipDays === null ? 'no baseline' : r.baselineSlipDays === 0 ? 'none' : `${r.baselineSlipDays > 0 ? '+' : '−'}${Math.abs(r.baselineSlipDays)} bd`) },
  { head: 'In review', w: 40, cell: (r) => String(r.inReview) },
  { head: 'Overdue', w: 36, cell: (r) => String(r.overdue) },
  { head: 'Expiring', w: 36, cell: (r) => String(expiringSoon(r)) },
  { head: 'Crit/high', w: 36, cell: (r) => (r.risks ? `${r.risks.critical}/${r.risks.high}` : 'none') },
  { head: 'Effic. %', w: 40, cell: (r) => (r.efficiencyIndex === null ? 'none' : fmt.percent(100 * r.efficiencyIndex)) },
  { head: 'CSAT', w: 34, cell: (r) => (r.satisfaction === null ? 'none' : fmt.percent(r.satisfaction)) },
];

const ROW_H = 14;

function tableHead(doc: Doc, y: number): number {
  let x = M;
  doc.rect(M, y, W - 2 * M, ROW_H + 2).fill('#eef2f7');
  for (const c of COLUMNS) {
    drawLine(doc, fitLine(doc, c.head, c.w - 4, { weight: 'bold', size: 6.5, color: INK }), x + 2, y + 4, { weight: 'bold', size: 6.5, color: INK });
    x += c.w;
  }
  return y + ROW_H + 2;
}

function tableRow(doc: Doc, r: MarketRow, y: number): void {
  let x = M;
  for (const c of COLUMNS) {
    const style = { size: 6.8, color: c.head === 'Health' ? HEALTH_COLOURS[r.health] : INK, weight: c.head === 'Health' || c.head === 'Market' ? ('bold' as const) : ('body' as const) };
    drawLine(doc, fitLine(doc, c.cell(r), c.w - 4, style), x + 2, y + 3.5, style);
    x += c.w;
  }
  doc.moveTo(M, y + ROW_H).lineTo(W - M, y + ROW_H).lineWidth(0.3).strokeColor(LINE).stroke();
}

function portfolioPages(doc: Doc, m: LeadershipPackModel): void {
  doc.addPage();
  let y = title(doc, `Leadership pack — portfolio as of ${fmt.date(m.asOf)}`, `${m.markets.length} market${m.markets.length === 1 ? '' : 's'} · generated ${m.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Landfall · health is derived from forecast vs target, critical-path lateness, overdue sign-offs and risks above appetite`);
  y = drawTiles(doc, m, y);
  y = tableHead(doc, y);
  for (const p of m.markets) {
    if (y + ROW_H > H - M - 24) {
      doc.addPage();
      y = title(doc, `Leadership pack — portfolio as of ${fmt.date(m.asOf)} (continued)`, 'Market table, continued');
      y = tableHead(doc, y);
    }
    tableRow(doc, p.row, y);
    y += ROW_H;
  }
}

function timelinePage(doc: Doc, m: LeadershipPackModel): void {
  doc.addPage();
  const y = title(doc, 'Multi-market timeline — every entry from its day 0', `Bars run from each start to its forecast (or readiness day), coloured and labelled by health; ◆ the entry's target, ▲ the risk-adjusted P80; dashed line: the portfolio target of ${m.targets.readinessDays} days.`);
  const rows = m.markets.map((p) => p.row);
  const measured = rows.filter((r) => r.efficiencyIndex !== null);
  const chartH = Math.min(H - y - M - 30 - (measured.length ? 150 : 0), 70 + rows.length * 34);
  const option = multiMarketTimelineOption({
    markets: rows.map((r) => ({ name: r.name, startDate: r.startDate, targetDate: r.targetDate, finish: r.readyOn ?? r.forecast, finishIsActual: r.readyOn !== null, p80: r.p80, health: r.health })),
    alignment: 'relative',
    targetDays: m.targets.readinessDays,
    asOf: m.asOf,
    animation: false,
    fontSize: 9,
  });
  svg(doc, chartSvg(option, W - 2 * M, chartH), M, y, W - 2 * M, chartH);
  if (measured.length) {
    const bars = rankedBarsOption({
      title: 'Operational efficiency vs domestic',
      bars: rows.map((r) => ({ name: r.name, value: r.efficiencyIndex === null ? null : 100 * r.efficiencyIndex })),
      target: m.targets.efficiencyPercent,
      targetLabel: `target ${m.targets.efficiencyPercent} %`,
      unit: '%',
      homeLine: true,
      animation: false,
    });
    svg(doc, chartSvg(bars, W - 2 * M, 140), M, y + chartH + 6, W - 2 * M, 140);
  }
}

function box(doc: Doc, x: number, y: number, w: number, h: number, heading: string): void {
  doc.rect(x, y, w, h).lineWidth(0.8).strokeColor(LINE).stroke();
  drawLine(doc, heading, x + 8, y + 7, { weight: 'bold', size: 9, color: INK });
}

function marketPage(doc: Doc, m: LeadershipPackModel, p: PackMarket): void {
  doc.addPage();
  const r = p.row;
  let y = title(doc, `${r.name} — ${r.countryName}`, `${r.region} · ${STATUS_LABELS[r.status]} · start ${fmt.date(r.startDate)} · target ${fmt.date(r.targetDate)} (${r.targetDays} days) · as of ${fmt.date(m.asOf)}`);
  const health = `${HEALTH_LABELS[r.health]}${r.healthReasons.length ? `: ${r.healthReasons.join('; ')}` : ''}`;
  drawLine(doc, fitLine(doc, health, W - 2 * M, { weight: 'bold', size: 10, color: HEALTH_COLOURS[r.health] }), M, y, { weight: 'bold', size: 10, color: HEALTH_COLOURS[r.health] });
  y += 15;
  const facts = [
    `Readiness ${fmt.percent(r.readinessPercent)} (${r.signedOff} of ${r.applicable} items signed off)`,
    `Compliance ${fmt.percent(r.compliancePercent)} (${r.approvedInForce} of ${r.applicableInForce} requirements in force approved)`,
    `Forecast ${forecastText(r)}`,
    `P80 ${r.p80 ? fmt.date(r.p80) : r.risks ? 'no schedule impact recorded' : 'no risks recorded'}`,
    `Slip vs baseline ${fmt.slip(r.baselineSlipDays)}`,
  ];
  drawLine(doc, fitLine(doc, facts.slice(0, 3).join('   ·   '), W - 2 * M, { size: 7.5, color: INK }), M, y, { size: 7.5, color: INK });
  drawLine(doc, fitLine(doc, facts.slice(3).join('   ·   '), W - 2 * M, { size: 7.5, color: INK }), M, y + 11, { size: 7.5, color: INK });
  y += 24;
  // The readiness timeline, fitted into the upper part of the page.
  const timelineH = 240;
  drawFittedTimeline(doc, p.timeline, { x: M, y, w: W - 2 * M, h: timelineH, labelW: 170 });
  y += timelineH + 12;
  const bottomH = H - M - 24 - y;
  const gap = 10;
  const w1 = 330;
  const w2 = (W - 2 * M - w1 - 2 * gap) / 2;
  // Checklist status by workstream.
  box(doc, M, y, w1, bottomH, 'Checklist status by workstream');
  const statuses = ITEM_STATUSES.filter((s) => s !== 'not_applicable');
  const colW = (w1 - 16 - 110) / statuses.length;
  statuses.forEach((s, i) => drawLine(doc, fitLine(doc, ITEM_STATUS_LABELS[s], colW - 2, { weight: 'bold', size: 6.5, color: MUTED }), M + 8 + 110 + i * colW, y + 24, { weight: 'bold', size: 6.5, color: MUTED }));
  p.workstreams.forEach((ws, j) => {
    const ry = y + 38 + j * 14;
    drawLine(doc, fitLine(doc, ws.label, 106, { size: 7.5, color: INK }), M + 8, ry, { size: 7.5, color: INK });
    statuses.forEach((s, i) => drawLine(doc, String(ws.counts[s]), M + 8 + 110 + i * colW, ry, { size: 7.5, color: INK }));
  });
  drawLine(doc, `Awaiting sign-off ${r.inReview} · overdue items ${r.overdue} · sign-offs overdue ${r.overdueSignoffs} · conditions expiring within 30 days ${r.conditionsExpiring}`, M + 8, y + 38 + p.workstreams.length * 14 + 4, { size: 6.8, color: INK }, { width: w1 - 16 });
  // Risks.
  const x2 = M + w1 + gap;
  box(doc, x2, y, w2, bottomH, 'Risks');
  drawRiskBox(doc, r, p.timeline.risks, x2 + 8, y + 24, w2 - 16, bottomH - 32);
  // Efficiency.
  const x3 = x2 + w2 + gap;
  box(doc, x3, y, w2, bottomH, 'Efficiency and satisfaction');
  const measured = p.efficiency.metrics.filter((x): x is { name: string; percent: number } => x.percent !== null);
  const unmeasured = p.efficiency.metrics.length - measured.length;
  const effLines =
    r.metricsUsed === 0 && r.efficiencyIndex === null && r.satisfaction === null
      ? ['No measurements for this market yet.']
      : [
          `Index ${fmt.index(r.efficiencyIndex)} (target ${fmt.percent(m.targets.efficiencyPercent)})`,
          `Customer satisfaction ${r.satisfaction === null ? 'not measured' : fmt.percent(r.satisfaction)} (target ${fmt.percent(m.targets.satisfactionPercent)})`,
          ...measured.map((x) => `${x.name}: ${fmt.percent(x.percent)} of home`),
          ...(unmeasured > 0 ? [`${unmeasured} other metric${unmeasured === 1 ? ' has' : 's have'} no comparable figure yet`] : []),
        ];
  effLines.forEach((l, i) => drawLine(doc, fitLine(doc, l, w2 - 16, { size: 7.5, color: INK }), x3 + 8, y + 24 + i * 12, { size: 7.5, color: INK }));
}

export function leadershipPdf(m: LeadershipPackModel, fontsDir: string): Promise<Buffer> {
  const { doc, done } = createPdf(fontsDir, {
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: `Leadership pack — ${m.asOf}`, Author: 'Landfall', Subject: `Portfolio and ${m.markets.length} markets`, Creator: 'Landfall' },
  });
  portfolioPages(doc, m);
  timelinePage(doc, m);
  for (const p of m.markets) marketPage(doc, m, p);
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    drawLine(doc, fitLine(doc, ledgerText(m), W - 2 * M - 110, { size: 6.5, color: MUTED }), M, H - M - 8, { size: 6.5, color: MUTED });
    drawLine(doc, `Page ${i + 1} of ${range.count}`, W - M - 100, H - M - 8, { weight: 'bold', size: 7.5, color: INK }, { width: 100, align: 'right' });
  }
  doc.end();
  return done;
}

/** The market page's risk box: the counts, the risk-adjusted dates, a small heat map and the top risks. */
function drawRiskBox(doc: Doc, r: MarketRow, register: TimelineRisks | null, x: number, y: number, w: number, h: number): void {
  const text = { size: 7, color: INK };
  if (!r.risks || !register || register.cells.every((c) => c.titles.length === 0)) {
    ['No risks recorded for this market.', 'The heat map appears once the register holds risks.'].forEach((l, i) => drawLine(doc, fitLine(doc, l, w, text), x, y + i * 11, text));
    return;
  }
  const lines = [
    `Critical ${r.risks.critical} · high ${r.risks.high} · above appetite ${r.risks.aboveAppetite}`,
    `Acceptances expiring within 30 days: ${r.risks.acceptancesExpiring30d}`,
    register.scheduleRisks === 0 ? 'Risk-adjusted dates: no schedule impact recorded' : `Risk-adjusted P50 ${r.p50 ? fmt.date(r.p50) : '—'} · P80 ${r.p80 ? fmt.date(r.p80) : '—'}`,
  ];
  lines.forEach((l, i) => drawLine(doc, fitLine(doc, l, w, text), x, y + i * 10, text));
  const mapH = Math.min(80, h * 0.45);
  drawMiniHeatmap(doc, register, x, y + 34, w, mapH);
  const listTop = y + 34 + mapH + 6;
  const fits = Math.max(0, Math.floor((y + h - listTop - 10) / 9.5));
  drawLine(doc, 'Top risks', x, listTop, { weight: 'bold', size: 7, color: INK });
  topRisks(register, fits).forEach((t, i) => drawLine(doc, fitLine(doc, `• ${t.title} (${t.level})`, w, text), x, listTop + 10 + i * 9.5, text));
}
