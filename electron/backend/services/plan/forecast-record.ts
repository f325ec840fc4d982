/**
 * The plan's forecast as the portfolio reads it, written beside the plan in the plan's own
 * write path (every scheduled change, an MS Project import) and refreshed for plans whose
 * stored forecast was marked dirty (an item's status or the entry's dates changed, a
 * baseline was saved) or was scheduled for an earlier "today".
 */
import type { PlanView } from '../../../../shared/plan-schema';
import type { ForecastRecord } from '../../repos/plan-forecast-repo';
import type { PlanCore, ViewPlan } from './plan-state';

/** What the portfolio keeps of a scheduled plan. */
export function forecastOf(view: PlanView, computedAt: string): ForecastRecord {
  const readiness = view.tasks.find((t) => t.isReadiness);
  const readyOn = readiness && readiness.schedule.state === 'done' ? (readiness.actualFinish ?? readiness.schedule.earlyFinish) : null;
  return {
    entryId: view.entryId,
    computedAt,
    statusDate: view.statusDate,
    statusDateFollowsToday: view.statusDateIsToday,
    forecastFinish: view.forecastFinish,
    readyOn,
    businessDaysPastTarget: view.businessDaysPastTarget,
    baselineSlipDays: view.baselineFinishSlipDays,
    criticalLate: view.tasks.filter((t) => t.schedule.critical && t.schedule.state !== 'done' && t.baseline !== null && t.baseline.finishSlipDays > 0).length,
  };
}

export function forecastRecorder(core: PlanCore, view: ViewPlan) {
  const { forecasts, kernel } = core.deps;
  return {
    /** Call inside the plan's write, with the view it answers with. */
    record(shown: PlanView): void {
      forecasts.put(forecastOf(shown, kernel.now().toISOString()));
    },
    /** Re-schedules every plan whose stored forecast is missing, dirty or from an earlier day; one write. Returns how many. */
    refresh(today: string): number {
      const ids = forecasts.staleEntryIds(today);
      if (ids.length === 0) return 0;
      kernel.write(() => {
        const at = kernel.now().toISOString();
        for (const id of ids) forecasts.put(forecastOf(view(id, null), at));
      });
      return ids.length;
    },
  };
}
