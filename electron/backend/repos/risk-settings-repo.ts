/**
 * The risk register's other tables (migration 011): dismissed suggestions, the active matrix,
 * appetite per category, review intervals per level and the forecast cache per entry.
 */
import type Database from 'better-sqlite3';
import type { RiskForecastView } from '../../../shared/risk-schema';
import type { RiskLevel } from '../../../shared/risks/matrix-schema';
import type { RiskCategory } from '../../../shared/risks/risk-enums';

interface ForecastRow {
  entry_id: string;
  fingerprint: string;
  computed_at: string;
  target_date: string;
  deterministic: string;
  p50: string;
  p80: string;
  p95: string;
  probability_on_target: number;
  iterations: number;
  schedule_risks: number;
  drivers: string;
}

export interface CachedForecast extends RiskForecastView {
  fingerprint: string;
}

function toForecast(r: ForecastRow): CachedForecast {
  return {
    entryId: r.entry_id,
    fingerprint: r.fingerprint,
    computedAt: r.computed_at,
    targetDate: r.target_date,
    deterministic: r.deterministic,
    p50: r.p50,
    p80: r.p80,
    p95: r.p95,
    probabilityOnTarget: r.probability_on_target,
    iterations: r.iterations,
    scheduleRisks: r.schedule_risks,
    drivers: JSON.parse(r.drivers) as CachedForecast['drivers'],
  };
}

/** What the portfolio figures read of each cached forecast. */
export interface ForecastFigures {
  entryId: string;
  p50: string;
  p80: string;
  probabilityOnTarget: number;
  scheduleRisks: number;
}

export function riskSettingsRepo(db: Database.Database) {
  const dismissed = db.prepare<[string], { template_id: string }>('SELECT template_id FROM risk_dismissed WHERE entry_id = ?');
  const dismiss = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO risk_dismissed (entry_id, template_id, dismissed_at) VALUES (?, ?, ?)');
  const matrix = db.prepare<[], { content: string }>('SELECT content FROM risk_matrix WHERE singleton = 1');
  const setMatrix = db.prepare<[string, string, string, string]>(
    `INSERT INTO risk_matrix (singleton, matrix_id, matrix_version, content, set_at) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (singleton) DO UPDATE SET matrix_id = excluded.matrix_id, matrix_version = excluded.matrix_version, content = excluded.content, set_at = excluded.set_at`,
  );
  const appetite = db.prepare<[], { category: RiskCategory; level: RiskLevel }>('SELECT category, level FROM risk_appetite');
  const setAppetite = db.prepare<[string, string]>('INSERT INTO risk_appetite (category, level) VALUES (?, ?) ON CONFLICT (category) DO UPDATE SET level = excluded.level');
  const intervals = db.prepare<[], { level: RiskLevel; days: number }>('SELECT level, days FROM risk_review_intervals');
  const setInterval = db.prepare<[string, number]>('INSERT INTO risk_review_intervals (level, days) VALUES (?, ?) ON CONFLICT (level) DO UPDATE SET days = excluded.days');
  const forecast = db.prepare<[string], ForecastRow>('SELECT * FROM risk_forecasts WHERE entry_id = ?');
  const figures = db.prepare<[], { entry_id: string; p50: string; p80: string; probability_on_target: number; schedule_risks: number }>(
    'SELECT entry_id, p50, p80, probability_on_target, schedule_risks FROM risk_forecasts',
  );
  const saveForecast = db.prepare(`INSERT INTO risk_forecasts (entry_id, fingerprint, computed_at, target_date, deterministic, p50, p80, p95, probability_on_target, iterations, schedule_risks, drivers)
    VALUES (@entry_id, @fingerprint, @computed_at, @target_date, @deterministic, @p50, @p80, @p95, @probability_on_target, @iterations, @schedule_risks, @drivers)
    ON CONFLICT (entry_id) DO UPDATE SET fingerprint = excluded.fingerprint, computed_at = excluded.computed_at, target_date = excluded.target_date,
      deterministic = excluded.deterministic, p50 = excluded.p50, p80 = excluded.p80, p95 = excluded.p95, probability_on_target = excluded.probability_on_target,
      iterations = excluded.iterations, schedule_risks = excluded.schedule_risks, drivers = excluded.drivers`);

  return {
    dismissed(entryId: string): string[] {
      return dismissed.all(entryId).map((r) => r.template_id);
    },
    dismiss(entryId: string, templateId: string, at: string): void {
      dismiss.run(entryId, templateId, at);
    },
    matrix(): string | undefined {
      return matrix.get()?.content;
    },
    setMatrix(id: string, version: string, content: string, at: string): void {
      setMatrix.run(id, version, content, at);
    },
    appetite(): { category: RiskCategory; level: RiskLevel }[] {
      return appetite.all();
    },
    setAppetite(category: RiskCategory, level: RiskLevel): void {
      setAppetite.run(category, level);
    },
    reviewIntervals(): { level: RiskLevel; days: number }[] {
      return intervals.all();
    },
    setReviewInterval(level: RiskLevel, days: number): void {
      setInterval.run(level, days);
    },
    forecast(entryId: string): CachedForecast | undefined {
      const r = forecast.get(entryId);
      return r ? toForecast(r) : undefined;
    },
    /** Every cached forecast's dates, in one query (the portfolio figures). */
    forecastFigures(): ForecastFigures[] {
      return figures.all().map((r) => ({ entryId: r.entry_id, p50: r.p50, p80: r.p80, probabilityOnTarget: r.probability_on_target, scheduleRisks: r.schedule_risks }));
    },
    saveForecast(f: CachedForecast): void {
      saveForecast.run({
        entry_id: f.entryId,
        fingerprint: f.fingerprint,
        computed_at: f.computedAt,
        target_date: f.targetDate,
        deterministic: f.deterministic,
        p50: f.p50,
        p80: f.p80,
        p95: f.p95,
        probability_on_target: f.probabilityOnTarget,
        iterations: f.iterations,
        schedule_risks: f.scheduleRisks,
        drivers: JSON.stringify(f.drivers),
      });
    },
  };
}

export type RiskSettingsRepo = ReturnType<typeof riskSettingsRepo>;
