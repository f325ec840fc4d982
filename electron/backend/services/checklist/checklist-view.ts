/** An entry's checklist as the screens show it: items with their requirement, evidence, due date and readiness. */
import type { ChecklistItem, ChecklistView, Evidence } from '../../../../shared/checklist-schema';
import type { WorkCalendar } from '../../../../shared/domain/calendar';
import { dayOffOn } from '../../../../shared/domain/due-dates';
import { isLaterDuty, readinessOf } from '../../../../shared/domain/readiness';
import { jurisdictionMatch } from '../../../../shared/requirements/applicability';
import { countryName } from '../../reference/countries';
import type { ItemRecord } from '../../repos/checklist-repo';
import type { StoredRequirement } from '../../repos/library-repo';
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

  function toView(item: ItemRecord, evidence: ChecklistItem['evidence'], ctx: DateContext = context(item.entryId), known?: Map<string, StoredRequirement>): ChecklistItem {
    const stored = !item.requirementId ? undefined : known ? known.get(item.requirementId) : deps.library.requirement(item.requirementId);
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

  /** Items as shown; the date context is worked out once per entry (or given, for one entry's checklist). */
  function views(records: readonly ItemRecord[], evidence: Evidence[], given?: DateContext): ChecklistItem[] {
    const byItem = new Map<string, Evidence[]>();
    for (const e of evidence) {
      const list = byItem.get(e.itemId);
      if (list) list.push(e);
      else byItem.set(e.itemId, [e]);
    }
    const requirements = deps.library.requirementsById(records.flatMap((r) => (r.requirementId ? [r.requirementId] : [])));
    const contexts = new Map<string, DateContext>();
    const ctxOf = (entryId: string): DateContext => {
      let ctx = given ?? contexts.get(entryId);
      if (!ctx) contexts.set(entryId, (ctx = context(entryId)));
      return ctx;
    };
    return records.map((i) => toView(i, byItem.get(i.id) ?? [], ctxOf(i.entryId), requirements));
  }

  return {
    toView,

    /** Four queries whatever the size: the entry, its items, their evidence, their requirements. */
    view(entryId: string): ChecklistView {
      const ctx = context(entryId);
      const entry = deps.entry(entryId);
      const items = views(deps.repo.forEntry(entryId), deps.evidence.forEntry(entryId), ctx);
      const name = countryName(entry.targetCountry) ?? entry.targetCountry;
      // The notes of every pack covering the market (its own and the EU-wide one), as judged on the entry's start.
      const notes = deps.library.noneKnown().filter((n) => jurisdictionMatch(n.jurisdiction, entry.targetCountry, name, entry.startDate) !== null);
      return { entryId, items, readiness: readinessOf(items, ctx.targetDate), noneKnown: { countryName: name, notes } };
    },

    /** The entry's readiness from its stored items (duties applying after the target left out). */
    readiness(entryId: string) {
      return readinessOf(deps.repo.forEntry(entryId), deps.entry(entryId).targetDate);
    },

    /** Many stored items as shown, with their evidence and requirements in two queries. */
    views: (records: readonly ItemRecord[]) => views(records, deps.evidence.forItems(records.map((r) => r.id))),

    itemView(item: ItemRecord): ChecklistItem {
      return toView(item, deps.evidence.forItem(item.id));
    },
  };
}
