/** The efficiency tables: the metric catalogue and dated measurements. All their SQL. */
import type Database from 'better-sqlite3';
import type { StoredMeasurement, StoredMetric } from '../../../shared/efficiency/efficiency-schema';
import type { FigureMeasurement } from '../../../shared/efficiency/efficiency-figures';

interface MetricRow {
  id: string;
  name: string;
  unit: string;
  direction: StoredMetric['direction'];
  weight: number;
  aggregation: StoredMetric['aggregation'];
  money: number;
  currency: string | null;
  satisfaction: number;
  description: string;
  origin: StoredMetric['origin'];
  catalogue_version: string | null;
  sort: number;
  version: number;
  created_at: string;
  updated_at: string;
}

interface MeasurementRow {
  id: string;
  metric_id: string;
  home_country: string | null;
  entry_id: string | null;
  period_start: string;
  period_end: string;
  value: number;
  currency: string | null;
  fx_rate: number | null;
  fx_currency: string | null;
  source_note: string;
  recorded_by: string;
  os_user: string;
  version: number;
  created_at: string;
  updated_at: string;
}

const toMetric = (r: MetricRow): StoredMetric => ({
  id: r.id,
  name: r.name,
  unit: r.unit,
  direction: r.direction,
  weight: r.weight,
  aggregation: r.aggregation,
  money: r.money === 1,
  currency: r.currency,
  satisfaction: r.satisfaction === 1,
  description: r.description,
  origin: r.origin,
  catalogueVersion: r.catalogue_version,
  version: r.version,
  updatedAt: r.updated_at,
});

