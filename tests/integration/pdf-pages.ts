/**
 * Reading a PDF back page by page with poppler, as a reader would see it.
 */
import { execFileSync } from 'node:child_process';

export function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
}

/** The text of each page, in order (pdftotext -f N -l N). */
export function pageTexts(file: string, layout = false): string[] {
  const n = pageCount(file);
  const out: string[] = [];
  for (let p = 1; p <= n; p++) out.push(execFileSync('pdftotext', ['-f', String(p), '-l', String(p), ...(layout ? ['-layout'] : []), file, '-']).toString());
  return out;
}

/** A page's text with its lines squeezed to single spaces. */
export const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
