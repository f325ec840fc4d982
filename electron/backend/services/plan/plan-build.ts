/**
 * Building a plan from the template: its tasks and dependencies, the readiness milestone
 * that always ends it, and one task per checklist item in a category the template maps.
 */
import type { Entry } from '../../../../shared/entry-schema';
import type { PlanTemplate } from '../../../../shared/plans/template-schema';
import { CATEGORIES, type Category } from '../../../../shared/requirements/pack-schema';
import type { ItemRecord } from '../../repos/checklist-repo';
import type { DependencyType } from '../../../../shared/domain/schedule-model';
import type { DependencyRecord, TaskRecord } from '../../repos/plan-repo';
import type { PlanDeps } from '../plan-service';
import { snapshot, snapshotSpan } from './calendar-snapshot';

type ItemRule = PlanTemplate['itemTasks'][number];
type NewTaskFields = Partial<TaskRecord> & Pick<TaskRecord, 'title' | 'workstream' | 'durationDays'>;

const ITEM_KEY = 'item:';

/** The category a task was made for from checklist items (its template key `item:<category>`), else null. */
export function itemTaskCategory(templateKey: string | null): Category | null {
  if (!templateKey?.startsWith(ITEM_KEY)) return null;
  const category = templateKey.slice(ITEM_KEY.length);
  return (CATEGORIES as readonly string[]).includes(category) ? (category as Category) : null;
}

export function itemTaskTitle(rule: ItemRule, item: Pick<ItemRecord, 'title'>): string {
  return rule.title.replace('{item}', item.title).slice(0, 300);
}

/** The template's rule for an item's category, unless the item does not apply. */
export function itemRule(template: PlanTemplate, item: ItemRecord): ItemRule | undefined {
  if (item.status === 'not_applicable') return undefined;
  return template.itemTasks.find((r) => r.category === item.category);
}

/** The sort position after every task but the readiness milestone. */
export function nextSort(tasks: TaskRecord[]): number {
  return Math.max(0, ...tasks.filter((t) => !t.isReadiness).map((t) => t.sort)) + 1;
}

/** A new task record: the template's defaults (no owner, not started, not the milestone) under `fields`. */
export function taskRecord(id: string, entryId: string, fields: NewTaskFields, sort: number, at: string): TaskRecord {
  return {
    id,
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
    version: 1,
    ...fields,
  };
}

export function planBuild({ repo, kernel, template, checklistItems }: PlanDeps) {
  function newTaskRecord(entryId: string, fields: NewTaskFields, sort: number): TaskRecord {
    const at = kernel.now().toISOString();
    return taskRecord(kernel.newId(), entryId, fields, sort, at);
  }

  function dependency(entryId: string, predecessorId: string, successorId: string, type: DependencyType = 'FS', lagDays = 0): DependencyRecord {
    const dep: DependencyRecord = { id: kernel.newId(), entryId, predecessorId, successorId, type, lagDays };
    repo.insertDependency(dep);
    return dep;
  }

  /** Adds the tasks checklist items bring (one per item in a category the template maps). */
  function addItemTasks(entryId: string, items: ItemRecord[], byKey: Map<string, string>, readinessId: string, sortFrom: number): void {
    let sort = sortFrom;
    for (const item of items) {
      const rule = itemRule(template, item);
      if (!rule) continue;
      const task = newTaskRecord(entryId, { title: itemTaskTitle(rule, item), workstream: rule.workstream ?? item.workstream, durationDays: rule.durationDays, templateKey: `${ITEM_KEY}${rule.category}` }, sort++);
      repo.insertTask(task);
      repo.linkItem(task.id, item.id);
      for (const a of rule.after) {
        const pred = byKey.get(a.key);
        if (pred) dependency(entryId, pred, task.id, a.type, a.lagDays);
      }
      dependency(entryId, task.id, readinessId);
    }
  }

  return {
    newTaskRecord,
    dependency,
    addItemTasks,

    /** Creates the plan of a new entry. Call inside the entry's write, after its checklist. */
    create(entry: Entry): void {
      const at = kernel.now().toISOString();
      const span = snapshotSpan(entry);
      repo.insertPlan({
        entryId: entry.id,
        projectStart: entry.startDate,
        statusDate: null,
        templateId: template.id,
        templateVersion: template.version,
        calendarFrom: span.from,
        calendarTo: span.to,
        holidays: snapshot(entry, span.from, span.to),
        overrides: [],
        shutdowns: [],
        createdAt: at,
        updatedAt: at,
        version: 1,
        settingsUpdatedAt: at,
      });
      const byKey = new Map<string, string>();
      let sort = 0;
      for (const t of template.tasks) {
        const task = newTaskRecord(entry.id, { title: t.title, workstream: t.workstream, durationDays: t.durationDays, templateKey: t.key }, sort++);
        repo.insertTask(task);
        byKey.set(t.key, task.id);
      }
      const readiness = newTaskRecord(entry.id, { title: template.readinessTitle, workstream: 'team_operations', durationDays: 0, isReadiness: true, templateKey: 'readiness' }, 10_000);
      repo.insertTask(readiness);
      const hasSuccessor = new Set<string>();
      for (const t of template.tasks) {
        for (const a of t.after) {
          dependency(entry.id, byKey.get(a.key)!, byKey.get(t.key)!, a.type, a.lagDays);
          hasSuccessor.add(a.key);
        }
      }
      for (const t of template.tasks) {
        if (!hasSuccessor.has(t.key)) dependency(entry.id, byKey.get(t.key)!, readiness.id);
      }
      addItemTasks(entry.id, checklistItems(entry.id), byKey, readiness.id, sort);
    },
  };
}
