/** The risk register's tables (migration 009): risks, dismissed suggestions, the active matrix, appetite, review intervals and the forecast cache. */
import type Database from 'better-sqlite3';
import type { RiskAcceptance, RiskForecastView, RiskView } from '../../../shared/risk-schema';
import type { RiskLevel } from '../../../shared/risks/matrix-schema';
import type { RiskCategory } from '../../../shared/risks/risk-enums';

/** A risk as stored: the view without what is derived from the matrix and appetite. */
export type RiskRecord = Omit<RiskView, 'levels' | 'travel' | 'appetite' | 'aboveAppetite' | 'reviewOverdue'>;

interface RiskRow {
  id: string;
  entry_id: string;
  template_id: string | null;
  title: string;
  cause: string;
  event: string;
  effect: string;
  category: RiskRecord['category'];
  workstream: RiskRecord['workstream'];
  owner: string;
  status: RiskRecord['status'];
  inherent_likelihood: number;
  inherent_impact: number;
  current_likelihood: number;
  current_impact: number;
  residual_likelihood: number;
  residual_impact: number;
  controls: string;
  response: RiskRecord['response'];
  treatments: string;
  target_level: RiskLevel | null;
  target_date: string | null;
  early_warning: string;
  schedule_min_days: number | null;
  schedule_likely_days: number | null;
  schedule_max_days: number | null;
  schedule_task_ids: string;
  cost_amount: number | null;
  cost_currency: string | null;
  last_review: string | null;
  next_review: string;
  acceptance: string | null;
  matrix_id: string;
  matrix_version: string;
  version: number;
  created_at: string;
  updated_at: string;
}

