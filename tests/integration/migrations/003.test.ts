/**
 * Migration 003 (sign-off ledger): checklists written at version 2 keep every row; their
 * items gain stale_reason = NULL (no approval is stale until something changes), and the
 * new ledger is empty and append-only.
 */
import { describe, expect, it } from 'vitest';
import { INSTALLATION_ID, columns, databaseAt, insertLedger, rows, snapshot, upgrade, asOf, closedAfterEach, insertUsualRows } from './upgrade';

const opened = closedAfterEach();

const OLD_TABLES = ['installation', 'settings', 'entries', 'audit_log', 'packs', 'requirements', 'checklist_items', 'entry_item_counts', 'evidence'];

function version2() {
  return databaseAt(2, (db) => {
    insertUsualRows(db, 'checklist');
  });
}

describe('migration 003: sign-off ledger', () => {
  it('keeps every row of a version-2 database, backed up first, and adds stale_reason = NULL to its items', async () => {
    const { dataDir, file } = version2();
    const before = snapshot(file, OLD_TABLES);
    expect(before.checklist_items).toHaveLength(3);
    expect(before.evidence).toHaveLength(2);
    expect(before.entry_item_counts).toEqual([expect.objectContaining({ todo: 1, in_progress: 1, signed_off: 1 })]);

    const o = await upgrade(dataDir, 2, before);
    opened.push(o);
    for (const t of OLD_TABLES.filter((t) => t !== 'checklist_items')) expect(asOf(3, t, rows(o.db, t)), t).toEqual(before[t]);
    expect(columns(o.db, 'checklist_items')).toContain('stale_reason');
    expect(asOf(3, 'checklist_items', rows(o.db, 'checklist_items'))).toEqual(before.checklist_items!.map((item) => ({ ...item, stale_reason: null })));
  });

  it('starts an empty ledger that takes records and refuses to change or delete them', async () => {
    const { dataDir, file } = version2();
    const o = await upgrade(dataDir, 2, snapshot(file, OLD_TABLES));
    opened.push(o);
    expect(rows(o.db, 'signoff_ledger')).toEqual([]);
    insertLedger(o.db);
    expect(rows(o.db, 'signoff_ledger')).toEqual([expect.objectContaining({ seq: 1, chain_id: INSTALLATION_ID, decision: 'approve' })]);
    expect(() => o.db.prepare("UPDATE signoff_ledger SET comment = 'edited'").run()).toThrow(/append-only: records cannot be changed/);
    expect(() => o.db.prepare('DELETE FROM signoff_ledger').run()).toThrow(/append-only: records cannot be deleted/);
  });
});
