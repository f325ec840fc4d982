/**
 * The efficiency comparison as a workbook, one sheet per view: the index ranked, one
 * sheet per metric (latest market value beside home's, the ratio), the trend since each
 * entry's start, every measurement, and the formula. Real numbers (percentages as Excel
 * percentages) and real dates, frozen header rows.
 */
import ExcelJS from 'exceljs';
import type { ComparisonView, StoredMeasurement } from '../../../shared/efficiency/efficiency-schema';
import { DIRECTION_LABELS, INDEX_FORMULA } from '../../../shared/vocabulary/efficiency';
import { EFFICIENCY_TARGETS } from '../../../shared/efficiency/efficiency-figures';

export interface EfficiencyWorkbook {
  index: ComparisonView;
  perMetric: ComparisonView[];
  measurements: StoredMeasurement[];
  /** Entry id → name, for the measurement sheet's market column. */
  marketNames: Map<string, string>;
  generatedAt: string;
}

const excelDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
const DATE_FMT = 'yyyy-mm-dd';
const PCT_FMT = '0.0%';

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet';
  let n = base;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${base.slice(0, 27)} (${i})`;
  taken.add(n.toLowerCase());
  return n;
}

function header(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function rankedSheet(wb: ExcelJS.Workbook, name: string, view: ComparisonView): void {
  const sheet = wb.addWorksheet(name);
  sheet.columns = [
    { header: 'Rank', key: 'rank', width: 6 },
    { header: 'Market entry', key: 'entry', width: 30 },
    { header: 'Target country', key: 'country', width: 10 },
    { header: 'Home market', key: 'home', width: 10 },
    { header: 'Entry start', key: 'start', width: 12, style: { numFmt: DATE_FMT } },
    { header: view.metricId === null ? 'Index vs home' : 'Figure', key: 'value', width: 14, style: { numFmt: PCT_FMT } },
    { header: `Target`, key: 'target', width: 10, style: { numFmt: PCT_FMT } },
    { header: 'Meets target', key: 'meets', width: 12 },
    { header: view.metricId === null ? 'Metrics used' : 'Period end', key: 'used', width: 12 },
    { header: 'Inputs', key: 'inputs', width: 90 },
  ];
  view.markets.forEach((m, i) => {
    const row = sheet.addRow({
      rank: i + 1,
      entry: m.entryName,
      country: m.targetCountry,
      home: m.homeCountry,
      start: excelDate(m.startDate),
      value: m.percent === null ? null : m.percent / 100,
      target: view.target / 100,
      meets: m.percent === null ? 'no figure' : m.percent >= view.target ? 'yes' : 'no',
      used: view.metricId === null ? m.metricsUsed : excelDate(m.periodEnd),
      inputs: m.figure,
    });
    if (view.metricId !== null) row.getCell('used').numFmt = DATE_FMT;
  });
  header(sheet);
}

export async function efficiencyXlsx(w: EfficiencyWorkbook): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Landfall';
  wb.created = new Date(w.generatedAt);
  wb.title = 'Efficiency vs home';
  const taken = new Set<string>(['trend', 'measurements', 'about']);
  rankedSheet(wb, sheetName('Index', taken), w.index);
  for (const v of w.perMetric) rankedSheet(wb, sheetName(v.title.replace(/: ratio to home$/, ''), taken), v);

  const trend = wb.addWorksheet('Trend');
  trend.columns = [
    { header: 'Market entry', key: 'entry', width: 30 },
    { header: 'Month since start', key: 'month', width: 18 },
    { header: 'Index vs home', key: 'value', width: 14, style: { numFmt: PCT_FMT } },
  ];
  for (const s of w.index.trend.series)
    for (const p of s.points) trend.addRow({ entry: s.name, month: Number(p.x.replace(/^Month /, '')), value: p.y === null ? null : p.y / 100 });
  header(trend);

  const names = new Map(w.index.metrics.map((m) => [m.id, m]));
  const ms = wb.addWorksheet('Measurements');
  ms.columns = [
    { header: 'Metric', key: 'metric', width: 30 },
    { header: 'Metric id', key: 'metricId', width: 24 },
    { header: 'Direction', key: 'direction', width: 16 },
    { header: 'Market', key: 'market', width: 30 },
    { header: 'Period start', key: 'start', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Period end', key: 'end', width: 12, style: { numFmt: DATE_FMT } },
    { header: 'Value', key: 'value', width: 12 },
    { header: 'Unit', key: 'unit', width: 14 },
    { header: 'Currency', key: 'currency', width: 9 },
    { header: 'Exchange rate', key: 'fx', width: 12 },
    { header: 'Rate into', key: 'fxCurrency', width: 9 },
    { header: 'Source', key: 'source', width: 40 },
    { header: 'Recorded by', key: 'by', width: 18 },
  ];
  for (const m of w.measurements) {
    const metric = names.get(m.metricId);
    ms.addRow({
      metric: metric?.name ?? m.metricId,
      metricId: m.metricId,
      direction: metric ? DIRECTION_LABELS[metric.direction] : '',
      market: /^[A-Z]{2}$/.test(m.market) ? `Home (${m.market})` : (w.marketNames.get(m.market) ?? m.market),
      start: excelDate(m.periodStart),
      end: excelDate(m.periodEnd),
      value: m.value,
      unit: metric?.unit ?? '',
      currency: m.currency,
      fx: m.fxRate,
      fxCurrency: m.fxCurrency,
      source: m.sourceNote,
      by: m.recordedBy,
    });
  }
  header(ms);

  const about = wb.addWorksheet('About');
  about.columns = [{ header: 'Efficiency vs home', key: 'a', width: 120 }];
  about.addRow({ a: INDEX_FORMULA });
  about.addRow({ a: `Targets: efficiency index ${w.index.target} % of home; customer satisfaction ${EFFICIENCY_TARGETS.satisfaction} %.` });
  about.addRow({ a: `Generated ${w.generatedAt} by Landfall.` });
  header(about);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
