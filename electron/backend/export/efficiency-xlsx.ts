/**
 * The efficiency comparison as a workbook, one sheet per view: the index ranked, one
 * sheet per metric (latest market value beside home's, the ratio), the trend since each
 * entry's start, every measurement, and the formula. Real numbers (percentages as Excel
 * percentages) and real dates, frozen header rows.
 */
import type ExcelJS from 'exceljs';
import type { ComparisonView, StoredMeasurement } from '../../../shared/efficiency/efficiency-schema';
import { DIRECTION_LABELS, INDEX_FORMULA } from '../../../shared/vocabulary/efficiency';
import { EFFICIENCY_TARGETS } from '../../../shared/efficiency/efficiency-figures';
import { DATE_FMT, PCT_FMT, col, excelDate, landfallWorkbook, tableSheet } from './xlsx-sheet';

export interface EfficiencyWorkbook {
  index: ComparisonView;
  perMetric: ComparisonView[];
  measurements: StoredMeasurement[];
  /** Entry id → name, for the measurement sheet's market column. */
  marketNames: Map<string, string>;
  generatedAt: string;
}

type Ranked = ComparisonView['markets'][number] & { rank: number };
type TrendPoint = { entry: string; month: number; value: number | null };

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet';
  let n = base;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${base.slice(0, 27)} (${i})`;
  taken.add(n.toLowerCase());
  return n;
}

function rankedSheet(wb: ExcelJS.Workbook, name: string, view: ComparisonView): void {
  const index = view.metricId === null;
  tableSheet<Ranked>(
    wb,
    name,
    [
      col('Rank', 6, (m) => m.rank),
      col('Market entry', 30, (m) => m.entryName),
      col('Target country', 10, (m) => m.targetCountry),
      col('Home market', 10, (m) => m.homeCountry),
      col('Entry start', 12, (m) => excelDate(m.startDate), DATE_FMT),
      col(index ? 'Index vs home' : 'Figure', 14, (m) => (m.percent === null ? null : m.percent / 100), PCT_FMT),
      col('Target', 10, () => view.target / 100, PCT_FMT),
      col('Meets target', 12, (m) => (m.percent === null ? 'no figure' : m.percent >= view.target ? 'yes' : 'no')),
      index ? col('Metrics used', 12, (m) => m.metricsUsed) : col('Period end', 12, (m) => excelDate(m.periodEnd), DATE_FMT),
      col('Inputs', 90, (m) => m.figure),
    ],
    view.markets.map((m, i) => ({ ...m, rank: i + 1 })),
  );
}

export async function efficiencyXlsx(w: EfficiencyWorkbook): Promise<Buffer> {
  const wb = landfallWorkbook('Efficiency vs home', w.generatedAt);
  const taken = new Set<string>(['trend', 'measurements', 'about']);
  rankedSheet(wb, sheetName('Index', taken), w.index);
  for (const v of w.perMetric) rankedSheet(wb, sheetName(v.title.replace(/: ratio to home$/, ''), taken), v);

  const points = w.index.trend.series.flatMap((s) => s.points.map((p): TrendPoint => ({ entry: s.name, month: Number(p.x.replace(/^Month /, '')), value: p.y === null ? null : p.y / 100 })));
  tableSheet<TrendPoint>(wb, 'Trend', [col('Market entry', 30, (p) => p.entry), col('Month since start', 18, (p) => p.month), col('Index vs home', 14, (p) => p.value, PCT_FMT)], points);

  const names = new Map(w.index.metrics.map((m) => [m.id, m]));
  tableSheet<StoredMeasurement>(
    wb,
    'Measurements',
    [
      col('Metric', 30, (m) => names.get(m.metricId)?.name ?? m.metricId),
      col('Metric id', 24, (m) => m.metricId),
      col('Direction', 16, (m) => {
        const metric = names.get(m.metricId);
        return metric ? DIRECTION_LABELS[metric.direction] : '';
      }),
      col('Market', 30, (m) => (/^[A-Z]{2}$/.test(m.market) ? `Home (${m.market})` : (w.marketNames.get(m.market) ?? m.market))),
      col('Period start', 12, (m) => excelDate(m.periodStart), DATE_FMT),
      col('Period end', 12, (m) => excelDate(m.periodEnd), DATE_FMT),
      col('Value', 12, (m) => m.value),
      col('Unit', 14, (m) => names.get(m.metricId)?.unit ?? ''),
      col('Currency', 9, (m) => m.currency),
      col('Exchange rate', 12, (m) => m.fxRate),
      col('Rate into', 9, (m) => m.fxCurrency),
      col('Source', 40, (m) => m.sourceNote),
      col('Recorded by', 18, (m) => m.recordedBy),
    ],
    w.measurements,
  );

  const about = [
    INDEX_FORMULA,
    `Targets: efficiency index ${w.index.target} % of home; customer satisfaction ${EFFICIENCY_TARGETS.satisfaction} %.`,
    `Generated ${w.generatedAt} by Landfall.`,
  ];
  tableSheet<string>(wb, 'About', [col('Efficiency vs home', 120, (line) => line)], about);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
