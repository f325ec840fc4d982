import type Database from 'better-sqlite3';
import type { ItemStatus } from '../../../shared/checklist-schema';
import type { Workstream } from '../../../shared/requirements/pack-schema';

/** An item as stored, without the joined requirement and evidence. */
export interface ItemRecord {
  id: string;
  entryId: string;
  requirementId: string | null;
  requirementHash: string | null;
  packId: string | null;
  packVersion: string | null;
  title: string;
  category: string;
  workstream: Workstream;
  certainty: 'applies' | 'check' | 'custom';
  reasons: string[];
  appliesFrom: string | null;
  status: ItemStatus;
  naReason: string | null;
  profileExcluded: boolean;
  staleReason: string | null;
  statusBeforeExclusion: ItemStatus | null;
  owner: string;
  dueDate: string | null;
  dueManual: boolean;
  notes: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every update; an edit names the version it was based on. */
  version: number;
}

export interface ItemRow {
  id: string;
  entry_id: string;
  requirement_id: string | null;
  requirement_hash: string | null;
  pack_id: string | null;
  pack_version: string | null;
  title: string;
  category: string;
  workstream: Workstream;
  certainty: ItemRecord['certainty'];
  reasons: string;
  applies_from: string | null;
  status: ItemStatus;
  na_reason: string | null;
  profile_excluded: number;
  stale_reason: string | null;
  status_before_exclusion: ItemStatus | null;
  owner: string;
  due_date: string | null;
  due_manual: number;
  notes: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export function toItem(r: ItemRow): ItemRecord {
  return {
    id: r.id,
    entryId: r.entry_id,
    requirementId: r.requirement_id,
    requirementHash: r.requirement_hash,
    packId: r.pack_id,
    packVersion: r.pack_version,
    title: r.title,
    category: r.category,
    workstream: r.workstream,
    certainty: r.certainty,
    reasons: JSON.parse(r.reasons) as string[],
    appliesFrom: r.applies_from,
    status: r.status,
    naReason: r.na_reason,
    profileExcluded: r.profile_excluded === 1,
    staleReason: r.stale_reason,
    statusBeforeExclusion: r.status_before_exclusion,
    owner: r.owner,
    dueDate: r.due_date,
    dueManual: r.due_manual === 1,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function toParams(i: ItemRecord) {
  return {
    id: i.id,
    entry_id: i.entryId,
    requirement_id: i.requirementId,
    requirement_hash: i.requirementHash,
    pack_id: i.packId,
    pack_version: i.packVersion,
    title: i.title,
    category: i.category,
    workstream: i.workstream,
    certainty: i.certainty,
    reasons: JSON.stringify(i.reasons),
    applies_from: i.appliesFrom,
    status: i.status,
    na_reason: i.naReason,
    profile_excluded: i.profileExcluded ? 1 : 0,
    stale_reason: i.staleReason,
    status_before_exclusion: i.statusBeforeExclusion,
    owner: i.owner,
    due_date: i.dueDate,
    due_manual: i.dueManual ? 1 : 0,
    notes: i.notes,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    version: i.version,
  };
}

const COLUMNS =
  'id, entry_id, requirement_id, requirement_hash, pack_id, pack_version, title, category, workstream, certainty, reasons, applies_from, status, na_reason, profile_excluded, stale_reason, status_before_exclusion, owner, due_date, due_manual, notes, created_at, updated_at, version';

export function checklistRepo(db: Database.Database) {
  const insert = db.prepare(`INSERT INTO checklist_items (${COLUMNS}) VALUES (${COLUMNS.split(', ').map((c) => '@' + c).join(', ')})`);
  const update = db.prepare(`UPDATE checklist_items SET ${COLUMNS.split(', ')
    .filter((c) => c !== 'id' && c !== 'entry_id' && c !== 'created_at' && c !== 'version')
    .map((c) => `${c} = @${c}`)
    .join(', ')}, version = version + 1 WHERE id = @id AND version = @version`);
  const remove = db.prepare<[string]>('DELETE FROM checklist_items WHERE id = ?');
  const byId = db.prepare<[string], ItemRow>('SELECT * FROM checklist_items WHERE id = ?');
  const byStatus = db.prepare<[string], ItemRow>('SELECT * FROM checklist_items WHERE status = ? ORDER BY due_date, title');
  const byEntry = db.prepare<[string], ItemRow>(
    `SELECT * FROM checklist_items WHERE entry_id = ?
     ORDER BY CASE workstream WHEN 'regulatory_legal' THEN 0 WHEN 'infrastructure_technology' THEN 1 ELSE 2 END, category, due_date, title`,
  );
  const byRequirement = db.prepare<[string], ItemRow & { entry_name: string }>(
    `SELECT i.*, e.name AS entry_name FROM checklist_items i JOIN entries e ON e.id = i.entry_id WHERE i.requirement_id = ? ORDER BY e.name`,
  );
  const portfolio = db.prepare<[string], { entry_id: string; signed: number; applicable: number; open: number; overdue: number; blocked: number; in_review: number }>(
    `SELECT c.entry_id,
            c.signed_off AS signed,
            c.todo + c.in_progress + c.in_review + c.blocked + c.signed_off AS applicable,
            c.todo + c.in_progress + c.in_review + c.blocked AS open,
            (SELECT count(*) FROM checklist_items i
              WHERE i.entry_id = c.entry_id AND i.status IN ('todo', 'in_progress', 'in_review', 'blocked') AND i.due_date < ?) AS overdue,
            c.blocked AS blocked,
            c.in_review AS in_review
     FROM entry_item_counts c`,
  );
  const laterDuties = db.prepare<[], { entry_id: string; signed: number; applicable: number }>(
    // From the few items with a later date (the items_later_duties index) to their entries, never a scan of the items.
    `SELECT i.entry_id, coalesce(sum(i.status = 'signed_off'), 0) AS signed, count(*) AS applicable
     FROM checklist_items i CROSS JOIN entries e ON e.id = i.entry_id
     WHERE i.status <> 'not_applicable' AND i.applies_from > '' AND i.applies_from > e.target_date
     GROUP BY i.entry_id`,
  );
  /** Per entry, library requirements that apply only after a date (the items_later_duties index). */
  const notInForce = db.prepare<{ asOf: string }, { entry_id: string; applicable: number; signed: number }>(
    `SELECT entry_id, coalesce(sum(status <> 'not_applicable'), 0) AS applicable, coalesce(sum(status = 'signed_off'), 0) AS signed
     FROM checklist_items WHERE applies_from IS NOT NULL AND applies_from > @asOf AND requirement_id IS NOT NULL GROUP BY entry_id`,
  );
  /** Per entry, items in review whose due date has passed (the items_by_status index). */
  const reviewOverdue = db.prepare<{ asOf: string }, { entry_id: string; n: number }>(
    `SELECT entry_id, count(*) AS n FROM checklist_items WHERE status = 'in_review' AND due_date < @asOf GROUP BY entry_id`,
  );
  const totals = db.prepare<[], { entry_id: string; signed: number; applicable: number }>(
    'SELECT entry_id, signed_off AS signed, applicable FROM entry_requirement_counts',
  );
  const counts = db.prepare<[string], { signed: number; applicable: number }>(
    `SELECT coalesce(sum(status = 'signed_off'), 0) AS signed, coalesce(sum(status <> 'not_applicable'), 0) AS applicable
     FROM checklist_items WHERE entry_id = ?`,
  );

  const setDerivedDue = db.prepare('UPDATE checklist_items SET due_date = ? WHERE id = ?');
  return {
    insert(i: ItemRecord): void {
      insert.run(toParams(i));
    },
    /** Writes `i` over the stored row if that is still at `i.version` (then one higher); false when it is not. */
    update(i: ItemRecord): boolean {
      return update.run(toParams(i)).changes === 1;
    },
    /**
     * Stores a due date the app derives (from the item's plan task or its lead time) without
     * moving the row's version: nobody edits that date by hand, so an editor opened before it
     * moved has nothing of theirs to lose.
     */
    setDerivedDueDate(id: string, dueDate: string | null): void {
      setDerivedDue.run(dueDate, id);
    },
    delete(id: string): void {
      remove.run(id);
    },
    get(id: string): ItemRecord | undefined {
      const r = byId.get(id);
      return r ? toItem(r) : undefined;
    },
    inStatus(status: ItemStatus): ItemRecord[] {
      return byStatus.all(status).map(toItem);
    },
    forEntry(entryId: string): ItemRecord[] {
      return byEntry.all(entryId).map(toItem);
    },
    forRequirement(requirementId: string): (ItemRecord & { entryName: string })[] {
      return byRequirement.all(requirementId).map((r) => ({ ...toItem(r), entryName: r.entry_name }));
    },
    /** Per-entry item counts for the portfolio, in one pass over the items. */
    portfolioCounts(today: string) {
      return portfolio.all(today).map((r) => ({
        entryId: r.entry_id,
        signedOff: r.signed,
        applicable: r.applicable,
        open: r.open,
        overdue: r.overdue,
        blocked: r.blocked,
        inReview: r.in_review,
      }));
    },
    /** Per entry, the applicable items whose duty applies only after its readiness target, and how many are signed off. */
    laterDutyCounts(): Map<string, { signedOff: number; applicable: number }> {
      return new Map(laterDuties.all().map((r) => [r.entry_id, { signedOff: r.signed, applicable: r.applicable }]));
    },
    /**
     * Per-entry compliance on a date in three indexed reads: the trigger-kept library counts less
     * the requirements not in force yet (approved of them likewise), and sign-offs past due.
     */
    complianceCounts(asOf: string): Map<string, { applicableInForce: number; approvedInForce: number; overdueSignoffs: number }> {
      const less = new Map(notInForce.all({ asOf }).map((r) => [r.entry_id, r]));
      const late = new Map(reviewOverdue.all({ asOf }).map((r) => [r.entry_id, r.n]));
      return new Map(
        totals.all().map((c) => {
          const l = less.get(c.entry_id);
          return [c.entry_id, { applicableInForce: c.applicable - (l?.applicable ?? 0), approvedInForce: c.signed - (l?.signed ?? 0), overdueSignoffs: late.get(c.entry_id) ?? 0 }];
        }),
      );
    },
    readinessCounts(entryId: string): { signed: number; applicable: number } {
      return counts.get(entryId)!;
    },
  };
}

export type ChecklistRepo = ReturnType<typeof checklistRepo>;
