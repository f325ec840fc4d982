/**
 * One date, not two: a checklist item with a plan task is due when that task is forecast
 * to finish. The plan answers which task each item has and when it finishes, and hands the
 * finishes to the checklist after every change it writes, so the stored due dates move with
 * the plan (the checklist shows the live forecast too).
 */
import type { WorkCalendar } from '../../../../shared/domain/calendar';
import type { Schedule } from '../../../../shared/domain/schedule';
import { calendarOf } from './calendar-snapshot';
import { run, type PlanCore, type PlanState } from './plan-state';

/** The plan task an item is due with: its forecast finish. */
export interface ItemTask {
  taskId: string;
  taskTitle: string;
  finish: string;
}

/** Each linked item's task (the latest-finishing one when an item has several). */
export function itemTasksOf(s: Pick<PlanState, 'tasks' | 'links'>, sched: Schedule): Map<string, ItemTask> {
  const out = new Map<string, ItemTask>();
  for (const t of s.tasks) {
    const finish = sched.tasks[t.id]?.earlyFinish;
    if (!finish) continue;
    for (const itemId of s.links.get(t.id) ?? []) {
      const had = out.get(itemId);
      if (!had || finish > had.finish) out.set(itemId, { taskId: t.id, taskTitle: t.title, finish });
    }
  }
  return out;
}

export function itemDueDates(core: PlanCore) {
  const { deps } = core;
  return {
    /** Each linked item's task and its forecast finish, scheduled now. */
    itemTasks(entryId: string): Map<string, ItemTask> {
      const s = core.state(entryId);
      return itemTasksOf(s, run(s.input));
    },
    /** The plan's working calendar: its holiday snapshot with moved estimates, and its shutdown days. */
    workCalendar(entryId: string): WorkCalendar {
      return calendarOf(core.ensurePlan(entryId), deps.entry(entryId));
    },
  };
}

/** Hands the checklist its items' task finishes. Call inside the write that changed the plan. */
export function followForecast(core: PlanCore, entryId: string): void {
  const s = core.state(entryId);
  const byItem = itemTasksOf(s, run(s.input));
  core.deps.dueWithTasks(entryId, new Map([...byItem].map(([itemId, t]) => [itemId, t.finish])));
}