function toRecord(r: RiskRow): RiskRecord {
  return {
    id: r.id,
    entryId: r.entry_id,
    templateId: r.template_id,
    title: r.title,
    cause: r.cause,
    event: r.event,
    effect: r.effect,
    category: r.category,
    workstream: r.workstream,
    owner: r.owner,
    status: r.status,
    inherent: { likelihood: r.inherent_likelihood, impact: r.inherent_impact },
    current: { likelihood: r.current_likelihood, impact: r.current_impact },
    residual: { likelihood: r.residual_likelihood, impact: r.residual_impact },
    controls: JSON.parse(r.controls) as RiskRecord['controls'],
    response: r.response,
    treatments: JSON.parse(r.treatments) as RiskRecord['treatments'],
    targetLevel: r.target_level,
    targetDate: r.target_date,
    earlyWarning: r.early_warning,
    scheduleImpact:
      r.schedule_min_days === null
        ? null
        : { minDays: r.schedule_min_days, likelyDays: r.schedule_likely_days!, maxDays: r.schedule_max_days!, taskIds: JSON.parse(r.schedule_task_ids) as string[] },
    costImpact: r.cost_amount === null ? null : { amount: r.cost_amount, currency: r.cost_currency! },
    lastReview: r.last_review,
    nextReview: r.next_review,
    acceptance: r.acceptance ? (JSON.parse(r.acceptance) as RiskAcceptance) : null,
    matrixId: r.matrix_id,
    matrixVersion: r.matrix_version,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(r: RiskRecord): RiskRow {
  return {
    id: r.id,
    entry_id: r.entryId,
    template_id: r.templateId,
    title: r.title,
    cause: r.cause,
    event: r.event,
    effect: r.effect,
    category: r.category,
    workstream: r.workstream,
    owner: r.owner,
    status: r.status,
    inherent_likelihood: r.inherent.likelihood,
    inherent_impact: r.inherent.impact,
    current_likelihood: r.current.likelihood,
    current_impact: r.current.impact,
    residual_likelihood: r.residual.likelihood,
    residual_impact: r.residual.impact,
    controls: JSON.stringify(r.controls),
    response: r.response,
    treatments: JSON.stringify(r.treatments),
    target_level: r.targetLevel,
    target_date: r.targetDate,
    early_warning: r.earlyWarning,
    schedule_min_days: r.scheduleImpact?.minDays ?? null,
    schedule_likely_days: r.scheduleImpact?.likelyDays ?? null,
    schedule_max_days: r.scheduleImpact?.maxDays ?? null,
    schedule_task_ids: JSON.stringify(r.scheduleImpact?.taskIds ?? []),
    cost_amount: r.costImpact?.amount ?? null,
    cost_currency: r.costImpact?.currency ?? null,
    last_review: r.lastReview,
    next_review: r.nextReview,
    acceptance: r.acceptance ? JSON.stringify(r.acceptance) : null,
    matrix_id: r.matrixId,
    matrix_version: r.matrixVersion,
    version: r.version,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

const COLUMNS = [
  'id', 'entry_id', 'template_id', 'title', 'cause', 'event', 'effect', 'category', 'workstream', 'owner', 'status',
  'inherent_likelihood', 'inherent_impact', 'current_likelihood', 'current_impact', 'residual_likelihood', 'residual_impact',
  'controls', 'response', 'treatments', 'target_level', 'target_date', 'early_warning',
  'schedule_min_days', 'schedule_likely_days', 'schedule_max_days', 'schedule_task_ids', 'cost_amount', 'cost_currency',
  'last_review', 'next_review', 'acceptance', 'matrix_id', 'matrix_version', 'version', 'created_at', 'updated_at',
] as const;

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

/** What the portfolio figures need of every risk, in one query. */
export interface RiskSummaryRow {
  entryId: string;
  category: RiskCategory;
  status: RiskRecord['status'];
  current: { likelihood: number; impact: number };
  nextReview: string;
  acceptanceExpires: string | null;
}

export function riskRepo(db: Database.Database) {
  const insert = db.prepare(`INSERT INTO risks (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const update = db.prepare(
    `UPDATE risks SET ${COLUMNS.filter((c) => c !== 'id' && c !== 'entry_id' && c !== 'created_at').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id AND version = @expected`,
  );
  const get = db.prepare<[string], RiskRow>('SELECT * FROM risks WHERE id = ?');
  const forEntry = db.prepare<[string], RiskRow>('SELECT * FROM risks WHERE entry_id = ? ORDER BY created_at, rowid');
  const all = db.prepare<[], RiskRow>('SELECT * FROM risks ORDER BY entry_id, created_at, rowid');
  const del = db.prepare<[string]>('DELETE FROM risks WHERE id = ?');
  const templateIds = db.prepare<[string], { template_id: string }>('SELECT template_id FROM risks WHERE entry_id = ? AND template_id IS NOT NULL');
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
  const forecasts = db.prepare<[], ForecastRow>('SELECT * FROM risk_forecasts');
  const saveForecast = db.prepare(`INSERT INTO risk_forecasts (entry_id, fingerprint, computed_at, target_date, deterministic, p50, p80, p95, probability_on_target, iterations, schedule_risks, drivers)
    VALUES (@entry_id, @fingerprint, @computed_at, @target_date, @deterministic, @p50, @p80, @p95, @probability_on_target, @iterations, @schedule_risks, @drivers)
    ON CONFLICT (entry_id) DO UPDATE SET fingerprint = excluded.fingerprint, computed_at = excluded.computed_at, target_date = excluded.target_date,
      deterministic = excluded.deterministic, p50 = excluded.p50, p80 = excluded.p80, p95 = excluded.p95, probability_on_target = excluded.probability_on_target,
      iterations = excluded.iterations, schedule_risks = excluded.schedule_risks, drivers = excluded.drivers`);
  const expiredAcceptances = db.prepare<[string], RiskRow>(
    "SELECT * FROM risks WHERE status = 'accepted' AND acceptance IS NOT NULL AND json_extract(acceptance, '$.expires') < ?",
  );
  const summary = db.prepare<[], { entry_id: string; category: RiskCategory; status: RiskRecord['status']; current_likelihood: number; current_impact: number; next_review: string; expires: string | null }>(
    `SELECT entry_id, category, status, current_likelihood, current_impact, next_review,
       CASE WHEN status = 'accepted' THEN json_extract(acceptance, '$.expires') END AS expires
     FROM risks WHERE status NOT IN ('closed', 'became_issue')`,
  );

  return {
    insert(r: RiskRecord): void {
      insert.run(toRow(r));
    },
    /** Writes `r` over the stored row only if that row is still at `expected`; false when someone else got there first. */
    update(r: RiskRecord, expected: number): boolean {
      return update.run({ ...toRow(r), expected }).changes === 1;
    },
    get(id: string): RiskRecord | undefined {
      const r = get.get(id);
      return r ? toRecord(r) : undefined;
    },
    forEntry(entryId: string): RiskRecord[] {
      return forEntry.all(entryId).map(toRecord);
    },
    all(): RiskRecord[] {
      return all.all().map(toRecord);
    },
    delete(id: string): void {
      del.run(id);
    },
    templateIds(entryId: string): string[] {
      return templateIds.all(entryId).map((r) => r.template_id);
    },
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
    forecasts(): CachedForecast[] {
      return forecasts.all().map(toForecast);
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
    expiredAcceptances(today: string): RiskRecord[] {
      return expiredAcceptances.all(today).map(toRecord);
    },
    /** Every risk still in play, compactly (the portfolio figures). */
    summaries(): RiskSummaryRow[] {
      return summary.all().map((r) => ({
        entryId: r.entry_id,
        category: r.category,
        status: r.status,
        current: { likelihood: r.current_likelihood, impact: r.current_impact },
        nextReview: r.next_review,
        acceptanceExpires: r.expires,
      }));
    },
  };
}

export type RiskRepo = ReturnType<typeof riskRepo>;
