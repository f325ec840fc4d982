/**
 * The leadership pack as a workbook: Portfolio (one row per market, real numbers and Excel
 * dates, the same figures as the dashboard), Targets (the four tiles), Milestones (every
 * market's milestones) and Checklist (status counts by market and workstream). Frozen
 * header rows, printed landscape one page wide.
 */
import ExcelJS from 'exceljs';
import { HEALTH_LABELS, TARGET_LABELS } from '../../../shared/vocabulary/portfolio';
import { ITEM_STATUS_LABELS } from '../../../shared/vocabulary/checklist';
import { STATUS_LABELS } from '../../../shared/vocabulary/entry';
import { ITEM_STATUSES } from '../../../shared/checklist-schema';
import type { LeadershipPackModel } from './leadership-model';

const excelDate = (d: string | null): Date | null => (d ? new Date(`${d}T00:00:00Z`) : null);
const DATE_FMT = 'yyyy-mm-dd';

export const PORTFOLIO_SHEET_COLUMNS = [
  ['Market', 'name', 28],
  ['Country', 'country', 18],
  ['Region', 'region', 14],
  ['Status', 'status', 10],
  ['Health', 'health', 10],
  ['Health reasons', 'reasons', 40],
  ['Readiness %', 'readiness', 12],
  ['Compliance %', 'compliance', 13],
  ['Start', 'start', 12],
  ['Target date', 'target', 12],
  ['Forecast', 'forecast', 12],
  ['Ready on', 'readyOn', 12],
  ['P80', 'p80', 12],
  ['Days to readiness', 'days', 12],
  ['Business days past target', 'pastTarget', 14],
  ['Slip vs baseline (business days)', 'slip', 14],
  ['Critical tasks behind baseline', 'criticalLate', 14],
  ['Awaiting sign-off', 'inReview', 12],
  ['Overdue items', 'overdue', 12],
  ['Conditions expiring within 30 days', 'conditions', 14],
  ['Critical risks', 'critical', 10],
  ['High risks', 'high', 10],
  ['Risks above appetite', 'aboveAppetite', 12],
  ['Risk acceptances expiring within 30 days', 'acceptances', 14],
  ['Efficiency index %', 'efficiency', 12],
  ['CSAT %', 'csat', 10],
] as const;

function sheetSetup(sheet: ExcelJS.Worksheet): void {
  sheet.pageSetup = { ...sheet.pageSetup, paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  sheet.getRow(1).font = { bold: true };
}

export async function leadershipXlsx(m: LeadershipPackModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Landfall';
  wb.created = new Date(m.generatedAt);
  wb.title = `Leadership pack ${m.asOf}`;

  const portfolio = wb.addWorksheet('Portfolio', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  portfolio.columns = PORTFOLIO_SHEET_COLUMNS.map(([header, key, width]) => ({ header, key, width }));
  for (const { row: r } of m.markets) {
    portfolio.addRow({
      name: r.name,
      country: r.countryName,
      region: r.region,
      status: STATUS_LABELS[r.status],
      health: HEALTH_LABELS[r.health],
      reasons: r.healthReasons.join('; '),
      readiness: r.readinessPercent,
      compliance: r.compliancePercent,
      start: excelDate(r.startDate),
      target: excelDate(r.targetDate),
      forecast: excelDate(r.forecast),
      readyOn: excelDate(r.readyOn),
      p80: excelDate(r.p80),
      days: r.daysToReadiness,
      pastTarget: r.businessDaysPastTarget,
      slip: r.baselineSlipDays,
      criticalLate: r.criticalLate,
      inReview: r.inReview,
      overdue: r.overdue,
      conditions: r.conditionsExpiring,
      critical: r.risks?.critical ?? null,
      high: r.risks?.high ?? null,
      aboveAppetite: r.risks?.aboveAppetite ?? null,
      acceptances: r.risks?.acceptancesExpiring30d ?? null,
      efficiency: r.efficiencyIndex === null ? null : 100 * r.efficiencyIndex,
      csat: r.satisfaction,
    });
  }
  for (const key of ['start', 'target', 'forecast', 'readyOn', 'p80']) portfolio.getColumn(key).numFmt = DATE_FMT;
  for (const key of ['readiness', 'compliance', 'efficiency', 'csat']) portfolio.getColumn(key).numFmt = '0.0';
  sheetSetup(portfolio);

  const targets = wb.addWorksheet('Targets', { views: [{ state: 'frozen', ySplit: 1 }] });
  targets.columns = [
    { header: 'Target', key: 'label', width: 36 },
    { header: 'Portfolio figure', key: 'value', width: 16 },
    { header: 'Target value', key: 'target', width: 14 },
    { header: 'Unit', key: 'unit', width: 8 },
    { header: 'Markets with a figure', key: 'counted', width: 14 },
    { header: 'Markets missing the target', key: 'missing', width: 60 },
  ];
  const tileRows = [
    ['readinessDays', m.tiles.readiness, 'days'],
    ['compliancePercent', m.tiles.compliance, '%'],
    ['efficiencyPercent', m.tiles.efficiency, '%'],
    ['satisfactionPercent', m.tiles.satisfaction, '%'],
  ] as const;
  for (const [key, t, unit] of tileRows) {
    targets.addRow({ label: TARGET_LABELS[key], value: t.value, target: t.target, unit, counted: t.counted, missing: t.missing.map((x) => x.name).join(', ') });
  }
  targets.getColumn('value').numFmt = '0.0';
  targets.addRow({});
  targets.addRow({ label: 'As of', value: excelDate(m.asOf) }).getCell('value').numFmt = DATE_FMT;
  targets.addRow({ label: 'Sign-off ledger head hash', value: m.ledgerHeadHash ?? 'no sign-offs recorded' });
  targets.addRow({ label: 'Sign-off ledger key fingerprint', value: m.ledgerKeyFingerprint ?? 'not recorded' });
  sheetSetup(targets);

  const milestones = wb.addWorksheet('Milestones', { views: [{ state: 'frozen', ySplit: 1 }] });
  milestones.columns = [
    { header: 'Market', key: 'market', width: 28 },
    { header: 'Milestone', key: 'title', width: 40 },
    { header: 'Workstream', key: 'workstream', width: 26 },
    { header: 'Date', key: 'date', width: 12 },
    { header: 'Critical path', key: 'critical', width: 12 },
  ];
  for (const p of m.markets) {
    for (const t of p.timeline.rows.filter((x) => x.milestone)) milestones.addRow({ market: p.row.name, title: t.title, workstream: t.workstreamLabel, date: excelDate(t.finish), critical: t.critical ? 'yes' : 'no' });
  }
  milestones.getColumn('date').numFmt = DATE_FMT;
  sheetSetup(milestones);

  const checklist = wb.addWorksheet('Checklist', { views: [{ state: 'frozen', ySplit: 1 }] });
  checklist.columns = [
    { header: 'Market', key: 'market', width: 28 },
    { header: 'Workstream', key: 'workstream', width: 26 },
    ...ITEM_STATUSES.map((s) => ({ header: ITEM_STATUS_LABELS[s], key: s, width: 12 })),
  ];
  for (const p of m.markets) for (const ws of p.workstreams) checklist.addRow({ market: p.row.name, workstream: ws.label, ...ws.counts });
  sheetSetup(checklist);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