const toMeasurement = (r: MeasurementRow): StoredMeasurement => ({
  id: r.id,
  metricId: r.metric_id,
  market: r.entry_id ?? r.home_country!,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  value: r.value,
  currency: r.currency,
  fxRate: r.fx_rate,
  fxCurrency: r.fx_currency,
  sourceNote: r.source_note,
  recordedBy: r.recorded_by,
  osUser: r.os_user,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const isHome = (market: string) => /^[A-Z]{2}$/.test(market);

function metricParams(m: StoredMetric, sort: number) {
  return {
    id: m.id,
    name: m.name,
    unit: m.unit,
    direction: m.direction,
    weight: m.weight,
    aggregation: m.aggregation,
    money: m.money ? 1 : 0,
    currency: m.currency,
    satisfaction: m.satisfaction ? 1 : 0,
    description: m.description,
    origin: m.origin,
    catalogue_version: m.catalogueVersion,
    sort,
    version: m.version,
    updated_at: m.updatedAt,
  };
}

function measurementParams(m: StoredMeasurement) {
  return {
    id: m.id,
    metric_id: m.metricId,
    home_country: isHome(m.market) ? m.market : null,
    entry_id: isHome(m.market) ? null : m.market,
    period_start: m.periodStart,
    period_end: m.periodEnd,
    value: m.value,
    currency: m.currency,
    fx_rate: m.fxRate,
    fx_currency: m.fxCurrency,
    source_note: m.sourceNote,
    recorded_by: m.recordedBy,
    os_user: m.osUser,
    version: m.version,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
  };
}

export function efficiencyRepo(db: Database.Database) {
  const metrics = db.prepare<[], MetricRow>('SELECT * FROM efficiency_metrics ORDER BY sort, name');
  const metric = db.prepare<[string], MetricRow>('SELECT * FROM efficiency_metrics WHERE id = ?');
  const nextSort = db.prepare<[], { n: number }>('SELECT coalesce(max(sort), 0) + 1 AS n FROM efficiency_metrics');
  const insertMetric = db.prepare(`
    INSERT INTO efficiency_metrics (id, name, unit, direction, weight, aggregation, money, currency, satisfaction, description,
      origin, catalogue_version, sort, version, created_at, updated_at)
    VALUES (@id, @name, @unit, @direction, @weight, @aggregation, @money, @currency, @satisfaction, @description,
      @origin, @catalogue_version, @sort, @version, @updated_at, @updated_at)`);
  const updateMetric = db.prepare(`
    UPDATE efficiency_metrics SET name = @name, unit = @unit, direction = @direction, weight = @weight, aggregation = @aggregation,
      money = @money, currency = @currency, satisfaction = @satisfaction, description = @description,
      version = @version, updated_at = @updated_at
    WHERE id = @id AND version = @expected`);

  const measurement = db.prepare<[string], MeasurementRow>('SELECT * FROM efficiency_measurements WHERE id = ?');
  const forEntry = db.prepare<[string], MeasurementRow>('SELECT * FROM efficiency_measurements WHERE entry_id = ? ORDER BY period_end, period_start, created_at');
  const forHome = db.prepare<[string], MeasurementRow>('SELECT * FROM efficiency_measurements WHERE home_country = ? ORDER BY period_end, period_start, created_at');
  const all = db.prepare<[], MeasurementRow>('SELECT * FROM efficiency_measurements ORDER BY period_end, period_start, created_at');
  /** Only what the figures read, in the same order (the portfolio's read of every market). */
  const lean = db.prepare<[], FigureMeasurement>(`SELECT metric_id AS metricId, coalesce(entry_id, home_country) AS market, period_start AS periodStart,
      period_end AS periodEnd, value, currency, fx_rate AS fxRate, fx_currency AS fxCurrency
    FROM efficiency_measurements ORDER BY period_end, period_start, created_at`);
  const overlapping = db.prepare<{ metric_id: string; home_country: string | null; entry_id: string | null; start: string; end: string; except: string }, MeasurementRow>(`
    SELECT * FROM efficiency_measurements
    WHERE metric_id = @metric_id AND home_country IS @home_country AND entry_id IS @entry_id
      AND period_start <= @end AND period_end >= @start AND id <> @except
    ORDER BY period_start LIMIT 1`);
  const insertMeasurement = db.prepare(`
    INSERT INTO efficiency_measurements (id, metric_id, home_country, entry_id, period_start, period_end, value, currency, fx_rate, fx_currency,
      source_note, recorded_by, os_user, version, created_at, updated_at)
    VALUES (@id, @metric_id, @home_country, @entry_id, @period_start, @period_end, @value, @currency, @fx_rate, @fx_currency,
      @source_note, @recorded_by, @os_user, @version, @created_at, @updated_at)`);
  const updateMeasurement = db.prepare(`
    UPDATE efficiency_measurements SET metric_id = @metric_id, home_country = @home_country, entry_id = @entry_id,
      period_start = @period_start, period_end = @period_end, value = @value, currency = @currency, fx_rate = @fx_rate,
      fx_currency = @fx_currency, source_note = @source_note, recorded_by = @recorded_by, os_user = @os_user,
      version = @version, updated_at = @updated_at
    WHERE id = @id AND version = @expected`);
  const deleteMeasurement = db.prepare<[string, number]>('DELETE FROM efficiency_measurements WHERE id = ? AND version = ?');

  return {
    metrics: (): StoredMetric[] => metrics.all().map(toMetric),
    metric(id: string): StoredMetric | undefined {
      const r = metric.get(id);
      return r ? toMetric(r) : undefined;
    },
    insertMetric(m: StoredMetric): void {
      insertMetric.run(metricParams(m, nextSort.get()!.n));
    },
    /** False when the stored version is no longer `expected`. */
    updateMetric(m: StoredMetric, expected: number): boolean {
      return updateMetric.run({ ...metricParams(m, 0), expected }).changes === 1;
    },
    measurement(id: string): StoredMeasurement | undefined {
      const r = measurement.get(id);
      return r ? toMeasurement(r) : undefined;
    },
    /** A market's measurements (an entry id or a home country code), oldest period first. */
    measurementsOf(market: string): StoredMeasurement[] {
      return (isHome(market) ? forHome : forEntry).all(market).map(toMeasurement);
    },
    allMeasurements: (): StoredMeasurement[] => all.all().map(toMeasurement),
    figureMeasurements: (): FigureMeasurement[] => lean.all(),
    /** A measurement of the same metric and market whose period overlaps [start, end], other than `exceptId`. */
    overlapping(metricId: string, market: string, start: string, end: string, exceptId = ''): StoredMeasurement | undefined {
      const r = overlapping.get({ metric_id: metricId, home_country: isHome(market) ? market : null, entry_id: isHome(market) ? null : market, start, end, except: exceptId });
      return r ? toMeasurement(r) : undefined;
    },
    insertMeasurement(m: StoredMeasurement): void {
      insertMeasurement.run(measurementParams(m));
    },
    updateMeasurement(m: StoredMeasurement, expected: number): boolean {
      return updateMeasurement.run({ ...measurementParams(m), expected }).changes === 1;
    },
    deleteMeasurement(id: string, version: number): boolean {
      return deleteMeasurement.run(id, version).changes === 1;
    },
  };
}

export type EfficiencyRepo = ReturnType<typeof efficiencyRepo>;
