/**
 * What-if previews (a shifted start, changed durations) scheduled beside the plan without
 * writing anything, applying one, and saving a baseline to compare against later.
 */
import { AppError } from '../../../../shared/errors';
import { addDays } from '../../../../shared/domain/iso-date';
import type { ScheduleInput } from '../../../../shared/domain/schedule';
import type { PlanView, WhatIfChanges, WhatIfResult } from '../../../../shared/plan-schema';
import { signedBusinessDays } from './calendar-snapshot';
import { PLAN, run, type MutatePlan, type PlanCore, type PlanState, type ViewPlan } from './plan-state';

function scenarioInput(s: PlanState, changes: WhatIfChanges): ScheduleInput {
  const durations = new Map(changes.durations.map((d) => [d.taskId, d.durationDays]));
  for (const id of durations.keys()) if (!s.tasks.some((t) => t.id === id)) throw new AppError('not_found', 'A task in the what-if is not in this plan.', 'taskId');
  return {
    ...s.input,
    projectStart: addDays(s.input.projectStart, changes.startShiftDays),
    tasks: s.input.tasks.map((t) => (durations.has(t.id) ? { ...t, durationDays: durations.get(t.id)! } : t)),
  };
}

export function whatIf(core: PlanCore, mutate: MutatePlan, view: ViewPlan) {
  const { repo, kernel, audit } = core.deps;

  return {
    whatIf(entryId: string, changes: WhatIfChanges): WhatIfResult {
      const s = core.state(entryId);
      const current = run(s.input);
      const scenario = run(scenarioInput(s, changes));
      const before = new Set(current.criticalPath);
      const after = new Set(scenario.criticalPath);
      const tasks: WhatIfResult['tasks'] = {};
      for (const [id, t] of Object.entries(scenario.tasks)) tasks[id] = { earlyStart: t.earlyStart, earlyFinish: t.earlyFinish, critical: t.critical };
      return {
        currentFinish: current.finish,
        scenarioFinish: scenario.finish,
        finishDeltaDays: signedBusinessDays(s.input.calendar, current.finish, scenario.finish),
        scenarioBusinessDaysPastTarget: signedBusinessDays(s.input.calendar, s.entry.targetDate, scenario.finish),
        criticalAdded: scenario.criticalPath.filter((id) => !before.has(id)),
        criticalRemoved: current.criticalPath.filter((id) => !after.has(id)),
        tasks,
      };
    },

    applyWhatIf(entryId: string, changes: WhatIfChanges): PlanView {
      const s = core.state(entryId);
      run(scenarioInput(s, changes)); // refuses bad durations before anything is written
      return mutate(entryId, 'apply_what_if', () => {
        if (changes.startShiftDays !== 0) core.storePlan({ ...repo.plan(entryId)!, projectStart: addDays(s.plan.projectStart, changes.startShiftDays) });
        for (const d of changes.durations) {
          const t = core.task(d.taskId);
          core.storeTask({ ...t, durationDays: d.durationDays, updatedAt: kernel.now().toISOString() });
        }
        return changes;
      });
    },

    saveBaseline(entryId: string, name: string): PlanView {
      const s = core.state(entryId);
      if (repo.baselines(entryId).some((b) => b.name === name)) throw new AppError('invalid_input', `Name: a baseline called "${name}" already exists.`, 'name');
      const sched = run(s.input);
      kernel.write(() => {
        const tasks: Record<string, { start: string; finish: string }> = {};
        for (const [id, t] of Object.entries(sched.tasks)) tasks[id] = { start: t.earlyStart, finish: t.earlyFinish };
        repo.insertBaseline({ id: kernel.newId(), entryId, name, createdAt: kernel.now().toISOString(), finish: sched.finish, tasks });
        audit(PLAN, entryId, 'save_baseline', null, { name, finish: sched.finish });
      });
      return view(entryId, null);
    },
  };
}
