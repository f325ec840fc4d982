/** A plan as the timeline shows it: scheduled, compared with a baseline, with its calendar. */
import type { PlanView } from '../../../../shared/plan-schema';
import { targetDayOff } from '../../../../shared/domain/due-dates';
import { percentDone } from '../../../../shared/domain/task-progress';
import { required } from '../kernel';
import { signedBusinessDays } from './calendar-snapshot';
import { itemTaskCategory } from './plan-build';
import { run, type PlanCore, type ViewPlan } from './plan-state';

export function planView(core: PlanCore): ViewPlan {
  const { repo } = core.deps;
  return (entryId: string, baselineId: string | null): PlanView => {
    const s = core.state(entryId);
    const sched = run(s.input);
    const cal = s.input.calendar;
    const baselines = repo.baselines(entryId);
    const chosen = baselineId ? required(baselines.find((b) => b.id === baselineId), 'baseline', 'baselineId') : baselines.at(-1);
    const dependencies = repo.dependencies(entryId);
    return {
      entryId,
      version: s.plan.version,
      projectStart: s.plan.projectStart,
      statusDate: s.input.statusDate,
      statusDateIsToday: s.plan.statusDate === null,
      targetDate: s.entry.targetDate,
      targetDayOff: targetDayOff(cal, s.entry.targetDate),
      forecastFinish: sched.finish,
      businessDaysPastTarget: signedBusinessDays(cal, s.entry.targetDate, sched.finish),
      criticalPath: sched.criticalPath,
      tasks: s.tasks.map((t) => {
        const st = sched.tasks[t.id]!;
        const b = chosen?.tasks[t.id];
        return {
          id: t.id,
          title: t.title,
          workstream: t.workstream,
          category: itemTaskCategory(t.templateKey),
          owner: t.owner,
          durationDays: t.durationDays,
          percentComplete: percentDone(t),
          actualStart: t.actualStart,
          actualFinish: t.actualFinish,
          startNoEarlierThan: t.startNoEarlierThan,
          isReadiness: t.isReadiness,
          linkedItemIds: s.links.get(t.id) ?? [],
          linkedItemsSignedOff: s.signedOffTasks.has(t.id),
          version: t.version,
          schedule: st,
          baseline: b ? { start: b.start, finish: b.finish, finishSlipDays: signedBusinessDays(cal, b.finish, st.earlyFinish) } : null,
        };
      }),
      dependencies: dependencies.map((d) => ({ id: d.id, predecessorId: d.predecessorId, successorId: d.successorId, type: d.type, lagDays: d.lagDays })),
      calendar: {
        country: s.entry.targetCountry,
        from: s.plan.calendarFrom,
        to: s.plan.calendarTo,
        weekendDays: cal.weekends,
        holidays: cal.holidays,
        overrides: s.plan.overrides,
        shutdowns: s.plan.shutdowns,
      },
      baselines: baselines.map((b) => ({ id: b.id, name: b.name, createdAt: b.createdAt, finish: b.finish })),
      baselineId: chosen?.id ?? null,
      baselineFinishSlipDays: chosen ? signedBusinessDays(cal, chosen.finish, sched.finish) : null,
    };
  };
}
