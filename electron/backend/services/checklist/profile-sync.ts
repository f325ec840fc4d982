/**
 * The checklist following its entry: generated when the entry is created, brought in line
 * when its profile, country or dates change (never deleting an item that holds evidence or
 * history), and given the item of a requirement newly added to the library. All of it runs
 * inside the caller's write.
 */
import type { Entry } from '../../../../shared/entry-schema';
import type { ProfileDiff } from '../../../../shared/checklist-schema';
import type { ApplicableRequirement } from '../../../../shared/requirements/applicability';
import type { Requirement } from '../../../../shared/requirements/pack-schema';
import type { ChecklistDeps } from '../checklist-service';
import { applicableFromList, type EntryBasis } from './applicable';
import { dueDateFn } from './due-dates';
import { requirementItem } from './item-records';
import { ITEM } from './checklist-view';

export function profileSync(deps: ChecklistDeps) {
  const { repo, kernel, audit } = deps;

  function applicableFor(entry: EntryBasis): ApplicableRequirement[] {
    return applicableFromList(deps.library.requirements().map((s) => s.requirement), entry);
  }

  /** True when the item holds evidence or has been changed since it was created. */
  function hasRecord(itemId: string): boolean {
    return deps.evidence.itemHasEvidence(itemId) || deps.itemHasHistory(itemId);
  }

  function profileDiff(current: Entry, next: Entry): ProfileDiff {
    const applicable = new Map(applicableFor(next).map((a) => [a.requirement.id, a]));
    const items = repo.forEntry(current.id);
    const byRequirement = new Map(items.filter((i) => i.requirementId).map((i) => [i.requirementId!, i]));
    const diff: ProfileDiff = { add: [], remove: [], restore: [] };
    for (const [id, a] of applicable) {
      const existing = byRequirement.get(id);
      if (!existing) diff.add.push({ requirementId: id, title: a.requirement.title, reasons: a.reasons });
      else if (existing.profileExcluded) diff.restore.push({ itemId: existing.id, title: existing.title });
    }
    for (const item of items) {
      if (!item.requirementId || item.profileExcluded || applicable.has(item.requirementId)) continue;
      diff.remove.push({ itemId: item.id, title: item.title, outcome: hasRecord(item.id) ? 'marked_not_applicable' : 'deleted' });
    }
    return diff;
  }

  return {
    profileDiff,

    /** Creates the checklist of a new entry. Call inside the entry's write. Returns the item count. */
    generate(entry: Entry): number {
      const at = kernel.now().toISOString();
      const due = dueDateFn(entry);
      const items = applicableFor(entry).map((a) => requirementItem(deps, entry, a, due, at));
      for (const i of items) repo.insert(i);
      return items.length;
    },

    /** Brings an entry's checklist in line with its (changed) profile, country or dates. Call inside the update's write. */
    syncToEntry(before: Entry, after: Entry): ProfileDiff {
      const diff = profileDiff(before, after);
      const at = kernel.now().toISOString();
      const due = dueDateFn(after);
      const applicable = new Map(applicableFor(after).map((a) => [a.requirement.id, a]));
      for (const add of diff.add) repo.insert(requirementItem(deps, after, applicable.get(add.requirementId)!, due, at));
      for (const r of diff.remove) {
        if (r.outcome === 'deleted') {
          repo.delete(r.itemId);
          continue;
        }
        const item = repo.get(r.itemId)!;
        repo.update({ ...item, status: 'not_applicable', naReason: 'Not applicable (profile changed)', profileExcluded: true, statusBeforeExclusion: item.status, updatedAt: at });
        audit(ITEM, item.id, 'exclude_profile_changed', item, null);
      }
      for (const r of diff.restore) {
        const item = repo.get(r.itemId)!;
        repo.update({ ...item, status: item.statusBeforeExclusion ?? 'todo', naReason: null, profileExcluded: false, statusBeforeExclusion: null, updatedAt: at });
        audit(ITEM, item.id, 'restore_profile_changed', null, null);
      }
      // Keep reasons and automatic due dates in step with the entry.
      for (const item of repo.forEntry(after.id)) {
        const a = item.requirementId ? applicable.get(item.requirementId) : undefined;
        if (!a) continue;
        const dueDate = item.dueManual ? item.dueDate : due(a.requirement.leadTimeDays, a.appliesFrom);
        if (dueDate !== item.dueDate || JSON.stringify(a.reasons) !== JSON.stringify(item.reasons) || a.appliesFrom !== item.appliesFrom || a.certainty !== item.certainty) {
          repo.update({ ...item, dueDate, reasons: a.reasons, appliesFrom: a.appliesFrom, certainty: a.certainty, updatedAt: at });
        }
      }
      return diff;
    },

    /** Adds the item for a requirement newly added to the library. Call inside the import's write. */
    addRequirementItem(entryId: string, requirement: Requirement): void {
      const entry = deps.entry(entryId);
      const [a] = applicableFromList([requirement], entry);
      if (!a || repo.forEntry(entryId).some((i) => i.requirementId === requirement.id)) return;
      repo.insert(requirementItem(deps, entry, a, dueDateFn(entry), kernel.now().toISOString()));
    },
  };
}
