/** The timeline PDF's last page for an entry with risks: its heat map on the active matrix. */
import { drawLine, fitLine } from './pdf-text';
import type { TimelineRisks } from './timeline-model';

const INK = '#1f2933';
const MUTED = '#5f6b7a';
const GRID = '#e3e8ee';

/** The entry's heat map: the matrix grid, each cell with its level word, colour, count and risk titles. */
export function drawHeatmap(doc: PDFKit.PDFDocument, r: TimelineRisks, x0: number, y0: number, w: number, h: number) {
  const titleStyle = { weight: 'bold', size: 11, color: INK } as const;
  drawLine(doc, fitLine(doc, `Risk heat map — ${r.matrixName} (current scores; likelihood up, impact across)`, w, titleStyle), x0, y0, titleStyle);
  const axisW = 90;
  const axisH = 16;
  const top = y0 + 20;
  const cols = r.impact.length;
  const rows = r.likelihood.length;
  const cw = (w - axisW) / cols;
  const ch = Math.min(70, (h - 20 - axisH) / rows);
  const axis = { size: 7.5, color: MUTED };
  r.impact.forEach((label, i) => drawLine(doc, fitLine(doc, `${i + 1} · ${label}`, cw - 4, axis), x0 + axisW + i * cw + 2, top, axis));
  for (let li = rows; li >= 1; li--) {
    const y = top + axisH + (rows - li) * ch;
    drawLine(doc, fitLine(doc, `${li} · ${r.likelihood[li - 1]}`, axisW - 6, axis), x0, y + ch / 2 - 4, axis);
    for (let ii = 1; ii <= cols; ii++) {
      const cell = r.cells.find((c) => c.likelihood === li && c.impact === ii);
      const level = r.levels.find((l) => l.id === cell?.level);
      const cx = x0 + axisW + (ii - 1) * cw;
      doc.rect(cx + 1, y + 1, cw - 2, ch - 2).fillOpacity(0.12).fill(level?.colour ?? GRID).fillOpacity(1);
      doc.rect(cx + 1, y + 1, cw - 2, ch - 2).lineWidth(1.2).strokeColor(level?.colour ?? GRID).stroke();
      const head = { weight: 'bold', size: 7, color: level?.colour ?? INK } as const;
      const n = cell?.titles.length ?? 0;
      drawLine(doc, `${(level?.label ?? '').toUpperCase()}${n ? ` · ${n}` : ''}`, cx + 4, y + 4, head);
      const item = { size: 6.5, color: INK };
      const fits = Math.max(0, Math.floor((ch - 16) / 8.5));
      (cell?.titles ?? []).slice(0, fits).forEach((t, k) => {
        const more = k === fits - 1 && n > fits ? ` (+${n - fits} more)` : '';
        drawLine(doc, fitLine(doc, `${t}${more}`, cw - 8, item), cx + 4, y + 14 + k * 8.5, item);
      });
    }
  }
}

/** The risks in order of concern: the cell's level (the matrix lists levels from lowest to highest), then likelihood × impact. */
export function topRisks(r: TimelineRisks, count: number): { title: string; level: string }[] {
  const rank = (id: string) => r.levels.findIndex((l) => l.id === id);
  return [...r.cells]
    .sort((a, b) => rank(b.level) - rank(a.level) || b.likelihood * b.impact - a.likelihood * a.impact)
    .flatMap((c) => c.titles.map((title) => ({ title, level: r.levels.find((l) => l.id === c.level)?.label ?? c.level })))
    .slice(0, count);
}

/** A small heat map for a summary page: each cell in its level's colour with its count (the full map, with titles, is drawHeatmap). */
export function drawMiniHeatmap(doc: PDFKit.PDFDocument, r: TimelineRisks, x0: number, y0: number, w: number, h: number) {
  const axis = { size: 6, color: MUTED };
  drawLine(doc, fitLine(doc, 'Likelihood ↑ · impact → (current scores)', w, axis), x0, y0, axis);
  const rows = r.likelihood.length;
  const cols = r.impact.length;
  const size = Math.min((w - 12) / cols, (h - 10) / rows);
  const top = y0 + 9;
  for (let li = rows; li >= 1; li--) {
    const y = top + (rows - li) * size;
    drawLine(doc, String(li), x0, y + size / 2 - 3, axis);
    for (let ii = 1; ii <= cols; ii++) {
      const cell = r.cells.find((c) => c.likelihood === li && c.impact === ii);
      const colour = r.levels.find((l) => l.id === cell?.level)?.colour ?? GRID;
      const cx = x0 + 10 + (ii - 1) * size;
      const n = cell?.titles.length ?? 0;
      doc.rect(cx + 0.5, y + 0.5, size - 1, size - 1).fillOpacity(n ? 0.45 : 0.12).fill(colour).fillOpacity(1);
      if (n) doc.font('bold').fontSize(6.5).fillColor(INK).text(String(n), cx, y + size / 2 - 3.5, { width: size, align: 'center', lineBreak: false });
    }
  }
}
