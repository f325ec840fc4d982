/** Evidence on checklist items (files by SHA-256, or links): the evidence table. */
import type Database from 'better-sqlite3';
import type { Evidence } from '../../../shared/checklist-schema';

interface EvidenceRow {
  id: string;
  item_id: string;
  kind: 'file' | 'link';
  name: string;
  url: string | null;
  sha256: string | null;
  size: number | null;
  added_by: string;
  os_user: string;
  added_at: string;
}

function toEvidence(r: EvidenceRow): Evidence {
  return {
    id: r.id,
    itemId: r.item_id,
    kind: r.kind,
    name: r.name,
    url: r.url,
    sha256: r.sha256,
    size: r.size,
    addedBy: r.added_by,
    osUser: r.os_user,
    addedAt: r.added_at,
  };
}

export function evidenceRepo(db: Database.Database) {
  const evidenceOfEntry = db.prepare<[string], EvidenceRow>(
    'SELECT ev.* FROM evidence ev JOIN checklist_items i ON i.id = ev.item_id WHERE i.entry_id = ? ORDER BY ev.added_at',
  );
  const evidenceOfItem = db.prepare<[string], EvidenceRow>('SELECT * FROM evidence WHERE item_id = ? ORDER BY added_at');
  const evidenceOfItems = db.prepare<[string], EvidenceRow>(
    'SELECT * FROM evidence WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY added_at',
  );
  const evidenceById = db.prepare<[string], EvidenceRow>('SELECT * FROM evidence WHERE id = ?');
  const insertEvidence = db.prepare(`INSERT INTO evidence (id, item_id, kind, name, url, sha256, size, added_by, os_user, added_at)
    VALUES (@id, @item_id, @kind, @name, @url, @sha256, @size, @added_by, @os_user, @added_at)`);
  const removeEvidence = db.prepare<[string]>('DELETE FROM evidence WHERE id = ?');
  const evidenceCount = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM evidence WHERE item_id = ?');

  return {
    forEntry(entryId: string): Evidence[] {
      return evidenceOfEntry.all(entryId).map(toEvidence);
    },
    forItem(itemId: string): Evidence[] {
      return evidenceOfItem.all(itemId).map(toEvidence);
    },
    /** The evidence of many items in one query, in the order it was added. */
    forItems(itemIds: readonly string[]): Evidence[] {
      return itemIds.length === 0 ? [] : evidenceOfItems.all(JSON.stringify(itemIds)).map(toEvidence);
    },
    get(id: string): Evidence | undefined {
      const r = evidenceById.get(id);
      return r ? toEvidence(r) : undefined;
    },
    insert(e: Evidence): void {
      insertEvidence.run({
        id: e.id,
        item_id: e.itemId,
        kind: e.kind,
        name: e.name,
        url: e.url,
        sha256: e.sha256,
        size: e.size,
        added_by: e.addedBy,
        os_user: e.osUser,
        added_at: e.addedAt,
      });
    },
    delete(id: string): void {
      removeEvidence.run(id);
    },
    /** True when the item holds any evidence. */
    itemHasEvidence(itemId: string): boolean {
      return evidenceCount.get(itemId)!.n > 0;
    },
  };
}

export type EvidenceRepo = ReturnType<typeof evidenceRepo>;
