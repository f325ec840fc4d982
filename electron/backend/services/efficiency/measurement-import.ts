/**
 * Importing measurements from a BI tool's CSV or XLSX, for one entry and its home market.
 * Columns (header row, any order, case and spaces ignored): metric (id or name), market
 * ("home" or the home country code; "market", the target country code, the entry's name or
 * id), period_start, period_end (YYYY-MM-DD or spreadsheet dates), value, and optionally
 * currency, fx_rate, fx_currency, source. Every problem is named by row and column; one
 * problem anywhere means nothing is imported.
 */
import type { Entry } from '../../../../shared/entry-schema';
import { isoDate } from '../../../../shared/entry-schema';
import { measurementFields, type ImportIssue, type MeasurementFields, type MeasurementImportPreview, type StoredMeasurement, type StoredMetric } from '../../../../shared/efficiency/efficiency-schema';
import { periodLabel } from '../../../../shared/efficiency/efficiency-figures';
import { MEASUREMENT_FIELD_LABELS } from '../../../../shared/vocabulary/efficiency';
import { columnLetter, type Cell, type Table } from './import-table';

const COLUMNS = {
  metric: ['metric', 'metric_id', 'metricid'],
  market: ['market'],
  period_start: ['period_start', 'start', 'periodstart', 'from'],
  period_end: ['period_end', 'end', 'periodend', 'to'],
  value: ['value'],
  currency: ['currency'],
  fx_rate: ['fx_rate', 'fxrate', 'exchange_rate', 'rate'],
  fx_currency: ['fx_currency', 'fxcurrency', 'rate_currency'],
  source: ['source', 'source_note', 'note'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['metric', 'market', 'period_start', 'period_end', 'value'];

const FIELD_COLUMN: Record<keyof MeasurementFields, Column> = {
  metricId: 'metric',
  market: 'market',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  value: 'value',
  currency: 'currency',
  fxRate: 'fx_rate',
  fxCurrency: 'fx_currency',
  sourceNote: 'source',
};

export interface ImportContext {
  entry: Entry;
  metrics: StoredMetric[];
  /** A stored measurement of the metric and market whose period overlaps. */
  overlapping(metricId: string, market: string, start: string, end: string): StoredMeasurement | undefined;
}

export interface ValidatedImport {
  preview: MeasurementImportPreview;
  fields: MeasurementFields[];
}

const normal = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

const text = (c: Cell): string => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim());

function dateOf(c: Cell): { ok: true; value: string } | { ok: false; shown: string } {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? { ok: false, shown: 'an invalid date' } : { ok: true, value: c.toISOString().slice(0, 10) };
  const s = text(c);
  const parsed = isoDate.safeParse(s);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, shown: s === '' ? 'empty' : `“${s}”` };
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function numberOf(c: Cell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  const s = text(c);
  return NUMBER.test(s) ? Number(s) : null;
}

export function validateImport(fileName: string, table: Table, ctx: ImportContext): ValidatedImport {
  const errors: ImportIssue[] = [];
  const at = new Map<Column, number>();
  table.header.forEach((h, i) => {
    const n = normal(h);
    const col = (Object.keys(COLUMNS) as Column[]).find((k) => (COLUMNS[k] as readonly string[]).includes(n));
    if (col && !at.has(col)) at.set(col, i);
  });
  const where = (col: Column) => (at.has(col) ? `${col} (column ${columnLetter(at.get(col)!)})` : col);
  const issue = (row: number, col: Column, message: string) => errors.push({ row, column: col, message: `Row ${row}, ${where(col)}: ${message}` });
  for (const col of REQUIRED) if (!at.has(col)) issue(1, col, `the header has no “${col}” column (expected: ${REQUIRED.join(', ')})`);
  const empty = { fileName, rows: table.rows.length, measurements: [], errors };
  if (errors.length) return { preview: empty, fields: [] };
  if (table.rows.length === 0) {
    issue(2, 'metric', 'the file has a header but no measurements');
    return { preview: empty, fields: [] };
  }

  const { entry } = ctx;
  const metricBy = new Map<string, StoredMetric>();
  for (const m of ctx.metrics) {
    metricBy.set(m.id.toLowerCase(), m);
    metricBy.set(m.name.toLowerCase(), m);
  }
  const marketOf = (raw: string): { market: string; label: string } | string => {
    const s = raw.trim();
    const low = s.toLowerCase();
    const homeWords = low === 'home' || s.toUpperCase() === entry.homeCountry;
    const marketWords = low === 'market' || s.toUpperCase() === entry.targetCountry || low === entry.name.toLowerCase() || low === entry.id;
    if (homeWords && marketWords) return `“${s}” is both the home market and this entry’s market; write home or market`;
    if (homeWords) return { market: entry.homeCountry, label: `Home (${entry.homeCountry})` };
    if (marketWords) return { market: entry.id, label: entry.name };
    return s === '' ? 'empty; write home or market' : `“${s}” is neither home (${entry.homeCountry}) nor this entry (${entry.targetCountry}, ${entry.name}); write home or market`;
  };

  const preview: MeasurementImportPreview['measurements'] = [];
  const fields: MeasurementFields[] = [];
  const accepted: { metricId: string; market: string; start: string; end: string; row: number }[] = [];
  for (const { row, cells } of table.rows) {
    const cell = (col: Column): Cell => (at.has(col) ? (cells[at.get(col)!] ?? null) : null);
    const before = errors.length;
    const metricText = text(cell('metric'));
    const metric = metricBy.get(metricText.toLowerCase());
    if (!metric) issue(row, 'metric', metricText === '' ? 'empty; name a metric of the catalogue' : `“${metricText}” is not a metric in the catalogue`);
    const market = marketOf(text(cell('market')));
    if (typeof market === 'string') issue(row, 'market', market);
    const start = dateOf(cell('period_start'));
    if (!start.ok) issue(row, 'period_start', `${start.shown} is not a date; use YYYY-MM-DD`);
    const end = dateOf(cell('period_end'));
    if (!end.ok) issue(row, 'period_end', `${end.shown} is not a date; use YYYY-MM-DD`);
    const valueCell = cell('value');
    const value = numberOf(valueCell);
    if (value === null) issue(row, 'value', `${text(valueCell) === '' ? 'empty' : `“${text(valueCell)}”`} is not a number (use a point for decimals, no thousands separators)`);
    const rateText = text(cell('fx_rate'));
    const fxRate = rateText === '' ? null : numberOf(cell('fx_rate'));
    if (rateText !== '' && fxRate === null) issue(row, 'fx_rate', `“${rateText}” is not a number`);
    const currency = text(cell('currency')).toUpperCase() || (metric?.money ? metric.currency : null) || null;
    if (metric?.money && currency === null) issue(row, 'currency', `${metric.name} is money: give its currency (such as EUR)`);
    if (metric && !metric.money && currency !== null) issue(row, 'currency', `${metric.name} is not money; leave the currency empty`);
    if (errors.length > before || !metric || typeof market === 'string' || !start.ok || !end.ok || value === null) continue;

    const candidate = {
      metricId: metric.id,
      market: market.market,
      periodStart: start.value,
      periodEnd: end.value,
      value,
      currency,
      fxRate,
      fxCurrency: text(cell('fx_currency')).toUpperCase() || null,
      sourceNote: text(cell('source')) || `Imported from ${fileName}`,
    };
    const parsed = measurementFields.safeParse(candidate);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const key = (i.path[0] ?? 'value') as keyof MeasurementFields;
        issue(row, FIELD_COLUMN[key] ?? 'value', `${MEASUREMENT_FIELD_LABELS[key] ?? key}: ${i.message}`);
      }
      continue;
    }
    const m = parsed.data;
    const span = periodLabel(m.periodStart, m.periodEnd);
    const stored = ctx.overlapping(m.metricId, m.market, m.periodStart, m.periodEnd);
    const earlier = accepted.find((a) => a.metricId === m.metricId && a.market === m.market && a.start <= m.periodEnd && a.end >= m.periodStart);
    if (stored) issue(row, 'period_start', `${span} overlaps the ${metric.name} measurement already recorded for ${market.label} (${periodLabel(stored.periodStart, stored.periodEnd)})`);
    else if (earlier) issue(row, 'period_start', `${span} overlaps row ${earlier.row} (${metric.name}, ${market.label}, ${periodLabel(earlier.start, earlier.end)})`);
    if (stored || earlier) continue;
    accepted.push({ metricId: m.metricId, market: m.market, start: m.periodStart, end: m.periodEnd, row });
    fields.push(m);
    preview.push({ row, metricId: metric.id, metricName: metric.name, market: m.market, marketLabel: market.label, periodStart: m.periodStart, periodEnd: m.periodEnd, value: m.value, currency: m.currency });
  }
  return { preview: { fileName, rows: table.rows.length, measurements: preview, errors }, fields };
}
