/**
 * The plan as an Excel workbook: a Tasks sheet and a Milestones sheet with real Excel
 * dates (not text), frozen header rows and set column widths, printed landscape, one page
 * wide with the header row repeated on every page. Each row has an ID (its row number in
 * the export, shared by both sheets) and its predecessors by ID as project tools write
 * them ("3FS;5SS+2d") as well as by title, and the task's stable Landfall id.
 */
import type ExcelJS from 'exceljs';
import type { TimelineExportModel, TimelineRow } from './timeline-model';
import { DATE_FMT, col, excelDate, landfallWorkbook, type SheetColumn, tableSheet } from './xlsx-sheet';

/** The columns both sheets share, by where they stand. */
const ID = col<TimelineRow>('ID', 6, (r) => r.rowNumber);
const WORKSTREAM = col<TimelineRow>('Workstream', 26, (r) => r.workstreamLabel);
const LINKS = [
  col<TimelineRow>('Critical', 9, (r) => (r.critical ? 'yes' : 'no')),
  col<TimelineRow>('Predecessors', 48, (r) => r.predecessors),
  col<TimelineRow>('Predecessor IDs', 16, (r) => r.predecessorRows),
];
const SLIP_AND_ID = [col<TimelineRow>('Slip (business days)', 12, (r) => r.slipDays), col<TimelineRow>('Task id', 38, (r) => r.id)];

const TASK_COLUMNS: SheetColumn<TimelineRow>[] = [
  ID,
  col('Task', 48, (r) => r.title),
  WORKSTREAM,
  col('Owner', 20, (r) => r.owner),
  col('Duration (business days)', 14, (r) => r.durationDays),
  col('Percent complete', 10, (r) => r.percentComplete / 100, '0%'),
  col('Remaining (working days)', 14, (r) => r.remainingDays),
  col('Start', 12, (r) => excelDate(r.start), DATE_FMT),
  col('Finish', 12, (r) => excelDate(r.finish), DATE_FMT),
  col('Slack (business days)', 12, (r) => r.slackDays),
  ...LINKS,
  col('Baseline start', 12, (r) => excelDate(r.baselineStart), DATE_FMT),
  col('Baseline finish', 12, (r) => excelDate(r.baselineFinish), DATE_FMT),
  ...SLIP_AND_ID,
];

const MILESTONE_COLUMNS: SheetColumn<TimelineRow>[] = [
  ID,
  col('Milestone', 40, (r) => r.title),
  WORKSTREAM,
  col('Date', 12, (r) => excelDate(r.finish), DATE_FMT),
  ...LINKS,
  col('Baseline date', 12, (r) => excelDate(r.baselineFinish), DATE_FMT),
  ...SLIP_AND_ID,
];

/** Landscape A4, as wide as one page (as many pages tall as it takes), header row on every page. */
function printSetup(sheet: ExcelJS.Worksheet): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter.oddFooter = '&L&A&RPage &P of &N';
}

export async function timelineXlsx(model: TimelineExportModel): Promise<Buffer> {
  const wb = landfallWorkbook(`${model.entryName} readiness timeline`, model.generatedAt);

  const tasks = tableSheet(wb, 'Tasks', TASK_COLUMNS, model.rows.filter((x) => !x.milestone));
  tasks.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  if (tasks.rowCount === 1) tasks.addRow([null, 'This plan has no tasks.']);
  printSetup(tasks);

  const milestones = tableSheet(wb, 'Milestones', MILESTONE_COLUMNS, model.rows.filter((x) => x.milestone));
  printSetup(milestones);

  const about = wb.addWorksheet('About');
  about.columns = [{ width: 28 }, { width: 80 }];
  const facts: [string, string | number | Date | null][] = [
    ['Entry', model.entryName],
    ['Market', model.market],
    ['Start', excelDate(model.projectStart)],
    ['Target readiness date', excelDate(model.targetDate)],
    ['Forecast readiness date', excelDate(model.forecastFinish)],
    ['Business days past target', model.businessDaysPastTarget],
    ['Readiness (signed-off items)', model.readinessPercent / 100],
    ['Status date', excelDate(model.statusDate)],
    ['Generated', model.generatedAt],
    ['Sign-off ledger head hash', model.ledgerHeadHash ?? 'No sign-offs recorded'],
    ...(model.ledgerHeadHash ? ([['Sign-off ledger key fingerprint', model.ledgerKeyFingerprint ?? 'No signing key recorded']] as [string, string][]) : []),
  ];
  for (const [k, v] of facts) {
    const row = about.addRow([k, v]);
    row.getCell(1).font = { bold: true };
    if (v instanceof Date) row.getCell(2).numFmt = DATE_FMT;
  }
  about.getCell('B7').numFmt = '0.0%';

  return Buffer.from(await wb.xlsx.writeBuffer());
}
