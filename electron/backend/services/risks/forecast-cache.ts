/**
 * The risk-adjusted readiness forecast per entry, cached in risk_forecasts. Writes (a risk
 * or a plan change) only ask for a recompute once they have committed; it runs after the
 * request has returned (setImmediate), so no request waits for 2,000 scheduler runs. A read
 * answers from the cache when its fingerprint (plan, calendar, risks, target) still matches;
 * otherwise it computes the answer and stores it after returning (reads never write).
 */
import { canonicalJson } from '../../../../shared/canonical-json';
import { forecastReadiness, type ScheduleRisk } from '../../../../shared/domain/risk-forecast';
import type { ScheduleInput } from '../../../../shared/domain/schedule';
import type { RiskMatrix } from '../../../../shared/risks/matrix-schema';
import type { RiskForecastView } from '../../../../shared/risk-schema';
import { sha256Hex } from '../../library/content-hash';
import type { RiskRecord } from '../../repos/risk-repo';
import type { CachedForecast, RiskSettingsRepo } from '../../repos/risk-settings-repo';
import type { Kernel } from '../kernel';

export const FORECAST_ITERATIONS = 2000;
/** Fixed: the same plan and risks always give the same dates. */
export const FORECAST_SEED = 14;

/** Risks still in play whose schedule impact can delay something. */
export function scheduleRisks(matrix: RiskMatrix, risks: readonly RiskRecord[]): ScheduleRisk[] {
  return risks
    .filter((r) => r.scheduleImpact && r.status !== 'closed' && r.status !== 'became_issue' && r.scheduleImpact.taskIds.length > 0)
    .map((r) => ({
      id: r.id,
      title: r.title,
      probability: matrix.likelihood[r.current.likelihood - 1]?.probability ?? 0,
      minDays: r.scheduleImpact!.minDays,
      likelyDays: r.scheduleImpact!.likelyDays,
      maxDays: r.scheduleImpact!.maxDays,
      taskIds: r.scheduleImpact!.taskIds,
    }));
}

export interface ForecastDeps {
  store: Pick<RiskSettingsRepo, 'forecast' | 'saveForecast'>;
  /** The entry's stored risks. */
  risks(entryId: string): RiskRecord[];
  kernel: Kernel;
  matrix(): RiskMatrix;
  plan(entryId: string): { input: ScheduleInput; targetDate: string };
  /** Whether the entry still exists (it may be deleted before a queued recompute runs). */
  exists(entryId: string): boolean;
  onProblem(err: unknown): void;
}

export function forecastCache(deps: ForecastDeps) {
  const { store, kernel } = deps;
  const pending = new Set<string>();
  let closed = false;

  function inputs(entryId: string) {
    const { input, targetDate } = deps.plan(entryId);
    const risks = scheduleRisks(deps.matrix(), deps.risks(entryId));
    const fingerprint = sha256Hex(canonicalJson({ input, risks, targetDate, iterations: FORECAST_ITERATIONS, seed: FORECAST_SEED }));
    return { input, targetDate, risks, fingerprint };
  }

  function compute(entryId: string): CachedForecast {
    const { input, targetDate, risks, fingerprint } = inputs(entryId);
    const f = forecastReadiness({ plan: input, risks, targetDate, iterations: FORECAST_ITERATIONS, seed: FORECAST_SEED });
    const cached: CachedForecast = {
      entryId,
      fingerprint,
      computedAt: kernel.now().toISOString(),
      targetDate,
      deterministic: f.deterministic,
      p50: f.p50,
      p80: f.p80,
      p95: f.p95,
      probabilityOnTarget: f.probabilityOnTarget,
      iterations: f.iterations,
      scheduleRisks: risks.length,
      drivers: f.drivers.slice(0, 5),
    };
    return cached;
  }

  /** Runs `fn` after the current request unless the database closed in between; problems go to the log. */
  function later(entryId: string, fn: () => void): void {
    setImmediate(() => {
      if (closed) return;
      try {
        if (deps.exists(entryId)) fn();
      } catch (err) {
        deps.onProblem(err);
      }
    });
  }

  function strip({ fingerprint: _f, ...view }: CachedForecast): RiskForecastView {
    return view;
  }

  return {
    /** Queue a recompute for after the current request. */
    schedule(entryId: string): void {
      if (pending.has(entryId) || closed) return;
      pending.add(entryId);
      later(entryId, () => {
        pending.delete(entryId);
        const f = compute(entryId);
        kernel.write(() => store.saveForecast(f));
      });
    },
    read(entryId: string): RiskForecastView {
      const cached = store.forecast(entryId);
      if (cached && cached.fingerprint === inputs(entryId).fingerprint) return strip(cached);
      const fresh = compute(entryId);
      later(entryId, () => {
        if (store.forecast(entryId)?.fingerprint !== fresh.fingerprint) kernel.write(() => store.saveForecast(fresh));
      });
      return strip(fresh);
    },
    /** Stop queued recomputes (the database is closing). */
    close(): void {
      closed = true;
    },
  };
}
