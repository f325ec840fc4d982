/**
 * A pdfkit document with Landfall's embedded fonts and a promise of its bytes.
 * 'body' and 'bold' are DejaVu Sans (Latin, Cyrillic, Greek). The fonts for other
 * scripts are registered only when a document's text needs them (see pdf-text.ts):
 * Noto Sans Arabic, Hebrew, Devanagari and Thai (regular and bold) and Noto Sans CJK
 * (one regular face per document language: JP, KR or SC, from one collection file).
 * pdfkit embeds each font as a subset of the glyphs the document uses. Font files are
 * read once per process, not for every export.
 */
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { FontSlot } from '../../../shared/export/text-runs';

export type Weight = 'body' | 'bold';

interface FontSource {
  file: string;
  /** The face's PostScript name inside a collection (.ttc). */
  face?: string;
}

const CJK_FILE = 'NotoSansCJK-Regular.ttc';
export const FONT_SOURCES: Record<FontSlot, Record<Weight, FontSource>> = {
  latin: { body: { file: 'DejaVuSans.ttf' }, bold: { file: 'DejaVuSans-Bold.ttf' } },
  arabic: { body: { file: 'NotoSansArabic-Regular.ttf' }, bold: { file: 'NotoSansArabic-Bold.ttf' } },
  hebrew: { body: { file: 'NotoSansHebrew-Regular.ttf' }, bold: { file: 'NotoSansHebrew-Bold.ttf' } },
  devanagari: { body: { file: 'NotoSansDevanagari-Regular.ttf' }, bold: { file: 'NotoSansDevanagari-Bold.ttf' } },
  thai: { body: { file: 'NotoSansThai-Regular.ttf' }, bold: { file: 'NotoSansThai-Bold.ttf' } },
  // One CJK weight is shipped (the collection is 19 MB); bold CJK text uses the regular face.
  'cjk-jp': { body: { file: CJK_FILE, face: 'NotoSansCJKjp-Regular' }, bold: { file: CJK_FILE, face: 'NotoSansCJKjp-Regular' } },
  'cjk-kr': { body: { file: CJK_FILE, face: 'NotoSansCJKkr-Regular' }, bold: { file: CJK_FILE, face: 'NotoSansCJKkr-Regular' } },
  'cjk-sc': { body: { file: CJK_FILE, face: 'NotoSansCJKsc-Regular' }, bold: { file: CJK_FILE, face: 'NotoSansCJKsc-Regular' } },
};

const bytesCache = new Map<string, Buffer>();

function fontBytes(fontsDir: string, file: string): Buffer {
  const key = path.join(fontsDir, file);
  let bytes = bytesCache.get(key);
  if (!bytes) {
    bytes = fs.readFileSync(key);
    bytesCache.set(key, bytes);
  }
  return bytes;
}

/** pdfkit keeps the parsed (fontkit) face of the current font on `_font.font`; asking it which characters it has is all we use. */
interface FaceHolder {
  _font?: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } };
}

/** The fonts of one document: registered on first use. */
export class PdfFonts {
  private readonly registered = new Map<string, string>();
  private readonly coverage = new Map<string, boolean>();
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fontsDir: string,
  ) {
    this.registered.set('latin/body', 'body');
    this.registered.set('latin/bold', 'bold');
  }

  /** The registered font name for a script's font in a weight, registering it now if needed. */
  name(slot: FontSlot, weight: Weight): string {
    const key = `${slot}/${weight}`;
    let name = this.registered.get(key);
    if (!name) {
      const src = FONT_SOURCES[slot][weight];
      name = `${slot}-${weight}`;
      this.doc.registerFont(name, fontBytes(this.fontsDir, src.file), src.face);
      this.registered.set(key, name);
    }
    return name;
  }

  has(slot: FontSlot, codePoint: number): boolean {
    const key = `${slot}/${codePoint}`;
    const known = this.coverage.get(key);
    if (known !== undefined) return known;
    const current = (this.doc as unknown as FaceHolder)._font;
    this.doc.font(this.name(slot, 'body'));
    const check = (this.doc as unknown as FaceHolder)._font?.font?.hasGlyphForCodePoint;
    const has = check ? check.call((this.doc as unknown as FaceHolder)._font!.font, codePoint) : slot === 'latin';
    (this.doc as unknown as FaceHolder)._font = current;
    this.coverage.set(key, has);
    return has;
  }
}

const fontsOf = new WeakMap<PDFKit.PDFDocument, PdfFonts>();

export function pdfFonts(doc: PDFKit.PDFDocument): PdfFonts {
  const f = fontsOf.get(doc);
  if (!f) throw new Error('This document was not made by createPdf.');
  return f;
}

export function createPdf(fontsDir: string, options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  doc.registerFont('body', fontBytes(fontsDir, FONT_SOURCES.latin.body.file));
  doc.registerFont('bold', fontBytes(fontsDir, FONT_SOURCES.latin.bold.file));
  fontsOf.set(doc, new PdfFonts(doc, fontsDir));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
