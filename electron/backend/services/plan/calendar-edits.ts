/**
 * The plan's calendar as the user adjusts it: status date, company shutdown days, moved
 * holiday estimates, and accepting a changed upstream holiday calendar.
 */
import { AppError } from '../../../../shared/errors';
import type { Entry } from '../../../../shared/entry-schema';
import type { CalendarDrift, HolidayOverride, PlanView } from '../../../../shared/plan-schema';
import { drift, followEntry, snapshot } from './calendar-snapshot';
import type { MutatePlan, PlanCore } from './plan-state';

export function calendarEdits(core: PlanCore, mutate: MutatePlan) {
  const { repo, kernel } = core.deps;

  return {
    /** Keeps the plan in step with its entry (start date, country). Call inside the entry update's write. */
    entryChanged(before: Entry, after: Entry): void {
      const plan = repo.plan(after.id);
      if (!plan) return;
      const next = followEntry(plan, before, after, kernel.now().toISOString());
      // Only a real change of the settings moves their version.
      if (JSON.stringify({ ...next, updatedAt: '' }) !== JSON.stringify({ ...plan, updatedAt: '' })) core.storePlan(next);
    },

    /** `version` is the plan settings' version the edit was based on. */
    setStatusDate(entryId: string, version: number, statusDate: string | null): PlanView {
      return mutate(entryId, 'set_status_date', () => {
        core.storePlan({ ...core.planAt(entryId, version), statusDate });
        return { statusDate };
      });
    },

    setShutdowns(entryId: string, version: number, dates: string[]): PlanView {
      return mutate(entryId, 'set_shutdowns', () => {
        core.storePlan({ ...core.planAt(entryId, version), shutdowns: [...new Set(dates)].sort() });
        return { shutdowns: dates };
      });
    },

    overrideHoliday(entryId: string, version: number, override: HolidayOverride, clear: boolean): PlanView {
      const known = core.ensurePlan(entryId).holidays?.find((h) => h.date === override.date);
      if (!known) throw new AppError('invalid_input', `There is no public holiday on ${override.date} in this plan's calendar.`, 'date');
      return mutate(entryId, clear ? 'clear_holiday_override' : 'override_holiday', () => {
        const plan = core.planAt(entryId, version);
        const overrides = plan.overrides.filter((o) => o.date !== override.date);
        if (!clear) overrides.push(override);
        core.storePlan({ ...plan, overrides });
        return { holiday: known, override: clear ? null : override };
      });
    },

    calendarDrift(entryId: string): CalendarDrift {
      const plan = core.ensurePlan(entryId);
      return drift(plan, core.deps.entry(entryId));
    },

    acceptCalendarUpdate(entryId: string): PlanView {
      const plan = core.ensurePlan(entryId);
      const entry = core.deps.entry(entryId);
      return mutate(entryId, 'accept_calendar_update', () => {
        core.storePlan({ ...repo.plan(entryId)!, holidays: snapshot(entry, plan.calendarFrom, plan.calendarTo) });
        return { from: plan.calendarFrom, to: plan.calendarTo };
      });
    },
  };
}
