/**
 * The few pieces of RFC 5545 an exporter needs, written to the letter: TEXT escaping
 * (§3.3.11), content lines folded at 75 octets of UTF-8, never inside a character
 * (§3.1), CRLF line ends. Pure: no I/O.
 */

/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const ICS_MAX_OCTETS = 75;

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * One content line folded into lines of at most 75 octets: each continuation starts with
 * one space (which counts towards its 75), and a break never falls inside a UTF-8
 * sequence or between the halves of a surrogate pair. Returned joined with CRLF.
 */
export function foldLine(line: string): string {
  if (octets(line) <= ICS_MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > ICS_MAX_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/** A property line: NAME[;PARAM=…]:VALUE, folded. The value must already be escaped as its type needs. */
export function icsProperty(name: string, value: string, params: Record<string, string> = {}): string {
  const p = Object.entries(params)
    .map(([k, v]) => `;${k}=${v}`)
    .join('');
  return foldLine(`${name}${p}:${value}`);
}

/** The whole file: lines joined and ended with CRLF. */
export function icsFile(lines: readonly string[]): string {
  return lines.join('\r\n') + '\r\n';
}

/** A DATE value: 2027-03-01 -> 20270301. */
export const icsDate = (iso: string) => iso.replace(/-/g, '');

/** A UTC DATE-TIME value: 20270301T101500Z. */
export const icsUtc = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Where SEQUENCE counts from: it is the whole seconds since then, so it grows with every export and fits 31 bits until 2094. */
export const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/**
 * SEQUENCE for an export made at `instant`: later exports get higher numbers (calendars
 * take an update only when it grows), and it stays within a signed 32-bit integer, which
 * is what calendar programs store it in, for seventy years.
 */
export function icsSequence(instant: Date): number {
  return Math.min(2 ** 31 - 1, Math.max(0, Math.floor((instant.getTime() - SEQUENCE_EPOCH) / 1000)));
}
