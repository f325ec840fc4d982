/**
 * Checklists: generated from the library for an entry's country and profile, then
 * worked by the team. Generation and profile syncing run inside the caller's
 * transaction (entry create / update); item edits are their own transactions.
 */
import { AppError } from '../../../shared/errors';
import type { Entry } from '../../../shared/entry-schema';
import {
  type BulkPatch,
  type ChecklistItem,
  type ChecklistView,
  type CustomItemInput,
  type ItemPatch,
  type ProfileDiff,
} from '../../../shared/checklist-schema';
import { applicableRequirements, type ApplicableRequirement } from '../../../shared/requirements/applicability';
import type { Requirement } from '../../../shared/requirements/pack-schema';
import { addBusinessDays } from '../../../shared/domain/business-days';
import { addDays } from '../../../shared/domain/iso-date';
import { readinessOf } from '../../../shared/domain/readiness';
import { buildCalendar } from '../reference/calendars';
import { countryName } from '../reference/countries';
import type { ItemRecord } from '../repos/checklist-repo';
import { writeAudit, type ServiceContext } from './context';

const ITEM = 'checklist_item';

export function checklistService(ctx: ServiceContext) {
  type EntryBasis = Pick<Entry, 'targetCountry' | 'profile' | 'startDate'>;

  function applicableFor(entry: EntryBasis): ApplicableRequirement[] {
    return applicableFromList(ctx.library.requirements(false).map((s) => s.requirement), entry);
  }

  function applicableFromList(reqs: Requirement[], entry: EntryBasis): ApplicableRequirement[] {
    return applicableRequirements(reqs, {
      country: entry.targetCountry,
      countryName: countryName(entry.targetCountry) ?? entry.targetCountry,
      profile: entry.profile,
      on: entry.startDate,
    });
  }

  /**
   * Due date: the requirement's lead time in the market's business days, counted from the
   * entry's start, or from the day the duty applies when that is later.
   */
  function dueDateFn(entry: Pick<Entry, 'targetCountry' | 'targetSubdivision' | 'startDate'>) {
    // One calendar per first day (the start, or a later applies-from date), built once.
    const calendars = new Map<string, ReturnType<typeof buildCalendar>>();
    const calendarFrom = (from: string) => {
      let cal = calendars.get(from);
      if (!cal) {
        cal = buildCalendar(entry.targetCountry, from, addDays(from, 1100), entry.targetSubdivision ?? undefined);
        calendars.set(from, cal);
      }
      return cal;
    };
    return (leadTimeDays: number, appliesFrom: string | null = null) => {
      const from = appliesFrom && appliesFrom > entry.startDate ? appliesFrom : entry.startDate;
      return addBusinessDays(calendarFrom(from), from, leadTimeDays);
    };
  }

  function newItem(entry: Entry, a: ApplicableRequirement, due: (n: number, from: string | null) => string, at: string): ItemRecord {
    const stored = ctx.library.requirement(a.requirement.id)!;
    const pack = ctx.library.pack(stored.packId)!;
    return {
      id: ctx.newId(),
      entryId: entry.id,
      requirementId: a.requirement.id,
      requirementHash: stored.contentHash,
      packId: pack.id,
      packVersion: pack.version,
      title: a.requirement.title,
      category: a.requirement.category,
      workstream: a.requirement.workstream,
      certainty: a.certainty,
      reasons: a.reasons,
      appliesFrom: a.appliesFrom,
      status: 'todo',
      naReason: null,
      profileExcluded: false,
      staleReason: null,
      statusBeforeExclusion: null,
      owner: '',
      dueDate: due(a.requirement.leadTimeDays, a.appliesFrom),
      dueManual: false,
      notes: '',
      createdAt: at,
      updatedAt: at,
    };
  }

  /** Creates the checklist of a new entry. Call inside the entry's transaction. Returns the item count. */
  function generate(entry: Entry): number {
    const at = ctx.now().toISOString();
    const due = dueDateFn(entry);
    const items = applicableFor(entry).map((a) => newItem(entry, a, due, at));
    for (const i of items) ctx.checklist.insert(i);
    return items.length;
  }

  function profileDiff(current: Entry, next: Entry): ProfileDiff {
    const applicable = new Map(applicableFor(next).map((a) => [a.requirement.id, a]));
    const items = ctx.checklist.forEntry(current.id);
    const byRequirement = new Map(items.filter((i) => i.requirementId).map((i) => [i.requirementId!, i]));
    const diff: ProfileDiff = { add: [], remove: [], restore: [] };
    for (const [id, a] of applicable) {
      const existing = byRequirement.get(id);
      if (!existing) diff.add.push({ requirementId: id, title: a.requirement.title, reasons: a.reasons });
      else if (existing.profileExcluded) diff.restore.push({ itemId: existing.id, title: existing.title });
    }
    for (const item of items) {
      if (!item.requirementId || item.profileExcluded || applicable.has(item.requirementId)) continue;
      diff.remove.push({ itemId: item.id, title: item.title, outcome: ctx.checklist.hasRecord(item.id) ? 'marked_not_applicable' : 'deleted' });
    }
    return diff;
  }

  /**
   * Brings an entry's checklist in line with its (changed) profile, country or dates.
   * Never deletes an item that holds evidence or history. Call inside the update's transaction.
   */
  function syncToEntry(before: Entry, after: Entry): ProfileDiff {
    const diff = profileDiff(before, after);
    const at = ctx.now().toISOString();
    const due = dueDateFn(after);
    const applicable = new Map(applicableFor(after).map((a) => [a.requirement.id, a]));
    for (const add of diff.add) ctx.checklist.insert(newItem(after, applicable.get(add.requirementId)!, due, at));
    for (const r of diff.remove) {
      if (r.outcome === 'deleted') {
        ctx.checklist.delete(r.itemId);
        continue;
      }
      const item = ctx.checklist.get(r.itemId)!;
      ctx.checklist.update({
        ...item,
        status: 'not_applicable',
        naReason: 'Not applicable (profile changed)',
        profileExcluded: true,
        statusBeforeExclusion: item.status,
        updatedAt: at,
      });
      writeAudit(ctx, ITEM, item.id, 'exclude_profile_changed', item, null);
    }
    for (const r of diff.restore) {
      const item = ctx.checklist.get(r.itemId)!;
      ctx.checklist.update({
        ...item,
        status: item.statusBeforeExclusion ?? 'todo',
        naReason: null,
        profileExcluded: false,
        statusBeforeExclusion: null,
        updatedAt: at,
      });
      writeAudit(ctx, ITEM, item.id, 'restore_profile_changed', null, null);
    }
    // Keep reasons and automatic due dates in step with the entry.
    for (const item of ctx.checklist.forEntry(after.id)) {
      const a = item.requirementId ? applicable.get(item.requirementId) : undefined;
      if (!a) continue;
      const dueDate = item.dueManual ? item.dueDate : due(a.requirement.leadTimeDays, a.appliesFrom);
      if (dueDate !== item.dueDate || JSON.stringify(a.reasons) !== JSON.stringify(item.reasons) || a.appliesFrom !== item.appliesFrom || a.certainty !== item.certainty) {
        ctx.checklist.update({ ...item, dueDate, reasons: a.reasons, appliesFrom: a.appliesFrom, certainty: a.certainty, updatedAt: at });
      }
    }
    return diff;
  }

  function mustGetItem(id: string): ItemRecord {
    const item = ctx.checklist.get(id);
    if (!item) throw new AppError('not_found', 'That checklist item no longer exists.', 'itemId');
    return item;
  }

  function applyPatch(item: ItemRecord, patch: ItemPatch | BulkPatch, at: string): ItemRecord {
    if (item.status === 'signed_off' && patch.status !== undefined) {
      throw new AppError('conflict', `"${item.title}" is signed off; its status changes only through legal review.`, 'status');
    }
    const next: ItemRecord = { ...item, updatedAt: at };
    if (patch.owner !== undefined) next.owner = patch.owner;
    if (patch.dueDate !== undefined) {
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

  function toView(item: ItemRecord, evidence: ChecklistItem['evidence']): ChecklistItem {
    const stored = item.requirementId ? ctx.library.requirement(item.requirementId) : undefined;
    const { statusBeforeExclusion: _s, dueManual: _d, ...rest } = item;
    return {
      ...rest,
      evidence,
      requirement: stored?.requirement ?? null,
      requirementChanged: !!stored && stored.contentHash !== item.requirementHash,
      requirementWithdrawn: !!stored && !stored.active,
    };
  }

  function mustGetEntry(id: string): Entry {
    const e = ctx.entries.get(id);
    if (!e) throw new AppError('not_found', 'That market entry no longer exists.', 'entryId');
    return e;
  }

  /** Adds the item for a requirement newly added to the library. Call inside a transaction. */
  function addRequirementItem(entryId: string, requirement: Requirement): void {
    const entry = mustGetEntry(entryId);
    const [a] = applicableFromList([requirement], entry);
    if (!a || ctx.checklist.forEntry(entryId).some((i) => i.requirementId === requirement.id)) return;
    ctx.checklist.insert(newItem(entry, a, dueDateFn(entry), ctx.now().toISOString()));
  }

  return {
    applicableFor,
    applicableFromList,
    addRequirementItem,
    generate,
    profileDiff,
    syncToEntry,

    view(entryId: string): ChecklistView {
      mustGetEntry(entryId);
      const evidence = ctx.checklist.evidenceForEntry(entryId);
      const byItem = new Map<string, ChecklistItem['evidence']>();
      for (const e of evidence) byItem.set(e.itemId, [...(byItem.get(e.itemId) ?? []), e]);
      const items = ctx.checklist.forEntry(entryId).map((i) => toView(i, byItem.get(i.id) ?? []));
      return { entryId, items, readiness: readinessOf(items) };
    },

    item(itemId: string): ChecklistItem {
      const item = mustGetItem(itemId);
      return toView(item, ctx.checklist.evidenceForItem(itemId));
    },

    updateItem(itemId: string, patch: ItemPatch): ChecklistItem {
      if (Object.keys(patch).length === 0) throw new AppError('invalid_input', 'Nothing to change: choose a field to update.');
      ctx.db.transaction(() => {
        const before = mustGetItem(itemId);
        const after = applyPatch(before, patch, ctx.now().toISOString());
        ctx.checklist.update(after);
        writeAudit(ctx, ITEM, itemId, 'update', before, after);
      }).immediate();
      return this.item(itemId);
    },

    bulkUpdate(itemIds: string[], patch: BulkPatch): { updated: number } {
      if (itemIds.length === 0) throw new AppError('invalid_input', 'Select at least one item first.', 'itemIds');
      if (Object.keys(patch).length === 0) throw new AppError('invalid_input', 'Choose what to change for the selected items.');
      const at = ctx.now().toISOString();
      ctx.db.transaction(() => {
        for (const id of new Set(itemIds)) {
          const before = mustGetItem(id);
          const after = applyPatch(before, patch, at);
          ctx.checklist.update(after);
          writeAudit(ctx, ITEM, id, 'bulk_update', before, after);
        }
      }).immediate();
      return { updated: new Set(itemIds).size };
    },

    addCustomItem(input: CustomItemInput): ChecklistItem {
      const entry = mustGetEntry(input.entryId);
      const at = ctx.now().toISOString();
      const item: ItemRecord = {
        id: ctx.newId(),
        entryId: entry.id,
        requirementId: null,
        requirementHash: null,
        packId: null,
        packVersion: null,
        title: input.title,
        category: input.category,
        workstream: input.workstream,
        certainty: 'custom',
        reasons: ['added by the team'],
        appliesFrom: null,
        status: 'todo',
        naReason: null,
        profileExcluded: false,
        staleReason: null,
        statusBeforeExclusion: null,
        owner: input.owner,
        dueDate: input.dueDate,
        dueManual: input.dueDate !== null,
        notes: input.notes,
        createdAt: at,
        updatedAt: at,
      };
      ctx.db.transaction(() => {
        ctx.checklist.insert(item);
        writeAudit(ctx, ITEM, item.id, 'create_custom', null, item);
      }).immediate();
      return toView(item, []);
    },
  };
}

export type ChecklistService = ReturnType<typeof checklistService>;
