/**
 * The efficiency comparison as one PDF page: markets ranked with the target line, the
 * trend since each entry's start, and each market's figure with its inputs. The charts
 * are the screen's (shared option builders, drawn to SVG by ECharts on the Node side and
 * placed with svg-to-pdfkit). `efficiencyPdfPage` draws on the document's current page,
 * so the leadership pack can put the same page in its own document.
 */
import SVGtoPDF from 'svg-to-pdfkit';
import type { ComparisonView } from '../../../shared/efficiency/efficiency-schema';
import { comparisonChartOptions } from '../../../shared/efficiency/efficiency-chart-inputs';
import { percentText } from '../../../shared/efficiency/efficiency-figures';
import { displayDate } from '../../../shared/domain/iso-date';
import { INDEX_FORMULA } from '../../../shared/vocabulary/efficiency';
import { chartSvg } from './chart-svg';
import { createPdf, pdfFonts, type PdfFonts } from './pdf-document';
import { drawLine, fitLine, flowText, lineHeight, wrapLines } from './pdf-text';

const INK = '#1f2933';

/** svg-to-pdfkit sizes a drawing by its root width and height; without them the viewBox is fitted to the box asked for. */
const scalable = (svg: string) => svg.replace(/^<svg width="[\d.]+" height="[\d.]+"/, '<svg');
const MUTED = '#5f6b7a';

/** The two charts exactly as the page draws them (for tests: the screen builds the same ones). */
export function efficiencyPdfOptions(data: ComparisonView) {
  return comparisonChartOptions(data, false);
}

/**
 * Draws the comparison on the current page of `doc` (landscape A4 or larger, margins as
 * the document set them). `fonts` is the document's font set (pdfFonts(doc)).
 */
export function efficiencyPdfPage(doc: PDFKit.PDFDocument, data: ComparisonView, fonts: PdfFonts): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const box = { x: left, width };
  doc.y = doc.page.margins.top;
  flowText(doc, `Efficiency vs home — ${data.title}`, { weight: 'bold', size: 15, color: INK }, box);
  doc.y += 2;
  flowText(doc, `Generated ${displayDate(data.generatedOn)} by Landfall · ${data.markets.length} market${data.markets.length === 1 ? '' : 's'} · figures are ${data.valueLabel} · ${data.targetLabel.toLowerCase()}`, { size: 9, color: INK }, box);
  flowText(doc, INDEX_FORMULA, { size: 7.5, color: MUTED }, box);
  doc.y += 6;

  const options = efficiencyPdfOptions(data);
  const gap = 16;
  const chartW = (width - gap) / 2;
  const chartH = 260;
  // Drawn larger and placed smaller, so chart type (12 px in ECharts) prints near 9 pt.
  const scale = 1.35;
  const top = doc.y;
  const font = (_family: string, bold: boolean) => fonts.name('latin', bold ? 'bold' : 'body');
  SVGtoPDF(doc, scalable(chartSvg(options.ranked, Math.round(chartW * scale), Math.round(chartH * scale))), left, top, { width: chartW, height: chartH, fontCallback: font, assumePt: true });
  SVGtoPDF(doc, scalable(chartSvg(options.trend, Math.round(chartW * scale), Math.round(chartH * scale))), left + chartW + gap, top, { width: chartW, height: chartH, fontCallback: font, assumePt: true });
  doc.y = top + chartH + 10;

  // The figures as a table, with the inputs of each (as the screen's hover shows them).
  const cols = { rank: 22, market: 170, figure: 62 };
  const inputsX = left + cols.rank + cols.market + cols.figure;
  const inputsW = width - (inputsX - left);
  const head = { weight: 'bold' as const, size: 8, color: INK };
  const body = { size: 8, color: INK };
  const lh = lineHeight(doc, body);
  drawLine(doc, '#', left, doc.y, head);
  drawLine(doc, 'Market', left + cols.rank, doc.y, head);
  drawLine(doc, 'Figure', left + cols.rank + cols.market, doc.y, head);
  drawLine(doc, 'Inputs (figure = …)', inputsX, doc.y, head);
  doc.y += lh + 2;
  doc.moveTo(left, doc.y - 1).lineTo(left + width, doc.y - 1).lineWidth(0.5).strokeColor('#c5ccd4').stroke();
  const bottom = doc.page.height - doc.page.margins.bottom - lh;
  let shown = 0;
  for (const [i, m] of data.markets.entries()) {
    const lines = wrapLines(doc, m.figure, inputsW, { size: 7 }).slice(0, 2);
    if (doc.y + lines.length * lh > bottom) break;
    drawLine(doc, String(i + 1), left, doc.y, body);
    drawLine(doc, fitLine(doc, m.entryName, cols.market - 6, body), left + cols.rank, doc.y, body);
    drawLine(doc, m.percent === null ? 'no figure' : percentText(m.percent), left + cols.rank + cols.market, doc.y, { ...body, weight: 'bold' });
    lines.forEach((l, n) => drawLine(doc, l, inputsX, doc.y + n * lh, { size: 7, color: MUTED }));
    doc.y += Math.max(1, lines.length) * lh + 2;
    shown++;
  }
  if (data.markets.length === 0) drawLine(doc, 'No market entries to compare yet.', left, doc.y, { ...body, color: MUTED });
  else if (shown < data.markets.length) drawLine(doc, `… and ${data.markets.length - shown} more markets: see the XLSX export.`, left, doc.y, { ...body, color: MUTED });
}

/** A document holding just the comparison page. */
export function efficiencyPdf(data: ComparisonView, fontsDir: string, createdAt: Date): Promise<Buffer> {
  const { doc, done } = createPdf(fontsDir, {
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: { Title: `Landfall — ${data.title}`, Author: 'Landfall', Creator: 'Landfall', CreationDate: createdAt },
  });
  efficiencyPdfPage(doc, data, pdfFonts(doc));
  doc.end();
  return done;
}
