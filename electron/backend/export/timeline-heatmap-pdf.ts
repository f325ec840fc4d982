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
