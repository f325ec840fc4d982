/**
 * A pdfkit document with Landfall's embedded fonts ('body' and 'bold': DejaVu Sans, which
 * covers Latin, Cyrillic and Greek) and a promise of its bytes. The font files are read
 * once per process, not for every export.
 */
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const FONT_FILES = { body: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
const fontCache = new Map<string, Buffer>();

function font(fontsDir: string, file: string): Buffer {
  const key = path.join(fontsDir, file);
  let bytes = fontCache.get(key);
  if (!bytes) {
    bytes = fs.readFileSync(key);
    fontCache.set(key, bytes);
  }
  return bytes;
}

export function createPdf(fontsDir: string, options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, font(fontsDir, file));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
