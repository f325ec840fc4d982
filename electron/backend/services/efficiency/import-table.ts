/**
 * A measurement file as rows of cells: CSV (RFC 4180: quoted fields, doubled quotes,
 * CRLF or LF; a comma or, when the header has none, a semicolon as separator; a UTF-8
 * BOM is dropped) or the first worksheet of an XLSX workbook (exceljs). Row numbers are
 * the file's own (the header is row 1), so errors point where the user looks.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/errors';
import { parseCsv } from '../../export/csv';

export type Cell = string | number | Date | null;

export interface Table {
  header: string[];
  rows: { row: number; cells: Cell[] }[];
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(v as unknown as string);
}

const isBlank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  let grid: { row: number; cells: Cell[] }[];
  if (/\.xlsx$/i.test(fileName)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      throw new AppError('invalid_input', `${fileName} is not a readable XLSX workbook; save it again from your spreadsheet as .xlsx`, 'contentBase64');
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw new AppError('invalid_input', `${fileName} has no worksheet`, 'contentBase64');
    grid = [];
    sheet.eachRow({ includeEmpty: false }, (r, n) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= Math.max(r.cellCount, 1); c++) cells.push(cellValue(r.getCell(c).value));
      grid.push({ row: n, cells });
    });
  } else {
    const text = bytes.toString('utf8');
    if (text.includes('\uFFFD')) throw new AppError('invalid_input', `${fileName} is not UTF-8 text; export the CSV as UTF-8`, 'contentBase64');
    grid = parseCsv(text).map((cells, i) => ({ row: i + 1, cells }));
  }
  const [head, ...rest] = grid.filter((r) => !isBlank(r.cells));
  if (!head) throw new AppError('invalid_input', `${fileName} is empty`, 'contentBase64');
  return { header: head.cells.map((c) => (c === null ? '' : String(c))), rows: rest };
}

/** "A", "B", … "AA": the spreadsheet letter of a 0-based column. */
export function columnLetter(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
