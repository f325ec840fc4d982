/**
 * The one way search boxes compare text: accents and case folded, so "sao" finds
 * "São Paulo" and "MUNCHEN" finds "München". (ß reads as ss, æ as ae, ø as o, ł as l.)
 */
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => SPECIAL[c] ?? c);
}

/** True when `text` contains `query`, both folded; an empty query matches everything. */
export function foldedIncludes(text: string, query: string): boolean {
  const q = fold(query.trim());
  return q === '' || fold(text).includes(q);
}
