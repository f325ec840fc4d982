/**
 * Risk registers: each entry's risks scored on the active matrix at three stages, suggested
 * from the template library, accepted through the sign-off ledger, reviewed on the level's
 * interval, and turned into a risk-adjusted readiness forecast. Owns the risk tables; the
 * entry, its plan and checklist, the signer and the ledger come from their services.
 *
 *   risks/risk-core.ts        the matrix and settings in force, presenting, validating, saving a risk
 *   risks/register.ts         list, create, update, inline patch, review, delete, treatment → task
 *   risks/suggestions.ts      template risks that fit the entry; take or dismiss one
 *   risks/acceptance.ts       acceptance into the ledger, its expiry sweep, the approvers' queue
 *   risks/matrix-settings.ts  the active matrix (and importing one), appetite, review intervals
 *   risks/portfolio.ts        heat maps, overdue reviews, the timeline's risk page, leadership's figures
 *   risks/register-files.ts   the register as CSV / XLSX and its re-import (register-io.ts: the columns)
 *   risks/forecast-cache.ts   the Monte Carlo forecast, cached per entry, recomputed after writes
 *   risks/resources.ts        the shipped matrix and templates; a user's matrix file
 */
import { forecastCache } from './risks/forecast-cache';
import { riskAcceptance } from './risks/acceptance';
import { riskMatrixSettings } from './risks/matrix-settings';
import { riskPortfolio } from './risks/portfolio';
import { riskRegister } from './risks/register';
import { riskRegisterFiles } from './risks/register-files';
import { riskCore, type RiskDeps } from './risks/risk-core';
import { riskSuggestions } from './risks/suggestions';

export type { RiskDeps } from './risks/risk-core';

export function riskService(deps: RiskDeps) {
  const core = riskCore(deps, (entryId) => forecasts.schedule(entryId));
  const forecasts = forecastCache({
    store: deps.store,
    risks: (id) => deps.repo.forEntry(id),
    kernel: deps.kernel,
    matrix: core.matrix,
    plan: (id) => deps.plan.scheduleInput(id),
    exists: (id) => {
      try {
        deps.entry(id);
        return true;
      } catch {
        return false;
      }
    },
    onProblem: deps.onProblem,
  });
  return {
    ...riskMatrixSettings(core),
    ...riskRegister(core),
    ...riskSuggestions(core),
    ...riskAcceptance(core),
    ...riskPortfolio(core, forecasts),
    ...riskRegisterFiles(core),

    forecast(entryId: string) {
      deps.entry(entryId);
      return forecasts.read(entryId);
    },

    /** A plan changed (told by the plan service once its write committed): recompute its forecast after the request. */
    planChanged(entryId: string): void {
      forecasts.schedule(entryId);
    },

    /** Stop queued forecast recomputes (the database is closing). */
    close(): void {
      forecasts.close();
    },
  };
}

export type RiskService = ReturnType<typeof riskService>;
