/**
 * Checklists: generated from the library for an entry's country and profile, then worked
 * by the team and reviewed by counsel. The checklist service owns the checklist items;
 * the library, the entry and the evidence come from their own services.
 *
 *   checklist/applicable.ts      which requirements apply to an entry
 *   checklist/due-dates.ts       lead times in the market's business days; ready by the date a duty applies
 *   checklist/task-dates.ts      items due with their plan task; the plan's calendar
 *   checklist/item-records.ts    new item records
 *   checklist/profile-sync.ts    generate, preview and follow the entry's profile; library additions
 *   checklist/checklist-view.ts  the checklist as shown
 *   checklist/item-mutations.ts  team edits, review outcomes, approvals turning stale
 */
import type { BulkPatch, ChecklistItem, ChecklistView, CustomItemInput, Evidence, ItemPatch, ItemStatus } from '../../../shared/checklist-schema';
import type { Entry } from '../../../shared/entry-schema';
import type { Readiness } from '../../../shared/domain/readiness';
import type { WorkCalendar } from '../../../shared/domain/calendar';
import type { ChecklistRepo, ItemRecord } from '../repos/checklist-repo';
import type { StoredPack, StoredRequirement } from '../repos/library-repo';
import type { NoneKnownNote } from '../../../shared/requirements/pack-schema';
import { required, type Audit, type Kernel } from './kernel';
import { applicableFromList } from './checklist/applicable';
import { checklistView } from './checklist/checklist-view';
import { itemMutations } from './checklist/item-mutations';
import { profileSync } from './checklist/profile-sync';
import { taskDates } from './checklist/task-dates';

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
    /** Many requirements by id, in one query. */
    requirementsById(ids: readonly string[]): Map<string, StoredRequirement>;
    pack(id: string): StoredPack | undefined;
    /** Every installed pack's "looked for, none known" notes. */
    noneKnown(): NoneKnownNote[];
  };
  /** The evidence service. */
  evidence: {
    forEntry(entryId: string): Evidence[];
    forItem(itemId: string): Evidence[];
    forItems(itemIds: readonly string[]): Evidence[];
    itemHasEvidence(itemId: string): boolean;
  };
  /** The plan service. */
  plan: {
    /** Each item with a plan task: that task and its forecast finish (item id -> task). */
    itemTasks(entryId: string): Map<string, { taskId: string; taskTitle: string; finish: string }>;
    /** The plan's working calendar (its holiday snapshot, moved estimates, shutdown days). */
    workCalendar(entryId: string): WorkCalendar;
  };
  /** The audit service: whether the item has been changed since it was created. */
  itemHasHistory(itemId: string): boolean;
}

export function checklistService(deps: ChecklistDeps) {
  const { repo } = deps;
  const shown = checklistView(deps);
  const sync = profileSync(deps);
  const edits = itemMutations(deps);
  const dates = taskDates(deps);
  /** The stored item, or not_found. */
  const record = (itemId: string): ItemRecord => required(repo.get(itemId), 'item', 'itemId');

  return {
    applicableFromList,
    generate: sync.generate,
    profileDiff: sync.profileDiff,
    syncToEntry: sync.syncToEntry,
    addRequirementItem: sync.addRequirementItem,
    /** The checklist as shown (checklist.get): a read, in a fixed number of queries. */
    view: (entryId: string): ChecklistView => shown.view(entryId),
    /** Stored items as shown (the review queue's page), in a fixed number of queries. */
    views: (records: readonly ItemRecord[]): ChecklistItem[] => shown.views(records),
    /** The entry's readiness as its checklist stands now. */
    readiness: (entryId: string): Readiness => shown.readiness(entryId),
    item: (itemId: string): ChecklistItem => shown.itemView(record(itemId)),

    record,
    /** The stored items of one entry (its plan and exports read them). */
    records: (entryId: string): ItemRecord[] => repo.forEntry(entryId),
    /** The stored items pinning a requirement, with their entry's name (what a pack import touches). */
    pinning: (requirementId: string) => repo.forRequirement(requirementId),
    inStatus: (status: ItemStatus): ItemRecord[] => repo.inStatus(status),
    /** Per-entry counts for the portfolio; readiness leaves out duties that apply only after the entry's target. */
    portfolioCounts(today: string) {
      const later = repo.laterDutyCounts();
      return repo.portfolioCounts(today).map((c) => {
        const l = later.get(c.entryId);
        return l ? { ...c, signedOff: c.signedOff - l.signedOff, applicable: c.applicable - l.applicable } : c;
      });
    },
    dueWithTasks: dates.dueWithTasks,
    /** Per entry, in one query: library requirements in force on a date, approved of them, and sign-offs past due. */
    complianceCounts: (asOf: string) => repo.complianceCounts(asOf),

    updateItem: (itemId: string, version: number, patch: ItemPatch): ChecklistItem => shown.itemView(edits.updateItem(itemId, version, patch)),
    bulkUpdate: (items: { itemId: string; version: number }[], patch: BulkPatch) => edits.bulkUpdate(items, patch),
    addCustomItem: (input: CustomItemInput): ChecklistItem => shown.toView(edits.addCustomItem(input), []),
    setReviewOutcome: edits.setReviewOutcome,
    markStale: edits.markStale,
  };
}

export type ChecklistService = ReturnType<typeof checklistService>;
