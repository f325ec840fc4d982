/**
 * CSV as spreadsheet programs write and read it: UTF-8 with a byte-order mark (so accents survive),
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

/**
 * A CSV file read back into rows of strings (RFC 4180: quoted fields, doubled quotes, CRLF or
 * LF; a comma or, when the header has none, a semicolon as separator; a UTF-8 BOM dropped).
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    out.push(row);
  }
  return out;
}
