/**
 * A plan as the scheduler sees it (tasks, dependencies, the working calendar, and items
 * signed off counting as done), scheduling it, and the one way a change is written: applied
 * and re-scheduled inside one write, so a plan the scheduler refuses rolls the change back.
 */
import { AppError } from '../../../../shared/errors';
import type { Entry } from '../../../../shared/entry-schema';
import { schedule, ScheduleError, type Schedule, type ScheduleInput } from '../../../../shared/domain/schedule';
import type { PlanView } from '../../../../shared/plan-schema';
import type { PlanRecord, TaskRecord } from '../../repos/plan-repo';
import { checkVersion, required, staleVersion } from '../kernel';
import type { PlanDeps } from '../plan-service';
import { calendarOf } from './calendar-snapshot';
import type { planBuild } from './plan-build';

export const PLAN = 'plan';

export interface PlanState {
  entry: Entry;
  plan: PlanRecord;
  tasks: TaskRecord[];
  input: ScheduleInput;
  signedOffTasks: Set<string>;
  links: Map<string, string[]>;
}

export function run(input: ScheduleInput): Schedule {
  try {
    return schedule(input);
  } catch (err) {
    if (err instanceof ScheduleError) throw new AppError('invalid_input', err.message, 'plan');
    throw err;
  }
}

export function planState(deps: PlanDeps, build: ReturnType<typeof planBuild>) {
  const { repo, kernel } = deps;

  /** The entry's plan; an entry made before plans existed gets one now. */
  function ensurePlan(entryId: string): PlanRecord {
    const existing = repo.plan(entryId);
    if (existing) return existing;
    const entry = deps.entry(entryId);
    kernel.write(() => {
      if (!repo.plan(entryId)) build.create(entry);
    });
    return repo.plan(entryId)!;
  }

  function state(entryId: string): PlanState {
    const plan = ensurePlan(entryId);
    const entry = deps.entry(entryId);
    const tasks = repo.tasks(entryId);
    const links = new Map<string, string[]>();
    for (const l of repo.links(entryId)) links.set(l.taskId, [...(links.get(l.taskId) ?? []), l.itemId]);
    const itemStatus = new Map(deps.checklistItems(entryId).map((i) => [i.id, i.status]));
    const signedOffTasks = new Set([...links].filter(([, ids]) => ids.length > 0 && ids.every((id) => itemStatus.get(id) === 'signed_off')).map(([t]) => t));
    const input: ScheduleInput = {
      projectStart: plan.projectStart,
      statusDate: plan.statusDate ?? kernel.today(),
      calendar: calendarOf(plan, entry),
      tasks: tasks.map((t) => ({
        id: t.id,
        title: t.title,
        durationDays: t.durationDays,
        percentComplete: signedOffTasks.has(t.id) && t.actualFinish === null ? 100 : t.percentComplete,
        actualStart: t.actualStart,
        actualFinish: t.actualFinish,
        startNoEarlierThan: t.startNoEarlierThan,
      })),
      dependencies: repo.dependencies(entryId).map((d) => ({ predecessorId: d.predecessorId, successorId: d.successorId, type: d.type, lagDays: d.lagDays })),
    };
    return { entry, plan, tasks, input, signedOffTasks, links };
  }

  /** Writes changed settings over `plan` (as read in this write), refusing a plan that moved on since. */
  function storePlan(plan: PlanRecord): void {
    if (!repo.updatePlan(plan, kernel.now().toISOString())) throw staleVersion('planSettings', repo.plan(plan.entryId)?.settingsUpdatedAt ?? plan.settingsUpdatedAt);
  }

  /** Writes a changed task over `task` (as read in this write), refusing a task that moved on since. */
  function storeTask(task: TaskRecord): void {
    if (!repo.updateTask(task)) throw staleVersion('task', repo.task(task.id)?.updatedAt ?? task.updatedAt);
  }

  return {
    ensurePlan,
    state,
    storePlan,
    storeTask,
    /** The plan's settings, refused unless still at the version the edit was based on. Call inside the write. */
    planAt(entryId: string, version: number): PlanRecord {
      const plan = ensurePlan(entryId);
      if (plan.version !== version) throw staleVersion('planSettings', plan.settingsUpdatedAt);
      return plan;
    },
    /** The task, refused unless still at the version the edit was based on. Call inside the write. */
    taskAt(taskId: string, version: number): TaskRecord {
      const task = required(repo.task(taskId), 'task', 'taskId');
      checkVersion(task, version, 'task');
      return task;
    },
    task: (taskId: string): TaskRecord => required(repo.task(taskId), 'task', 'taskId'),

    /** Schedules a changed copy of the plan before anything is written, so bad values get the scheduler's message. */
    precheck(entryId: string, change: (input: ScheduleInput) => ScheduleInput): void {
      run(change(state(entryId).input));
    },
  };
}

export type PlanCore = ReturnType<typeof planState> & {
  deps: PlanDeps;
  build: ReturnType<typeof planBuild>;
  /** Keeps the plan's forecast beside it for the portfolio (set once the view exists). */
  forecast: { record(shown: PlanView): void };
};

/** Shows the plan as it stands (scheduled once); `baselineId` null compares with the latest baseline. */
export type ViewPlan = (entryId: string, baselineId: string | null) => PlanView;

/**
 * Applies a change and re-schedules inside one write (a refused plan rolls the change back),
 * writes its audit row there, and answers with the plan as it now stands, scheduled once.
 */
export type MutatePlan = (entryId: string, action: string, change: () => unknown, detail?: unknown) => PlanView;

/** Each linked item's latest task finish in a shown plan (item id -> finish). */
export function itemFinishes(shown: Pick<PlanView, 'tasks'>): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of shown.tasks) {
    for (const itemId of t.linkedItemIds) if (!out.has(itemId) || t.schedule.earlyFinish > out.get(itemId)!) out.set(itemId, t.schedule.earlyFinish);
  }
  return out;
}

export function planMutator(core: PlanCore, view: ViewPlan): MutatePlan {
  const { repo, kernel, audit } = core.deps;
  return (entryId, action, change, detail = null) => {
    core.ensurePlan(entryId);
    return kernel.write(() => {
      const result = change();
      const shown = view(entryId, null);
      core.deps.dueWithTasks(entryId, itemFinishes(shown));
      repo.touchPlan(entryId, kernel.now().toISOString());
      core.forecast.record(shown);
      audit(PLAN, entryId, action, null, detail ?? result ?? null);
      if (core.deps.onChanged) kernel.afterCommit(() => core.deps.onChanged!(entryId));
      return shown;
    });
  };
}
