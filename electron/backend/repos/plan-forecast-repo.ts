/** Each plan's latest forecast, kept beside the plan so the portfolio reads one row per plan. */
import type Database from 'better-sqlite3';

export interface ForecastRecord {
  entryId: string;
  computedAt: string;
  statusDate: string;
  statusDateFollowsToday: boolean;
  forecastFinish: string;
  readyOn: string | null;
  businessDaysPastTarget: number;
  baselineSlipDays: number | null;
  criticalLate: number;
}

interface ForecastRow {
  entry_id: string;
  computed_at: string;
  status_date: string;
  status_date_follows_today: number;
  forecast_finish: string;
  ready_on: string | null;
  business_days_past_target: number;
  baseline_slip_days: number | null;
  critical_late: number;
  dirty: number;
}

const toRecord = (r: ForecastRow): ForecastRecord => ({
  entryId: r.entry_id,
  computedAt: r.computed_at,
  statusDate: r.status_date,
  statusDateFollowsToday: r.status_date_follows_today === 1,
  forecastFinish: r.forecast_finish,
  readyOn: r.ready_on,
  businessDaysPastTarget: r.business_days_past_target,
  baselineSlipDays: r.baseline_slip_days,
  criticalLate: r.critical_late,
});

export function planForecastRepo(db: Database.Database) {
  const upsert = db.prepare(`INSERT INTO plan_forecasts (entry_id, computed_at, status_date, status_date_follows_today, forecast_finish, ready_on,
      business_days_past_target, baseline_slip_days, critical_late, dirty)
    VALUES (@entry_id, @computed_at, @status_date, @status_date_follows_today, @forecast_finish, @ready_on, @business_days_past_target, @baseline_slip_days, @critical_late, 0)
    ON CONFLICT (entry_id) DO UPDATE SET computed_at = excluded.computed_at, status_date = excluded.status_date,
      status_date_follows_today = excluded.status_date_follows_today, forecast_finish = excluded.forecast_finish, ready_on = excluded.ready_on,
      business_days_past_target = excluded.business_days_past_target, baseline_slip_days = excluded.baseline_slip_days,
      critical_late = excluded.critical_late, dirty = 0`);
  const all = db.prepare<[], ForecastRow>('SELECT * FROM plan_forecasts');
  // Plans without a stored forecast, marked dirty, or scheduled for an earlier "today".
  const stale = db.prepare<[string], { entry_id: string }>(`SELECT p.entry_id FROM plans p LEFT JOIN plan_forecasts f ON f.entry_id = p.entry_id
    WHERE f.entry_id IS NULL OR f.dirty = 1 OR (f.status_date_follows_today = 1 AND f.status_date < ?)`);

  return {
    put(f: ForecastRecord): void {
      upsert.run({
        entry_id: f.entryId,
        computed_at: f.computedAt,
        status_date: f.statusDate,
        status_date_follows_today: f.statusDateFollowsToday ? 1 : 0,
        forecast_finish: f.forecastFinish,
        ready_on: f.readyOn,
        business_days_past_target: f.businessDaysPastTarget,
        baseline_slip_days: f.baselineSlipDays,
        critical_late: f.criticalLate,
      });
    },
    /** Every stored forecast, by entry id, in one query. */
    all(): Map<string, ForecastRecord> {
      return new Map(all.all().map((r) => [r.entry_id, toRecord(r)]));
    },
    staleEntryIds: (today: string): string[] => stale.all(today).map((r) => r.entry_id),
  };
}

export type PlanForecastRepo = ReturnType<typeof planForecastRepo>;
