/** An entry's checklist as the screens show it: items with their requirement, evidence and readiness. */
import type { ChecklistItem, ChecklistView, Evidence } from '../../../../shared/checklist-schema';
import { readinessOf } from '../../../../shared/domain/readiness';
import type { ItemRecord } from '../../repos/checklist-repo';
import type { StoredRequirement } from '../../repos/library-repo';
import type { ChecklistDeps } from '../checklist-service';

/** The audit log's entity type for checklist items. */
export const ITEM = 'checklist_item';

export function checklistView(deps: ChecklistDeps) {
  function toView(item: ItemRecord, evidence: ChecklistItem['evidence'], known?: Map<string, StoredRequirement>): ChecklistItem {
    const stored = !item.requirementId ? undefined : known ? known.get(item.requirementId) : deps.library.requirement(item.requirementId);
    const { statusBeforeExclusion: _s, dueManual: _d, ...rest } = item;
    return {
      ...rest,
      evidence,
      requirement: stored?.requirement ?? null,
      requirementChanged: !!stored && stored.contentHash !== item.requirementHash,
      requirementWithdrawn: !!stored && !stored.active,
    };
  }

  function views(records: readonly ItemRecord[], evidence: Evidence[]): ChecklistItem[] {
    const byItem = new Map<string, Evidence[]>();
    for (const e of evidence) {
      const list = byItem.get(e.itemId);
      if (list) list.push(e);
      else byItem.set(e.itemId, [e]);
    }
    const requirements = deps.library.requirementsById(records.flatMap((r) => (r.requirementId ? [r.requirementId] : [])));
    return records.map((i) => toView(i, byItem.get(i.id) ?? [], requirements));
  }

  return {
    toView,

    /** Four queries whatever the size: the entry, its items, their evidence, their requirements. */
    view(entryId: string): ChecklistView {
      deps.entry(entryId);
      const items = views(deps.repo.forEntry(entryId), deps.evidence.forEntry(entryId));
      return { entryId, items, readiness: readinessOf(items) };
    },

    /** Many stored items as shown, with their evidence and requirements in two queries. */
    views: (records: readonly ItemRecord[]) => views(records, deps.evidence.forItems(records.map((r) => r.id))),

    itemView(item: ItemRecord): ChecklistItem {
      return toView(item, deps.evidence.forItem(item.id));
    },
  };
}
