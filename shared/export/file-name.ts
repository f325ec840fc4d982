/**
 * Export file names: `landfall-<entry>-<kind>-<date>.<ext>`, safe on Windows, macOS and
 * Linux. Letters and digits of every script are kept (日本進出, विस्तार, توسع are all legal
 * in file names on the three systems); what Windows refuses (<>:"/\|?*, control
 * characters, trailing dots, reserved device names) and other punctuation become
 * hyphens. Two entries never share a name: when another entry's name gives the same
 * stem, or nothing is left of the name, a short id from the entry's own id is added.
 */

const MAX_GRAPHEMES = 60;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** The entry-name part, or '' when nothing usable is left. */
export function exportStem(entryName: string): string {
  const cleaned = entryName
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}._ -]/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .toLowerCase();
  const parts = [...graphemes.segment(cleaned)].map((s) => s.segment);
  const short = parts.slice(0, MAX_GRAPHEMES).join('').replace(/[.-]+$/, '');
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(short) ? `${short}-entry` : short;
}

/** The short id added to tell two entries apart: the first 8 characters of the entry id. */
export const shortId = (entryId: string) => entryId.replace(/[^0-9a-z]/gi, '').slice(0, 8).toLowerCase();

/**
 * The stem for one entry among all of them: its own, unless it is empty or another entry
 * has the same one, in which case the short id is appended.
 */
export function uniqueExportStem(entry: { id: string; name: string }, others: readonly { id: string; name: string }[]): string {
  const stem = exportStem(entry.name);
  if (stem === '') return `entry-${shortId(entry.id)}`;
  const clash = others.some((o) => o.id !== entry.id && exportStem(o.name) === stem);
  return clash ? `${stem}-${shortId(entry.id)}` : stem;
}

export function exportFileName(stem: string, kind: string, date: string, ext: string): string {
  return `landfall-${stem || 'entry'}-${kind}-${date}.${ext}`;
}
