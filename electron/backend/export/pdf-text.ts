/**
 * Text in any script on a pdfkit page. A line is split into runs (one font, one bidi
 * level each, in visual order: shared/export/text-runs.ts); each run is drawn in the
 * font its script needs, right-to-left runs shaped by the font (Arabic joins) and placed
 * by the bidi algorithm. A line holding right-to-left text is wrapped in an ActualText
 * span carrying the text as typed, so copying or extracting it gives the words in
 * their order and the letters unreversed.
 */
import { isRtlLevel, mirrorOf, visualRuns, visualText, type TextRun } from '../../../shared/export/text-runs';
import { pdfFonts, type Weight } from './pdf-document';

export interface TextStyle {
  weight?: Weight;
  size: number;
  color?: string;
}

/** DejaVu Sans's ascender (1901 of 2048 units), where pdfkit puts the baseline of text drawn at a top y. */
const DEJAVU_ASCENT = 1901 / 2048;

function latinAscent(size: number): number {
  return DEJAVU_ASCENT * size;
}

/** Scripts whose shaping moves or merges glyphs (Devanagari vowel signs, Thai marks): their glyphs alone do not copy back as typed. */
function needsActualText(run: TextRun): boolean {
  return run.slot === 'devanagari' || run.slot === 'thai';
}

function runsOf(doc: PDFKit.PDFDocument, line: string): TextRun[] {
  const fonts = pdfFonts(doc);
  return visualRuns(line, (slot, cp) => fonts.has(slot, cp));
}

function select(doc: PDFKit.PDFDocument, run: TextRun, style: TextStyle): void {
  doc.font(pdfFonts(doc).name(run.slot, style.weight ?? 'body')).fontSize(style.size);
}

/** The width of one line of text in a style. */
export function textWidth(doc: PDFKit.PDFDocument, line: string, style: TextStyle): number {
  let w = 0;
  for (const run of runsOf(doc, line)) {
    select(doc, run, style);
    w += doc.widthOfString(visualText(run));
  }
  return w;
}

/**
 * Draws one line (no wrapping) with its top at y. With `width`, `align` places it in
 * that box. Leaves doc.x and doc.y where they were.
 */
export function drawLine(doc: PDFKit.PDFDocument, line: string, x: number, y: number, style: TextStyle, opts: { width?: number; align?: 'left' | 'right' | 'center' } = {}): void {
  if (line === '') return;
  const runs = runsOf(doc, line);
  const widths = runs.map((r) => {
    select(doc, r, style);
    return doc.widthOfString(visualText(r));
  });
  const total = widths.reduce((a, b) => a + b, 0);
  let cx = x;
  if (opts.width !== undefined && opts.align === 'right') cx = x + opts.width - total;
  else if (opts.width !== undefined && opts.align === 'center') cx = x + (opts.width - total) / 2;
  const { x: keepX, y: keepY } = doc;
  // Every run on the Latin font's baseline (fonts differ in ascent: Noto's is taller than DejaVu's).
  const baseline = y + latinAscent(style.size);
  // Runs are placed left to right in visual order, but written to the page in logical
  // order (and right-to-left runs word by word, first word first), so text extraction
  // in content order (pdftotext -raw, copy in most viewers) gives the text as typed.
  const placed = runs.map((run, i) => {
    const at = cx;
    cx += widths[i]!;
    return { run, x: at, width: widths[i]! };
  });
  placed.sort((a, b) => a.run.start - b.run.start);
  for (const { run, x: rx, width } of placed) {
    select(doc, run, style);
    doc.fillColor(style.color ?? '#1f2933');
    if (isRtlLevel(run.level) && (run.slot === 'arabic' || run.slot === 'hebrew')) {
      drawRtlWords(doc, run.text, rx + width, baseline);
      continue;
    }
    const shown = visualText(run);
    const actual = needsActualText(run) || shown !== run.text;
    if (actual) doc.markContent('Span', { actual: run.text });
    doc.text(shown, rx, baseline, { lineBreak: false, baseline: 'alphabetic' });
    if (actual) doc.endMarkedContent();
  }
  doc.x = keepX;
  doc.y = keepY;
}

/**
 * A right-to-left run written word by word from its right edge leftwards: each word is
 * shaped (and laid out right to left) by the font, the spaces between words are gaps.
 * The run's font is already selected.
 */
function drawRtlWords(doc: PDFKit.PDFDocument, text: string, right: number, baseline: number): void {
  const space = doc.widthOfString(' ');
  let edge = right;
  for (const piece of text.split(/( +|[()[\]{}<>«»])/)) {
    if (piece === '') continue;
    if (piece.startsWith(' ')) {
      edge -= space * piece.length;
      continue;
    }
    // A bracket is drawn mirrored (an opening one faces left in right-to-left text) but copies as typed.
    const mirrored = piece.length === 1 ? mirrorOf(piece) : null;
    const shown = mirrored ?? piece;
    const w = doc.widthOfString(shown);
    edge -= w;
    if (mirrored) doc.markContent('Span', { actual: piece });
    doc.text(shown, edge, baseline, { lineBreak: false, baseline: 'alphabetic' });
    if (mirrored) doc.endMarkedContent();
  }
}

/** The text shortened with an ellipsis to fit the width (binary search: measuring is costly). */
export function fitLine(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): string {
  if (textWidth(doc, text, style) <= width) return text;
  const chars = [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(doc, `${chars.slice(0, mid).join('')}…`, style) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

const words = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Text broken into lines no wider than `width`: at explicit line breaks, then at word
 * boundaries (Intl.Segmenter, which knows Thai and CJK too), a word longer than a
 * line broken between characters.
 */
export function wrapLines(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const pieces = [...words.segment(paragraph)].map((s) => s.segment);
    let line = '';
    for (const piece of pieces) {
      const candidate = line + piece;
      if (line === '' || textWidth(doc, candidate.trimEnd(), style) <= width) {
        line = candidate;
        continue;
      }
      out.push(line.trimEnd());
      line = piece.trimStart();
      // A single piece wider than the line: cut it between characters.
      while (line !== '' && textWidth(doc, line, style) > width) {
        const chars = [...line];
        let n = chars.length - 1;
        while (n > 1 && textWidth(doc, chars.slice(0, n).join(''), style) > width) n--;
        out.push(chars.slice(0, n).join(''));
        line = chars.slice(n).join('');
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** The line height pdfkit would use for a size (DejaVu's ascent + descent + gap). */
export function lineHeight(doc: PDFKit.PDFDocument, style: TextStyle): number {
  doc.font(style.weight === 'bold' ? 'bold' : 'body').fontSize(style.size);
  return doc.currentLineHeight(true);
}

/**
 * Text flowing down the page from doc.y at x, wrapped to `width`; a line that would
 * cross the bottom margin starts a new page. Leaves doc.y under the last line.
 */
export function flowText(doc: PDFKit.PDFDocument, text: string, style: TextStyle, box: { x: number; width: number }): void {
  const lh = lineHeight(doc, style);
  for (const line of wrapLines(doc, text, box.width, style)) {
    if (doc.y + lh > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      doc.y = doc.page.margins.top;
    }
    drawLine(doc, line, box.x, doc.y, style);
    doc.y += lh;
  }
}
