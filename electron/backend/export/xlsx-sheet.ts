/**
 * Writing Landfall's workbooks: real Excel dates, and table sheets declared column by column
 * (each column's header, width, number format and value side by side), bold frozen header row.
 */
import ExcelJS from 'exceljs';

export const DATE_FMT = 'yyyy-mm-dd';
export const PCT_FMT = '0.0%';

/** An ISO date as a Date at UTC midnight, which Excel stores as that calendar day. */
export function excelDate(d: string | null): Date | null {
  return d ? new Date(`${d}T00:00:00Z`) : null;
}

/** A new workbook by Landfall, dated when the export was generated. */
export function landfallWorkbook(title: string, generatedAt: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Landfall';
  wb.created = new Date(generatedAt);
  wb.title = title;
  return wb;
}

export interface SheetColumn<R> {
  header: string;
  width: number;
  numFmt?: string;
  value(row: R): ExcelJS.CellValue;
}

/** A column: its header, width and value for a row (optionally a number format for the whole column). */
export function col<R>(header: string, width: number, value: (row: R) => ExcelJS.CellValue, numFmt?: string): SheetColumn<R> {
  return numFmt === undefined ? { header, width, value } : { header, width, value, numFmt };
}

/** A sheet with one row per item under a bold header row that stays in view. */
export function tableSheet<R>(wb: ExcelJS.Workbook, name: string, columns: readonly SheetColumn<R>[], rows: readonly R[]): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width, ...(c.numFmt === undefined ? {} : { style: { numFmt: c.numFmt } }) }));
  for (const r of rows) sheet.addRow(columns.map((c) => c.value(r)));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}
