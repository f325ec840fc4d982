/**
 * Migration 002 (requirements library, checklists, evidence): entries written at version 1
 * keep every column; the new tables start empty and work for those old entries.
 */
import { describe, expect, it } from 'vitest';
import { AT, ENTRY_ID, asOf, columns, databaseAt, rows, snapshot, tableExists, upgrade, closedAfterEach, insertUsualRows } from './upgrade';

const opened = closedAfterEach();

const OLD_TABLES = ['installation', 'settings', 'entries', 'audit_log'];

describe('migration 002: requirements library, checklists and evidence', () => {
  it('keeps the entries, settings and audit rows of a version-1 database, backed up first', async () => {
    const { dataDir, file } = databaseAt(1, (db) => {
      insertUsualRows(db, 'entries');
    });
    const before = snapshot(file, OLD_TABLES);
    expect(before.entries).toHaveLength(2);

    const o = await upgrade(dataDir, 1, before);
    opened.push(o);
    for (const t of OLD_TABLES) expect(asOf(2, t, rows(o.db, t)), t).toEqual(before[t]);
    for (const t of ['packs', 'requirements', 'checklist_items', 'entry_item_counts', 'evidence']) {
      expect(tableExists(o.db, t), t).toBe(true);
      expect(asOf(2, t, rows(o.db, t)), t).toEqual([]);
    }
  });

  it('gives an old entry its first checklist item with the defaults, counted by the triggers', async () => {
    const { dataDir, file } = databaseAt(1, (db) => {
      insertUsualRows(db, 'entries');
    });
    const o = await upgrade(dataDir, 1, snapshot(file, OLD_TABLES));
    opened.push(o);
    o.db
      .prepare(`INSERT INTO checklist_items (id, entry_id, requirement_id, title, category, workstream, certainty, reasons, status, created_at, updated_at)
        VALUES ('item-1', ?, 'de.bdsg.s38-dpo', 'Appoint a data protection officer', 'representative_dpo', 'regulatory_legal', 'applies', '[]', 'todo', ?, ?)`)
      .run(ENTRY_ID, AT, AT);
    expect(o.db.prepare('SELECT owner, notes, due_date, due_manual, profile_excluded, na_reason FROM checklist_items').get()).toEqual({
      owner: '',
      notes: '',
      due_date: null,
      due_manual: 0,
      profile_excluded: 0,
      na_reason: null,
    });
    expect(o.db.prepare('SELECT todo, in_progress, signed_off FROM entry_item_counts WHERE entry_id = ?').get(ENTRY_ID)).toEqual({ todo: 1, in_progress: 0, signed_off: 0 });
    expect(columns(o.db, 'requirements')).toContain('active');
    o.db.prepare(`INSERT INTO packs (id, version, name, publisher, publication_date, license, origin, meta, loaded_at) VALUES ('de', '1.0.0', 'Germany', 'L', '2026-05-01', 'x', 'builtin', '{}', ?)`).run(AT);
    o.db.prepare(`INSERT INTO requirements (id, pack_id, content_hash, body) VALUES ('r', 'de', 'h', '{}')`).run();
    expect(o.db.prepare("SELECT active FROM requirements WHERE id = 'r'").get()).toEqual({ active: 1 });
  });
});
