/**
 * Readiness plans: built from the plan template and the entry's checklist, scheduled in
 * the market's business days with a holiday snapshot stored with the plan. Every change
 * is re-scheduled inside its transaction: a change the scheduler refuses is rolled back
 * and the user gets its message, naming the task.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Entry } from '../../../shared/entry-schema';
import type { Holiday, WorkCalendar } from '../../../shared/domain/calendar';
import { addDays, localToday } from '../../../shared/domain/iso-date';
import { businessDaysBetween } from '../../../shared/domain/business-days';
import { weekendPeriodsFor } from '../../../shared/domain/weekends';
import { schedule, ScheduleError, type Schedule, type ScheduleInput } from '../../../shared/domain/schedule';
import { planTemplate, type PlanTemplate } from '../../../shared/plans/template-schema';
import type {
  CalendarDrift,
  HolidayOverride,
  NewDependency,
  NewTask,
  PlanSyncProposal,
  PlanView,
  TaskPatch,
  WhatIfChanges,
  WhatIfResult,
} from '../../../shared/plan-schema';
import { publicHolidays } from '../reference/holidays';
import type { PlanRecord, TaskRecord } from '../repos/plan-repo';
import type { ItemRecord } from '../repos/checklist-repo';
import { writeAudit, type ServiceContext } from './context';

const PLAN = 'plan';
/** How far past the target the holiday snapshot reaches, for slippage. */
const SNAPSHOT_SLACK_DAYS = 365;

export const TEMPLATE_FILE = 'readiness-90.json';

