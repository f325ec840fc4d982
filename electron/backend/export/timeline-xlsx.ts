/**
 * The plan as an Excel workbook: a Tasks sheet and a Milestones sheet with real Excel
 * dates (not text), frozen header rows and set column widths, printed landscape, one page
 * wide with the header row repeated on every page. Each row has an ID (its row number in
 * the export, shared by both sheets) and its predecessors by ID as project tools write
 * them ("3FS;5SS+2d") as well as by title, and the task's stable Landfall id.
 */
import ExcelJS from 'exceljs';
import type { TimelineExportModel } from './timeline-model';

/** An ISO date as a Date at UTC midnight, which Excel stores as that calendar day. */
function excelDate(d: string | null): Date | null {
  return d ? new Date(`${d}T00:00:00Z`) : null;
}

const DATE_FMT = 'yyyy-mm-dd';

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
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Landfall';
  wb.created = new Date(model.generatedAt);
  wb.title = `${model.entryName} readiness timeline`;

  const tasks = wb.addWorksheet('Tasks', { views: [{ state: 'frozen', ySplit: 1 }] });
  tasks.columns = [
    { header: 'ID', key: 'row', width: 6 },
    { header: 'Task', key: 'title', width: 48 },
    { header: 'Workstream', key: 'workstream', width: 26 },
    { header: 'Owner', key: 'owner', width: 20 },
    { header: 'Duration (business days)', key: 'duration', width: 14 },
    { header: 'Percent complete', key: 'percent', width: 10 },
    { header: 'Remaining (working days)', key: 'remaining', width: 14 },
    { header: 'Start', key: 'start', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Finish', key: 'finish', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Slack (business days)', key: 'slack', width: 12 },
    { header: 'Critical', key: 'critical', width: 9 },
    { header: 'Predecessors', key: 'predecessors', width: 48 },
    { header: 'Predecessor IDs', key: 'predecessorRows', width: 16 },
    { header: 'Baseline start', key: 'baselineStart', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Baseline finish', key: 'baselineFinish', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Slip (business days)', key: 'slip', width: 12 },
    { header: 'Task id', key: 'id', width: 38 },
  ];
  for (const r of model.rows.filter((x) => !x.milestone)) {
    tasks.addRow({
      row: r.rowNumber,
      title: r.title,
      workstream: r.workstreamLabel,
      owner: r.owner,
      duration: r.durationDays,
      percent: r.percentComplete / 100,
      remaining: r.remainingDays,
      start: excelDate(r.start),
      finish: excelDate(r.finish),
      slack: r.slackDays,
      critical: r.critical ? 'yes' : 'no',
      predecessors: r.predecessors,
      predecessorRows: r.predecessorRows,
      baselineStart: excelDate(r.baselineStart),
      baselineFinish: excelDate(r.baselineFinish),
      slip: r.slipDays,
      id: r.id,
    });
  }
  tasks.getColumn('percent').numFmt = '0%';
  tasks.getRow(1).font = { bold: true };
  tasks.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  if (tasks.rowCount === 1) tasks.addRow({ title: 'This plan has no tasks.' });
  printSetup(tasks);

  const milestones = wb.addWorksheet('Milestones', { views: [{ state: 'frozen', ySplit: 1 }] });
  milestones.columns = [
    { header: 'ID', key: 'row', width: 6 },
    { header: 'Milestone', key: 'title', width: 40 },
    { header: 'Workstream', key: 'workstream', width: 26 },
    { header: 'Date', key: 'date', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Critical', key: 'critical', width: 9 },
    { header: 'Predecessors', key: 'predecessors', width: 48 },
    { header: 'Predecessor IDs', key: 'predecessorRows', width: 16 },
    { header: 'Baseline date', key: 'baseline', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Slip (business days)', key: 'slip', width: 12 },
    { header: 'Task id', key: 'id', width: 38 },
  ];
  for (const r of model.rows.filter((x) => x.milestone)) {
    milestones.addRow({
      row: r.rowNumber,
      title: r.title,
      workstream: r.workstreamLabel,
      date: excelDate(r.finish),
      critical: r.critical ? 'yes' : 'no',
      predecessors: r.predecessors,
      predecessorRows: r.predecessorRows,
      baseline: excelDate(r.baselineFinish),
      slip: r.slipDays,
      id: r.id,
    });
  }
  milestones.getRow(1).font = { bold: true };
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
