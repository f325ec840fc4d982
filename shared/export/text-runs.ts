/**
 * Splitting one line of text into runs a PDF can draw: each run in one font (the script
 * it is written in picks the font) and one bidi embedding level (Unicode bidi algorithm,
 * bidi-js), the runs put in visual order (rule L2). Pure: the caller says which font
 * has which character.
 */
import bidiFactory from 'bidi-js';

export type FontSlot = 'latin' | 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'cjk-jp' | 'cjk-kr' | 'cjk-sc';

export interface TextRun {
  /** The run's characters in logical (typed) order. */
  text: string;
  slot: FontSlot;
  /** Bidi embedding level: odd = right to left. */
  level: number;
  /** Where the run starts in the line (UTF-16 index): sorting by it gives the logical order back. */
  start: number;
}

const bidi = bidiFactory();

const SCRIPT_SLOTS: [RegExp, FontSlot | 'cjk'][] = [
  [/\p{Script=Arabic}/u, 'arabic'],
  [/\p{Script=Hebrew}/u, 'hebrew'],
  [/\p{Script=Devanagari}/u, 'devanagari'],
  [/\p{Script=Thai}/u, 'thai'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u, 'cjk'],
];

/** The CJK face for a text: Japanese when it has kana, Korean when it has hangul, else Simplified Chinese. */
export function cjkSlot(text: string): FontSlot {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'cjk-jp';
  if (/\p{Script=Hangul}/u.test(text)) return 'cjk-kr';
  return 'cjk-sc';
}

/** The font a character's own script asks for, or null for characters every script shares (spaces, digits, punctuation, marks). */
export function scriptSlot(ch: string, cjk: FontSlot): FontSlot | null {
  for (const [re, slot] of SCRIPT_SLOTS) if (re.test(ch)) return slot === 'cjk' ? cjk : slot;
  if (/[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u.test(ch)) return 'latin';
  return null;
}

/** Which fonts a text needs beyond the Latin one (to load only those). */
export function slotsNeeded(text: string): Set<FontSlot> {
  const cjk = cjkSlot(text);
  const out = new Set<FontSlot>();
  for (const ch of text) {
    const s = scriptSlot(ch, cjk);
    if (s && s !== 'latin') out.add(s);
  }
  return out;
}

/** Characters DejaVu Sans has and that never start a right-to-left run (Latin, Greek, Cyrillic, general punctuation, arrows, shapes). */
const SIMPLE = /^[\u0020-\u007e\u00a0-\u052f\u1e00-\u1fff\u2000-\u200d\u2010-\u2027\u202f-\u205f\u20a0-\u20bf\u2100-\u21ff\u2500-\u25ff]*$/;

export const isRtlLevel = (level: number) => level % 2 === 1;

/**
 * One line as runs in visual order (left to right on the page). `has(slot, codePoint)`
 * says whether a font has a glyph; shared characters stay in the font of the run they
 * sit in when it has them, else fall back to the Latin font (or the CJK one for CJK
 * punctuation the Latin font lacks).
 */
export function visualRuns(line: string, has: (slot: FontSlot, cp: number) => boolean): TextRun[] {
  if (line === '') return [];
  // Most lines are Latin, Greek or Cyrillic with common punctuation: one left-to-right run in the Latin font.
  if (SIMPLE.test(line)) return [{ text: line, slot: 'latin', level: 0, start: 0 }];
  const cjk = cjkSlot(line);
  const { levels } = bidi.getEmbeddingLevels(line, 'auto');
  const runs: TextRun[] = [];
  let prev: FontSlot | null = null;
  let index = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const level = levels[index]!;
    index += ch.length;
    let slot = scriptSlot(ch, cjk);
    if (slot === null) {
      if (/\p{M}/u.test(ch) && prev) slot = prev;
      else if (prev && has(prev, cp)) slot = prev;
      else if (has('latin', cp)) slot = 'latin';
      else if (has(cjk, cp)) slot = cjk;
      else slot = prev ?? 'latin';
    }
    prev = slot;
    const last = runs[runs.length - 1];
    if (last && last.slot === slot && last.level === level) last.text += ch;
    else runs.push({ text: ch, slot, level, start: index - ch.length });
  }
  // L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or higher.
  const max = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : r.level + 1)));
  for (let lvl = max; lvl >= minOdd; lvl--) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i]!.level < lvl) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= lvl) j++;
      const reversed = runs.slice(i, j).reverse();
      runs.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return runs;
}

/** The mirror image of a bracket-like character (as right-to-left text shows it), or null. */
export const mirrorOf = (ch: string): string | null => bidi.getMirroredCharacter(ch) ?? null;

/** True when any run reads right to left. */
export const hasRtl = (runs: readonly TextRun[]) => runs.some((r) => isRtlLevel(r.level));

/**
 * The characters of a right-to-left run that its font will not reverse by itself
 * (shared characters such as " — " between two Arabic words): in visual order, with
 * brackets mirrored. Runs in Arabic or Hebrew are left to the font's shaping, which
 * lays them out right to left.
 */
export function visualText(run: TextRun): string {
  if (!isRtlLevel(run.level) || run.slot === 'arabic' || run.slot === 'hebrew') return run.text;
  return [...run.text]
    .reverse()
    .map((c) => bidi.getMirroredCharacter(c) ?? c)
    .join('');
}