function readTemplate(file: string): PlanTemplate {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: this is not valid JSON (${(err as Error).message}).`);
  }
  const parsed = planTemplate.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}, field ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * The plan template new entries are built from: the shipped one, unless the user keeps an
 * edited copy in <data folder>/plan-templates/ (same format). A broken user copy is
 * reported and the shipped template is used, so a typo never stops the app.
 */
export function loadPlanTemplate(shippedDir: string, userDir?: string, onProblem: (message: string) => void = () => {}): PlanTemplate {
  const userFile = userDir ? path.join(userDir, TEMPLATE_FILE) : undefined;
  if (userFile && fs.existsSync(userFile)) {
    try {
      return readTemplate(userFile);
    } catch (err) {
      onProblem(`Your plan template was not used: ${(err as Error).message}`);
    }
  }
  return readTemplate(path.join(shippedDir, TEMPLATE_FILE));
}

/** Business days between two working-calendar dates, signed (positive when `to` is later). */
function signedBusinessDays(cal: WorkCalendar, from: string, to: string): number {
  if (from === to) return 0;
  return from < to ? businessDaysBetween(cal, addDays(from, 1), to) : -businessDaysBetween(cal, addDays(to, 1), from);
}

function applyOverrides(holidays: Holiday[] | null, overrides: HolidayOverride[]): Holiday[] | null {
  if (holidays === null) return null;
  const moved = new Map(overrides.map((o) => [o.date, o.newDate]));
  const out: Holiday[] = [];
  for (const h of holidays) {
    if (!moved.has(h.date)) out.push(h);
    else {
      const to = moved.get(h.date);
      if (to) out.push({ ...h, date: to, estimated: false });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function planService(ctx: ServiceContext, template: PlanTemplate) {
  const today = () => localToday(ctx.now());

  function mustGetEntry(entryId: string): Entry {
    const e = ctx.entries.get(entryId);
    if (!e) throw new AppError('not_found', 'That market entry no longer exists.', 'entryId');
    return e;
  }

  function snapshot(entry: Entry, from: string, to: string): Holiday[] | null {
    return publicHolidays(entry.targetCountry, from, to, entry.targetSubdivision ?? undefined);
  }

  function calendarOf(plan: PlanRecord, entry: Entry): WorkCalendar {
    return {
      country: entry.targetCountry,
      weekends: weekendPeriodsFor(entry.targetCountry),
      holidays: applyOverrides(plan.holidays, plan.overrides),
      shutdowns: plan.shutdowns,
    };
  }

  function itemTaskTitle(rule: PlanTemplate['itemTasks'][number], item: ItemRecord): string {
    return rule.title.replace('{item}', item.title).slice(0, 300);
  }

  function newTaskRecord(entryId: string, fields: Partial<TaskRecord> & Pick<TaskRecord, 'title' | 'workstream' | 'durationDays'>, sort: number): TaskRecord {
    const at = ctx.now().toISOString();
    return {
      id: ctx.newId(),
      entryId,
      owner: '',
      percentComplete: 0,
      actualStart: null,
      actualFinish: null,
      startNoEarlierThan: null,
      isReadiness: false,
      templateKey: null,
      sort,
      createdAt: at,
      updatedAt: at,
      ...fields,
    };
  }

  /** Adds the tasks checklist items bring (one per item in a category the template maps). */
  function addItemTasks(entryId: string, items: ItemRecord[], byKey: Map<string, string>, readinessId: string, sortFrom: number): number {
    let sort = sortFrom;
    for (const item of items) {
      const rule = template.itemTasks.find((r) => r.category === item.category);
      if (!rule || item.status === 'not_applicable') continue;
      const task = newTaskRecord(entryId, { title: itemTaskTitle(rule, item), workstream: rule.workstream ?? item.workstream, durationDays: rule.durationDays, templateKey: `item:${rule.category}` }, sort++);
      ctx.plans.insertTask(task);
      ctx.plans.linkItem(task.id, item.id);
      for (const a of rule.after) {
        const pred = byKey.get(a.key);
        if (pred) ctx.plans.insertDependency({ id: ctx.newId(), entryId, predecessorId: pred, successorId: task.id, type: a.type, lagDays: a.lagDays });
      }
      ctx.plans.insertDependency({ id: ctx.newId(), entryId, predecessorId: task.id, successorId: readinessId, type: 'FS', lagDays: 0 });
    }
    return sort;
  }

  /** Creates the plan of a new entry. Call inside the entry's transaction, after its checklist. */
  function create(entry: Entry): void {
    const at = ctx.now().toISOString();
    const from = addDays(entry.startDate, -31);
    const to = addDays(entry.targetDate, SNAPSHOT_SLACK_DAYS);
    ctx.plans.insertPlan({
      entryId: entry.id,
      projectStart: entry.startDate,
      statusDate: null,
      templateId: template.id,
      templateVersion: template.version,
      calendarFrom: from,
      calendarTo: to,
      holidays: snapshot(entry, from, to),
      overrides: [],
      shutdowns: [],
      createdAt: at,
      updatedAt: at,
    });
    const byKey = new Map<string, string>();
    let sort = 0;
    for (const t of template.tasks) {
      const task = newTaskRecord(entry.id, { title: t.title, workstream: t.workstream, durationDays: t.durationDays, templateKey: t.key }, sort++);
      ctx.plans.insertTask(task);
      byKey.set(t.key, task.id);
    }
    const readiness = newTaskRecord(entry.id, { title: template.readinessTitle, workstream: 'team_operations', durationDays: 0, isReadiness: true, templateKey: 'readiness' }, 10_000);
    ctx.plans.insertTask(readiness);
    const hasSuccessor = new Set<string>();
    for (const t of template.tasks) {
      for (const a of t.after) {
        ctx.plans.insertDependency({ id: ctx.newId(), entryId: entry.id, predecessorId: byKey.get(a.key)!, successorId: byKey.get(t.key)!, type: a.type, lagDays: a.lagDays });
        hasSuccessor.add(a.key);
      }
    }
    for (const t of template.tasks) {
      if (!hasSuccessor.has(t.key)) ctx.plans.insertDependency({ id: ctx.newId(), entryId: entry.id, predecessorId: byKey.get(t.key)!, successorId: readiness.id, type: 'FS', lagDays: 0 });
    }
    addItemTasks(entry.id, ctx.checklist.forEntry(entry.id), byKey, readiness.id, sort);
  }

  function ensurePlan(entryId: string): PlanRecord {
    const existing = ctx.plans.plan(entryId);
    if (existing) return existing;
    const entry = mustGetEntry(entryId);
    ctx.db.transaction(() => {
      if (!ctx.plans.plan(entryId)) create(entry);
    }).immediate();
    return ctx.plans.plan(entryId)!;
  }

  interface PlanState {
    entry: Entry;
    plan: PlanRecord;
    tasks: TaskRecord[];
    input: ScheduleInput;
    signedOffTasks: Set<string>;
    links: Map<string, string[]>;
  }

  function state(entryId: string): PlanState {
    const plan = ensurePlan(entryId);
    const entry = mustGetEntry(entryId);
    const tasks = ctx.plans.tasks(entryId);
    const links = new Map<string, string[]>();
    for (const l of ctx.plans.links(entryId)) links.set(l.taskId, [...(links.get(l.taskId) ?? []), l.itemId]);
    const itemStatus = new Map(ctx.checklist.forEntry(entryId).map((i) => [i.id, i.status]));
    const signedOffTasks = new Set([...links].filter(([, ids]) => ids.length > 0 && ids.every((id) => itemStatus.get(id) === 'signed_off')).map(([t]) => t));
    const input: ScheduleInput = {
      projectStart: plan.projectStart,
      statusDate: plan.statusDate ?? today(),
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
      dependencies: ctx.plans.dependencies(entryId).map((d) => ({ predecessorId: d.predecessorId, successorId: d.successorId, type: d.type, lagDays: d.lagDays })),
    };
    return { entry, plan, tasks, input, signedOffTasks, links };
  }

  function run(input: ScheduleInput): Schedule {
    try {
      return schedule(input);
    } catch (err) {
      if (err instanceof ScheduleError) throw new AppError('invalid_input', err.message, 'plan');
      throw err;
    }
  }

  /**
   * Applies a change and re-schedules inside one transaction (a refused plan rolls the change
   * back) and answers with the plan as it now stands, scheduled once.
   */
  function mutate(entryId: string, action: string, change: () => unknown, detail: unknown = null): PlanView {
    ensurePlan(entryId);
    return ctx.db.transaction(() => {
      const result = change();
      const shown = view(entryId, null);
      const plan = ctx.plans.plan(entryId)!;
      ctx.plans.updatePlan({ ...plan, updatedAt: ctx.now().toISOString() });
      writeAudit(ctx, PLAN, entryId, action, null, detail ?? result ?? null);
      return shown;
    }).immediate();
  }

  /** Schedules a changed copy of the plan before anything is written, so bad values get the scheduler's message. */
  function precheck(entryId: string, change: (input: ScheduleInput) => ScheduleInput): void {
    run(change(state(entryId).input));
  }

  function mustGetTask(taskId: string): TaskRecord {
    const t = ctx.plans.task(taskId);
    if (!t) throw new AppError('not_found', 'That task no longer exists.', 'taskId');
    return t;
  }

  function view(entryId: string, baselineId: string | null): PlanView {
    const s = state(entryId);
    const sched = run(s.input);
    const cal = s.input.calendar;
    const baselines = ctx.plans.baselines(entryId);
    const chosen = baselineId ? baselines.find((b) => b.id === baselineId) : baselines.at(-1);
    if (baselineId && !chosen) throw new AppError('not_found', 'That baseline no longer exists.', 'baselineId');
    const dependencies = ctx.plans.dependencies(entryId);
    return {
      entryId,
      projectStart: s.plan.projectStart,
      statusDate: s.input.statusDate,
      statusDateIsToday: s.plan.statusDate === null,
      targetDate: s.entry.targetDate,
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
          owner: t.owner,
          durationDays: t.durationDays,
          percentComplete: t.percentComplete,
          actualStart: t.actualStart,
          actualFinish: t.actualFinish,
          startNoEarlierThan: t.startNoEarlierThan,
          isReadiness: t.isReadiness,
          linkedItemIds: s.links.get(t.id) ?? [],
          linkedItemsSignedOff: s.signedOffTasks.has(t.id),
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
  }

  function scenarioInput(s: PlanState, changes: WhatIfChanges): ScheduleInput {
    const durations = new Map(changes.durations.map((d) => [d.taskId, d.durationDays]));
    for (const id of durations.keys()) if (!s.tasks.some((t) => t.id === id)) throw new AppError('not_found', 'A task in the what-if is not in this plan.', 'taskId');
    return {
      ...s.input,
      projectStart: addDays(s.input.projectStart, changes.startShiftDays),
      tasks: s.input.tasks.map((t) => (durations.has(t.id) ? { ...t, durationDays: durations.get(t.id)! } : t)),
    };
  }

  function syncProposal(entryId: string): PlanSyncProposal {
    const s = state(entryId);
    const items = ctx.checklist.forEntry(entryId);
    const linkedItems = new Set([...s.links.values()].flat());
    const proposal: PlanSyncProposal = { add: [], retire: [] };
    for (const item of items) {
      const rule = template.itemTasks.find((r) => r.category === item.category);
      if (!rule || item.status === 'not_applicable' || linkedItems.has(item.id)) continue;
      proposal.add.push({ itemId: item.id, itemTitle: item.title, taskTitle: itemTaskTitle(rule, item), workstream: rule.workstream ?? item.workstream, durationDays: rule.durationDays });
    }
    const live = new Map(items.map((i) => [i.id, i]));
    for (const t of s.tasks) {
      const linked = s.links.get(t.id);
      if (!linked?.length || t.templateKey?.startsWith('item:') !== true) continue;
      const stillNeeded = linked.some((id) => live.get(id) && live.get(id)!.status !== 'not_applicable');
      if (!stillNeeded) proposal.retire.push({ taskId: t.id, title: t.title, reason: 'Its checklist item no longer applies.' });
    }
    // Items removed from the checklist take their links with them: item tasks left with no link are retired too.
    for (const t of s.tasks) {
      if (t.templateKey?.startsWith('item:') && !(s.links.get(t.id)?.length) && !proposal.retire.some((r) => r.taskId === t.id)) {
        proposal.retire.push({ taskId: t.id, title: t.title, reason: 'Its checklist item was removed.' });
      }
    }
    return proposal;
  }

  return {
    create,
    view,

    /** Keeps the plan in step with its entry (start date, country). Call inside the entry update's transaction. */
    entryChanged(before: Entry, after: Entry): void {
      const plan = ctx.plans.plan(after.id);
      if (!plan) return;
      const next: PlanRecord = { ...plan, updatedAt: ctx.now().toISOString() };
      if (plan.projectStart === before.startDate) next.projectStart = after.startDate;
      if (before.targetCountry !== after.targetCountry || before.targetSubdivision !== after.targetSubdivision || after.targetDate > addDays(plan.calendarTo, -SNAPSHOT_SLACK_DAYS)) {
        next.calendarFrom = addDays(after.startDate, -31);
        next.calendarTo = addDays(after.targetDate, SNAPSHOT_SLACK_DAYS);
        next.holidays = snapshot(after, next.calendarFrom, next.calendarTo);
        next.overrides = [];
      }
      ctx.plans.updatePlan(next);
    },

    updateTask(taskId: string, patch: TaskPatch): PlanView {
      const before = mustGetTask(taskId);
      if (before.isReadiness && patch.durationDays !== undefined && patch.durationDays !== 0) {
        throw new AppError('invalid_input', `"${before.title}" is the plan's end milestone; its duration stays 0.`, 'durationDays');
      }
      precheck(before.entryId, (input) => ({
        ...input,
        tasks: input.tasks.map((t) => (t.id === taskId ? { ...t, ...stripUndefined({ title: patch.title, durationDays: patch.durationDays, percentComplete: patch.percentComplete, actualStart: patch.actualStart, actualFinish: patch.actualFinish, startNoEarlierThan: patch.startNoEarlierThan }) } : t)),
      }));
      return mutate(before.entryId, 'update_task', () => {
        const after: TaskRecord = { ...before, ...stripUndefined(patch), updatedAt: ctx.now().toISOString() };
        ctx.plans.updateTask(after);
        return { taskId, before, after };
      });
    },

    addTask(input: NewTask): PlanView {
      mustGetEntry(input.entryId);
      precheck(input.entryId, (plan) => ({
        ...plan,
        tasks: [...plan.tasks, { id: 'new-task', title: input.title, durationDays: input.durationDays, percentComplete: 0, actualStart: null, actualFinish: null, startNoEarlierThan: null }],
      }));
      return mutate(input.entryId, 'add_task', () => {
        const tasks = ctx.plans.tasks(input.entryId);
        const readiness = tasks.find((t) => t.isReadiness)!;
        const task = newTaskRecord(input.entryId, { title: input.title, workstream: input.workstream, durationDays: input.durationDays, owner: input.owner }, Math.max(0, ...tasks.filter((t) => !t.isReadiness).map((t) => t.sort)) + 1);
        ctx.plans.insertTask(task);
        if (input.afterTaskId) {
          if (!tasks.some((t) => t.id === input.afterTaskId)) throw new AppError('not_found', 'The task to follow is not in this plan.', 'afterTaskId');
          ctx.plans.insertDependency({ id: ctx.newId(), entryId: input.entryId, predecessorId: input.afterTaskId, successorId: task.id, type: 'FS', lagDays: 0 });
        }
        ctx.plans.insertDependency({ id: ctx.newId(), entryId: input.entryId, predecessorId: task.id, successorId: readiness.id, type: 'FS', lagDays: 0 });
        return task;
      });
    },

    deleteTask(taskId: string): PlanView {
      const task = mustGetTask(taskId);
      if (task.isReadiness) throw new AppError('invalid_input', `"${task.title}" always ends the plan and cannot be deleted.`, 'taskId');
      return mutate(task.entryId, 'delete_task', () => ctx.plans.deleteTask(taskId), task);
    },

    addDependency(input: NewDependency): PlanView {
      const pred = mustGetTask(input.predecessorId);
      const succ = mustGetTask(input.successorId);
      if (pred.entryId !== input.entryId || succ.entryId !== input.entryId) throw new AppError('invalid_input', 'Both tasks must belong to this plan.', 'predecessorId');
      if (ctx.plans.dependencies(input.entryId).some((d) => d.predecessorId === pred.id && d.successorId === succ.id)) {
        throw new AppError('invalid_input', `"${succ.title}" already depends on "${pred.title}".`, 'predecessorId');
      }
      if (pred.id === succ.id) throw new AppError('invalid_input', `"${pred.title}" cannot depend on itself.`, 'successorId');
      precheck(input.entryId, (plan) => ({
        ...plan,
        dependencies: [...plan.dependencies, { predecessorId: pred.id, successorId: succ.id, type: input.type, lagDays: input.lagDays }],
      }));
      return mutate(input.entryId, 'add_dependency', () => {
        const dep = { id: ctx.newId(), entryId: input.entryId, predecessorId: pred.id, successorId: succ.id, type: input.type, lagDays: input.lagDays };
        ctx.plans.insertDependency(dep);
        return dep;
      });
    },

    removeDependency(dependencyId: string): PlanView {
      const dep = ctx.plans.dependency(dependencyId);
      if (!dep) throw new AppError('not_found', 'That dependency no longer exists.', 'dependencyId');
      return mutate(dep.entryId, 'remove_dependency', () => ctx.plans.deleteDependency(dependencyId), dep);
    },

    setStatusDate(entryId: string, statusDate: string | null): PlanView {
      return mutate(entryId, 'set_status_date', () => {
        ctx.plans.updatePlan({ ...ensurePlan(entryId), statusDate });
        return { statusDate };
      });
    },

    setShutdowns(entryId: string, dates: string[]): PlanView {
      return mutate(entryId, 'set_shutdowns', () => {
        ctx.plans.updatePlan({ ...ensurePlan(entryId), shutdowns: [...new Set(dates)].sort() });
        return { shutdowns: dates };
      });
    },

    overrideHoliday(entryId: string, override: HolidayOverride, clear: boolean): PlanView {
      const plan = ensurePlan(entryId);
      const known = plan.holidays?.find((h) => h.date === override.date);
      if (!known) throw new AppError('invalid_input', `There is no public holiday on ${override.date} in this plan's calendar.`, 'date');
      return mutate(entryId, clear ? 'clear_holiday_override' : 'override_holiday', () => {
        const overrides = plan.overrides.filter((o) => o.date !== override.date);
        if (!clear) overrides.push(override);
        ctx.plans.updatePlan({ ...plan, overrides });
        return { holiday: known, override: clear ? null : override };
      });
    },

    saveBaseline(entryId: string, name: string): PlanView {
      const s = state(entryId);
      if (ctx.plans.baselines(entryId).some((b) => b.name === name)) throw new AppError('invalid_input', `Name: a baseline called "${name}" already exists.`, 'name');
      const sched = run(s.input);
      ctx.db.transaction(() => {
        const tasks: Record<string, { start: string; finish: string }> = {};
        for (const [id, t] of Object.entries(sched.tasks)) tasks[id] = { start: t.earlyStart, finish: t.earlyFinish };
        ctx.plans.insertBaseline({ id: ctx.newId(), entryId, name, createdAt: ctx.now().toISOString(), finish: sched.finish, tasks });
        writeAudit(ctx, PLAN, entryId, 'save_baseline', null, { name, finish: sched.finish });
      }).immediate();
      return view(entryId, null);
    },

    whatIf(entryId: string, changes: WhatIfChanges): WhatIfResult {
      const s = state(entryId);
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
      const s = state(entryId);
      run(scenarioInput(s, changes)); // refuses bad durations before anything is written
      return mutate(entryId, 'apply_what_if', () => {
        if (changes.startShiftDays !== 0) ctx.plans.updatePlan({ ...ctx.plans.plan(entryId)!, projectStart: addDays(s.plan.projectStart, changes.startShiftDays) });
        for (const d of changes.durations) {
          const t = mustGetTask(d.taskId);
          ctx.plans.updateTask({ ...t, durationDays: d.durationDays, updatedAt: ctx.now().toISOString() });
        }
        return changes;
      });
    },

    syncProposal,

    applySync(entryId: string): PlanView {
      const proposal = syncProposal(entryId);
      return mutate(entryId, 'sync_with_checklist', () => {
        const tasks = ctx.plans.tasks(entryId);
        const readiness = tasks.find((t) => t.isReadiness)!;
        const byKey = new Map(tasks.filter((t) => t.templateKey && !t.templateKey.startsWith('item:')).map((t) => [t.templateKey!, t.id]));
        const items = ctx.checklist.forEntry(entryId).filter((i) => proposal.add.some((a) => a.itemId === i.id));
        addItemTasks(entryId, items, byKey, readiness.id, Math.max(0, ...tasks.filter((t) => !t.isReadiness).map((t) => t.sort)) + 1);
        for (const r of proposal.retire) ctx.plans.deleteTask(r.taskId);
        return proposal;
      });
    },

    calendarDrift(entryId: string): CalendarDrift {
      const plan = ensurePlan(entryId);
      const entry = mustGetEntry(entryId);
      const fresh = snapshot(entry, plan.calendarFrom, plan.calendarTo) ?? [];
      const key = (h: Holiday) => `${h.date}|${h.name}`;
      const stored = new Set((plan.holidays ?? []).map(key));
      const now = new Set(fresh.map(key));
      return { added: fresh.filter((h) => !stored.has(key(h))), removed: (plan.holidays ?? []).filter((h) => !now.has(key(h))) };
    },

    acceptCalendarUpdate(entryId: string): PlanView {
      const plan = ensurePlan(entryId);
      const entry = mustGetEntry(entryId);
      return mutate(entryId, 'accept_calendar_update', () => {
        ctx.plans.updatePlan({ ...plan, holidays: snapshot(entry, plan.calendarFrom, plan.calendarTo) });
        return { from: plan.calendarFrom, to: plan.calendarTo };
      });
    },
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export type PlanService = ReturnType<typeof planService>;
