/**
 * Changes to checklist items: the team's edits (one, or many at once), their own items,
 * and the status changes legal review makes (a decision, an approval turning stale).
 */
import { AppError } from '../../../../shared/errors';
import { displayDate } from '../../../../shared/domain/iso-date';
import type { BulkPatch, CustomItemInput, ItemPatch, ItemStatus } from '../../../../shared/checklist-schema';
import type { ItemRecord } from '../../repos/checklist-repo';
import { checkVersion, required, staleVersion } from '../kernel';
import type { ChecklistDeps } from '../checklist-service';
import { ITEM } from './checklist-view';
import { customItem } from './item-records';

type ItemTask = { taskTitle: string; finish: string };

/**
 * An item with a plan task is due when the task finishes: moving its due date by hand is
 * refused with a pointer to the task (the plan stays the one place its dates are worked out).
 */
function refuseTaskDueDate(item: ItemRecord, task: ItemTask | undefined, patch: ItemPatch | BulkPatch): void {
  if (!task || patch.dueDate === undefined || patch.dueDate === task.finish) return;
  throw new AppError(
    'invalid_input',
    `Due date: "${item.title}" is due with its plan task "${task.taskTitle}" (finish ${displayDate(task.finish)}); move that task on the Timeline to change it.`,
    'dueDate',
  );
}

function applyPatch(item: ItemRecord, patch: ItemPatch | BulkPatch, at: string, task?: ItemTask): ItemRecord {
  if (item.status === 'signed_off' && patch.status !== undefined) {
    throw new AppError('conflict', `"${item.title}" is signed off; its status changes only through legal review.`, 'status');
  }
  refuseTaskDueDate(item, task, patch);
  const next: ItemRecord = { ...item, updatedAt: at };
  if (patch.owner !== undefined) next.owner = patch.owner;
  if (patch.dueDate !== undefined && !task) {
    next.dueDate = patch.dueDate;
    next.dueManual = patch.dueDate !== null;
  }
  if ('notes' in patch && patch.notes !== undefined) next.notes = patch.notes;
  if (patch.status !== undefined) {
    if (patch.status === 'not_applicable') {
      const reason = patch.naReason?.trim() ?? '';
      if (!reason) throw new AppError('invalid_input', 'Reason: write why this item does not apply.', 'naReason');
      next.naReason = reason;
    } else {
      next.naReason = null;
    }
    next.status = patch.status;
    next.profileExcluded = false;
    next.statusBeforeExclusion = null;
  }
  return next;
}

export function itemMutations(deps: ChecklistDeps) {
  const { repo, kernel, audit } = deps;
  const record = (id: string) => required(repo.get(id), 'item', 'itemId');

  /** Stores `after` over `before` (the row as read in this write); answers with the new version. */
  function store(before: ItemRecord, after: ItemRecord): ItemRecord {
    if (!repo.update({ ...after, version: before.version })) throw staleVersion('item', repo.get(before.id)?.updatedAt ?? before.updatedAt);
    return { ...after, version: before.version + 1 };
  }

  return {
    /** Stores a team edit; answers with the item as stored. */
    updateItem(itemId: string, version: number, patch: ItemPatch): ItemRecord {
      if (Object.keys(patch).length === 0) throw new AppError('invalid_input', 'Nothing to change: choose a field to update.');
      return kernel.write(() => {
        const before = record(itemId);
        checkVersion(before, version, 'item');
        const task = patch.dueDate !== undefined ? deps.plan.itemTasks(before.entryId).get(itemId) : undefined;
        const after = store(before, applyPatch(before, patch, kernel.now().toISOString(), task));
        audit(ITEM, itemId, 'update', before, after);
        return after;
      });
    },

    /** All or nothing: one item that changed since its version refuses the whole change. */
    bulkUpdate(items: { itemId: string; version: number }[], patch: BulkPatch): { updated: number } {
      if (items.length === 0) throw new AppError('invalid_input', 'Select at least one item first.', 'items');
      if (Object.keys(patch).length === 0) throw new AppError('invalid_input', 'Choose what to change for the selected items.');
      const versions = new Map<string, number>();
      for (const { itemId, version } of items) {
        if (versions.has(itemId) && versions.get(itemId) !== version) throw new AppError('invalid_input', 'The selection names one item twice with different versions; reload and try again.', 'items');
        versions.set(itemId, version);
      }
      const at = kernel.now().toISOString();
      const tasksOf = new Map<string, ReturnType<ChecklistDeps['plan']['itemTasks']>>();
      const taskOf = (item: ItemRecord) => {
        if (patch.dueDate === undefined) return undefined;
        if (!tasksOf.has(item.entryId)) tasksOf.set(item.entryId, deps.plan.itemTasks(item.entryId));
        return tasksOf.get(item.entryId)!.get(item.id);
      };
      kernel.write(() => {
        for (const [id, version] of versions) {
          const before = record(id);
          checkVersion(before, version, 'item');
          const after = store(before, applyPatch(before, patch, at, taskOf(before)));
          audit(ITEM, id, 'bulk_update', before, after);
        }
      });
      return { updated: versions.size };
    },

    addCustomItem(input: CustomItemInput): ItemRecord {
      const entry = deps.entry(input.entryId);
      const item = customItem(kernel.newId(), { ...input, entryId: entry.id }, kernel.now().toISOString());
      kernel.write(() => {
        repo.insert(item);
        audit(ITEM, item.id, 'create_custom', null, item);
      });
      return item;
    },

    /**
     * Records a legal decision's outcome on the item (inside the decision's write, with the
     * ledger record's seq and hash in the audit row).
     */
    setReviewOutcome(item: ItemRecord, status: ItemStatus, at: string, action: string, ledger: { ledgerSeq: number; ledgerHash: string }): void {
      const after = store(item, { ...item, status, staleReason: null, updatedAt: at });
      audit(ITEM, item.id, action, item, { ...after, ...ledger });
    },

    /** Sends an approved item back to review, saying why. Call inside a write. */
    markStale(itemId: string, reason: string): void {
      const item = repo.get(itemId);
      if (!item || item.status !== 'signed_off') return;
      const after = store(item, { ...item, status: 'in_review', staleReason: reason, updatedAt: kernel.now().toISOString() });
      audit(ITEM, itemId, 'approval_stale', item, after);
    },
  };
}
