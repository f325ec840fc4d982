/**
 * One date, not two: an item with a plan task is due when the task is forecast to finish.
 * The plan hands over its items' finishes after each change it writes; an item whose task
 * is gone gets its own date back (the lead-time rule, or the date set by hand).
 */
import type { ChecklistDeps } from '../checklist-service';
import { dueDateFn } from './due-dates';

export function taskDates(deps: ChecklistDeps) {
  const { repo } = deps;
  return {
    /** Stores the due dates the plan gives (item id -> its task's finish). Call inside the plan's write. */
    dueWithTasks(entryId: string, finishes: Map<string, string>): void {
      const entry = deps.entry(entryId);
      const due = dueDateFn(entry);
      for (const item of repo.forEntry(entryId)) {
        let dueDate = finishes.get(item.id);
        if (dueDate === undefined) {
          const stored = !item.dueManual && item.requirementId ? deps.library.requirement(item.requirementId) : undefined;
          if (!stored) continue;
          dueDate = due(stored.requirement.leadTimeDays, item.appliesFrom);
        }
        if (dueDate !== item.dueDate) repo.setDerivedDueDate(item.id, dueDate);
      }
    },
  };
}
