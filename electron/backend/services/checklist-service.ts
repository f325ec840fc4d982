/**
 * Checklists: generated from the library for an entry's country and profile, then worked
 * by the team and reviewed by counsel. The checklist service owns the checklist items;
 * the library, the entry and the evidence come from their own services.
 *
 *   checklist/applicable.ts      which requirements apply to an entry
 *   checklist/due-dates.ts       lead times in the market's business days
 *   checklist/item-records.ts    new item records
 *   checklist/profile-sync.ts    generate, preview and follow the entry's profile; library additions
 *   checklist/checklist-view.ts  the checklist as shown
 *   checklist/item-mutations.ts  team edits, review outcomes, approvals turning stale
 */
import type { BulkPatch, ChecklistItem, ChecklistView, CustomItemInput, Evidence, ItemPatch, ItemStatus } from '../../../shared/checklist-schema';
import type { Entry } from '../../../shared/entry-schema';
import type { Readiness } from '../../../shared/domain/readiness';
import type { ChecklistRepo, ItemRecord } from '../repos/checklist-repo';
import type { StoredPack, StoredRequirement } from '../repos/library-repo';
import { required, type Audit, type Kernel } from './kernel';
import { applicableFromList } from './checklist/applicable';
import { checklistView } from './checklist/checklist-view';
import { itemMutations } from './checklist/item-mutations';
import { profileSync } from './checklist/profile-sync';

export interface ChecklistDeps {
  repo: ChecklistRepo;
  kernel: Kernel;
  audit: Audit;
  /** The entries service: the entry, or not_found (field entryId). */
  entry(id: string): Entry;
  /** The library service. */
  library: {
    /** The active requirements. */
    requirements(): StoredRequirement[];
    requirement(id: string): StoredRequirement | undefined;
    pack(id: string): StoredPack | undefined;
  };
  /** The evidence service. */
  evidence: {
    forEntry(entryId: string): Evidence[];
    forItem(itemId: string): Evidence[];
    itemHasEvidence(itemId: string): boolean;
  };
  /** The audit service: whether the item has been changed since it was created. */
  itemHasHistory(itemId: string): boolean;
  /**
   * The sign-off service: conditional approvals past their expiry turn stale before a
   * checklist is shown (kept where it was, for now: a housekeeping write on a read).
   */
  sweepExpired(): void;
}

export function checklistService(deps: ChecklistDeps) {
  const { repo } = deps;
  const shown = checklistView(deps);
  const sync = profileSync(deps);
  const edits = itemMutations(deps);
  /** The stored item, or not_found. */
  const record = (itemId: string): ItemRecord => required(repo.get(itemId), 'item', 'itemId');

  return {
    applicableFromList,
    generate: sync.generate,
    profileDiff: sync.profileDiff,
    syncToEntry: sync.syncToEntry,
    addRequirementItem: sync.addRequirementItem,
    /** The checklist as shown (checklist.get). */
    view(entryId: string): ChecklistView {
      deps.sweepExpired();
      return shown.view(entryId);
    },
    /** The entry's readiness as its checklist stands now. */
    readiness: (entryId: string): Readiness => shown.view(entryId).readiness,
    item: (itemId: string): ChecklistItem => shown.itemView(record(itemId)),

    record,
    /** The stored items of one entry (its plan and exports read them). */
    records: (entryId: string): ItemRecord[] => repo.forEntry(entryId),
    /** The stored items pinning a requirement, with their entry's name (what a pack import touches). */
    pinning: (requirementId: string) => repo.forRequirement(requirementId),
    inStatus: (status: ItemStatus): ItemRecord[] => repo.inStatus(status),
    portfolioCounts: (today: string) => repo.portfolioCounts(today),
    complianceCounts: (asOf: string) => repo.complianceCounts(asOf),

    updateItem: (itemId: string, patch: ItemPatch): ChecklistItem => shown.itemView(edits.updateItem(itemId, patch)),
    bulkUpdate: (itemIds: string[], patch: BulkPatch) => edits.bulkUpdate(itemIds, patch),
    addCustomItem: (input: CustomItemInput): ChecklistItem => shown.toView(edits.addCustomItem(input), []),
    setReviewOutcome: edits.setReviewOutcome,
    markStale: edits.markStale,
  };
}

export type ChecklistService = ReturnType<typeof checklistService>;
