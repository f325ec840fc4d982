/** An entry's checklist as the screens show it: items with their requirement, evidence, due date and readiness. */
import type { ChecklistItem, ChecklistView } from '../../../../shared/checklist-schema';
import type { WorkCalendar } from '../../../../shared/domain/calendar';
import { dayOffOn } from '../../../../shared/domain/due-dates';
import { isLaterDuty, readinessOf } from '../../../../shared/domain/readiness';
import { jurisdictionMatch } from '../../../../shared/requirements/applicability';
import { countryName } from '../../reference/countries';
import type { ItemRecord } from '../../repos/checklist-repo';
import type { ChecklistDeps } from '../checklist-service';

/** The audit log's entity type for checklist items. */
export const ITEM = 'checklist_item';

/** What an item's dates are read against: its plan's tasks and calendar, and the readiness target. */
interface DateContext {
  tasks: ReturnType<ChecklistDeps['plan']['itemTasks']>;
  calendar: WorkCalendar;
  targetDate: string;
}

export function checklistView(deps: ChecklistDeps) {
  function context(entryId: string): DateContext {
    const entry = deps.entry(entryId);
    return { tasks: deps.plan.itemTasks(entryId), calendar: deps.plan.workCalendar(entryId), targetDate: entry.targetDate };
  }

  function toView(item: ItemRecord, evidence: ChecklistItem['evidence'], ctx: DateContext = context(item.entryId)): ChecklistItem {
    const stored = item.requirementId ? deps.library.requirement(item.requirementId) : undefined;
    const { statusBeforeExclusion: _s, dueManual: _d, ...rest } = item;
    const task = ctx.tasks.get(item.id);
    const dueDate = task ? task.finish : item.dueDate;
    return {
      ...rest,
      dueDate,
      dueWith: task ? { taskId: task.taskId, taskTitle: task.taskTitle } : null,
      dueDayOff: dueDate ? dayOffOn(ctx.calendar, dueDate) : null,
      laterDuty: isLaterDuty(item, ctx.targetDate),
      evidence,
      requirement: stored?.requirement ?? null,
      requirementChanged: !!stored && stored.contentHash !== item.requirementHash,
      requirementWithdrawn: !!stored && !stored.active,
    };
  }

  return {
    toView,

    view(entryId: string): ChecklistView {
      const ctx = context(entryId);
      const entry = deps.entry(entryId);
      const byItem = new Map<string, ChecklistItem['evidence']>();
      for (const e of deps.evidence.forEntry(entryId)) byItem.set(e.itemId, [...(byItem.get(e.itemId) ?? []), e]);
      const items = deps.repo.forEntry(entryId).map((i) => toView(i, byItem.get(i.id) ?? [], ctx));
      const name = countryName(entry.targetCountry) ?? entry.targetCountry;
      // The notes of every pack covering the market (its own and the EU-wide one), as judged on the entry's start.
      const notes = deps.library.noneKnown().filter((n) => jurisdictionMatch(n.jurisdiction, entry.targetCountry, name, entry.startDate) !== null);
      return { entryId, items, readiness: readinessOf(items, ctx.targetDate), noneKnown: { countryName: name, notes } };
    },

    /** The entry's readiness from its stored items (duties applying after the target left out). */
    readiness(entryId: string) {
      return readinessOf(deps.repo.forEntry(entryId), deps.entry(entryId).targetDate);
    },

    itemView(item: ItemRecord): ChecklistItem {
      return toView(item, deps.evidence.forItem(item.id));
    },
  };
}
