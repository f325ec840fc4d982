/**
 * CSV as spreadsheet programs read it: UTF-8 with a byte-order mark (so accents survive),
 * CRLF line ends, RFC 4180 quoting, and user text that starts like a formula neutralised
 * (CSV injection).
 */
export type CsvValue = string | number | boolean | null;

export function csvCell(v: CsvValue): string {
  const s = v === null ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** The file: lines that are already joined rows. */
export function csvFile(lines: readonly string[]): Buffer {
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}
