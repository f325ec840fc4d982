/**
 * The plan as an Excel workbook: a Tasks sheet and a Milestones sheet with real Excel
 * dates (not text), frozen header rows and set column widths.
 */
import ExcelJS from 'exceljs';
import type { TimelineExportModel } from './timeline-model';

/** An ISO date as a Date at UTC midnight, which Excel stores as that calendar day. */
function excelDate(d: string | null): Date | null {
  return d ? new Date(`${d}T00:00:00Z`) : null;
}

const DATE_FMT = 'yyyy-mm-dd';

export async function timelineXlsx(model: TimelineExportModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Landfall';
  wb.created = new Date(model.generatedAt);
  wb.title = `${model.entryName} readiness timeline`;

  const tasks = wb.addWorksheet('Tasks', { views: [{ state: 'frozen', ySplit: 1 }] });
  tasks.columns = [
    { header: 'Task', key: 'title', width: 48 },
    { header: 'Workstream', key: 'workstream', width: 26 },
    { header: 'Owner', key: 'owner', width: 20 },
    { header: 'Duration (business days)', key: 'duration', width: 14 },
    { header: 'Percent complete', key: 'percent', width: 10 },
    { header: 'Start', key: 'start', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Finish', key: 'finish', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Slack (business days)', key: 'slack', width: 12 },
    { header: 'Critical', key: 'critical', width: 9 },
    { header: 'Predecessors', key: 'predecessors', width: 48 },
    { header: 'Baseline start', key: 'baselineStart', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Baseline finish', key: 'baselineFinish', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Slip (business days)', key: 'slip', width: 12 },
  ];
  for (const r of model.rows.filter((x) => !x.milestone)) {
    tasks.addRow({
      title: r.title,
      workstream: r.workstreamLabel,
      owner: r.owner,
      duration: r.durationDays,
      percent: r.percentComplete / 100,
      start: excelDate(r.start),
      finish: excelDate(r.finish),
      slack: r.slackDays,
      critical: r.critical ? 'yes' : 'no',
      predecessors: r.predecessors,
      baselineStart: excelDate(r.baselineStart),
      baselineFinish: excelDate(r.baselineFinish),
      slip: r.slipDays,
    });
  }
  tasks.getColumn('percent').numFmt = '0%';
  tasks.getRow(1).font = { bold: true };
  if (tasks.rowCount === 1) tasks.addRow({ title: 'This plan has no tasks.' });

  const milestones = wb.addWorksheet('Milestones', { views: [{ state: 'frozen', ySplit: 1 }] });
  milestones.columns = [
    { header: 'Milestone', key: 'title', width: 40 },
    { header: 'Workstream', key: 'workstream', width: 26 },
    { header: 'Date', key: 'date', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Critical', key: 'critical', width: 9 },
    { header: 'Predecessors', key: 'predecessors', width: 48 },
    { header: 'Baseline date', key: 'baseline', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Slip (business days)', key: 'slip', width: 12 },
  ];
  for (const r of model.rows.filter((x) => x.milestone)) {
    milestones.addRow({
      title: r.title,
      workstream: r.workstreamLabel,
      date: excelDate(r.finish),
      critical: r.critical ? 'yes' : 'no',
      predecessors: r.predecessors,
      baseline: excelDate(r.baselineFinish),
      slip: r.slipDays,
    });
  }
  milestones.getRow(1).font = { bold: true };

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
  ];
  for (const [k, v] of facts) {
    const row = about.addRow([k, v]);
    row.getCell(1).font = { bold: true };
    if (v instanceof Date) row.getCell(2).numFmt = DATE_FMT;
  }
  about.getCell('B7').numFmt = '0.0%';

  return Buffer.from(await wb.xlsx.writeBuffer());
}
