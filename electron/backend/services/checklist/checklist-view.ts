/** An entry's checklist as the screens show it: items with their requirement, evidence and readiness. */
import type { ChecklistItem, ChecklistView } from '../../../../shared/checklist-schema';
import { readinessOf } from '../../../../shared/domain/readiness';
import { jurisdictionMatch } from '../../../../shared/requirements/applicability';
import { countryName } from '../../reference/countries';
import type { ItemRecord } from '../../repos/checklist-repo';
import type { ChecklistDeps } from '../checklist-service';

/** The audit log's entity type for checklist items. */
export const ITEM = 'checklist_item';

export function checklistView(deps: ChecklistDeps) {
  function toView(item: ItemRecord, evidence: ChecklistItem['evidence']): ChecklistItem {
    const stored = item.requirementId ? deps.library.requirement(item.requirementId) : undefined;
    const { statusBeforeExclusion: _s, dueManual: _d, ...rest } = item;
    return {
      ...rest,
      evidence,
      requirement: stored?.requirement ?? null,
      requirementChanged: !!stored && stored.contentHash !== item.requirementHash,
      requirementWithdrawn: !!stored && !stored.active,
    };
  }

  return {
    toView,

    view(entryId: string): ChecklistView {
      const entry = deps.entry(entryId);
      const byItem = new Map<string, ChecklistItem['evidence']>();
      for (const e of deps.evidence.forEntry(entryId)) byItem.set(e.itemId, [...(byItem.get(e.itemId) ?? []), e]);
      const items = deps.repo.forEntry(entryId).map((i) => toView(i, byItem.get(i.id) ?? []));
      const name = countryName(entry.targetCountry) ?? entry.targetCountry;
      // The notes of every pack covering the market (its own and the EU-wide one), as judged on the entry's start.
      const notes = deps.library.noneKnown().filter((n) => jurisdictionMatch(n.jurisdiction, entry.targetCountry, name, entry.startDate) !== null);
      return { entryId, items, readiness: readinessOf(items), noneKnown: { countryName: name, notes } };
    },

    itemView(item: ItemRecord): ChecklistItem {
      return toView(item, deps.evidence.forItem(item.id));
    },
  };
}
