/**
 * Upgrade tests (one file per migration, named after it): a database written at the
 * previous schema version with realistic rows, then opened with the real openDatabase,
 * which backs it up and migrates it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { DB_FILE, migrate, openDatabase, type OpenedDatabase } from '../../../electron/db/connection';
import { APPLICATION_ID } from '../../../electron/db/file-check';
import { LATEST_VERSION, migrations } from '../../../electron/db/migrations/index';
import { sampleProfile } from '../../fixtures/profile';
import { tempDir } from '../helpers';

export const AT = '2026-06-01T09:30:00.000Z';
export const ENTRY_ID = '0b7f7a3e-2d6f-4a53-9b8e-6c1d2f3a4b5c';
export const ARCHIVED_ENTRY_ID = '5a1e9c44-7d2b-4f0e-8a61-2b3c4d5e6f70';
export const INSTALLATION_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';

/** A data folder whose database was written by the build whose last migration is `version`. */
export function databaseAt(version: number, fill: (db: Database.Database) => void): { dataDir: string; file: string } {
  const dataDir = tempDir('landfall-upgrade-');
  const file = path.join(dataDir, DB_FILE);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, migrations.filter((m) => m.version <= version));
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  db.transaction(() => fill(db))();
  db.close();
  return { dataDir, file };
}

/** Every row of a table, in a stable order, as plain objects. */
export function rows(db: Database.Database, table: string, orderBy = 'rowid'): Record<string, unknown>[] {
  return db.prepare(`SELECT * FROM ${table} ORDER BY ${orderBy}`).all() as Record<string, unknown>[];
}

export function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name);
}

export function tableExists(db: Database.Database, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/**
 * Opens the folder with the real openDatabase and checks the backup it must have taken first:
 * in backups/, at the old version, holding the old rows of `tables`.
 */
export async function upgrade(dataDir: string, fromVersion: number, before: Record<string, Record<string, unknown>[]>): Promise<OpenedDatabase> {
  const opened = await openDatabase(dataDir);
  expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  expect(opened.backupFile).not.toBeNull();
  expect(path.dirname(opened.backupFile!)).toBe(path.join(dataDir, 'backups'));
  expect(path.basename(opened.backupFile!)).toMatch(new RegExp(`^landfall-v${fromVersion}-.*\\.sqlite$`));
  const backup = new Database(opened.backupFile!, { readonly: true });
  try {
    expect(backup.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(backup.pragma('user_version', { simple: true })).toBe(fromVersion);
    for (const [table, old] of Object.entries(before)) expect(rows(backup, table), `backup of ${table}`).toEqual(old);
  } finally {
    backup.close();
  }
  expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
  return opened;
}

/** Reads tables as they stand (with a separate, read-only connection). */
export function snapshot(file: string, tables: readonly string[]): Record<string, Record<string, unknown>[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(tables.map((t) => [t, rows(db, t)]));
  } finally {
    db.close();
  }
}

// Rows as each version's build wrote them (columns of that version only).

export function insertInstallation(db: Database.Database): void {
  db.prepare('INSERT INTO installation (singleton, id, created_at) VALUES (1, ?, ?)').run(INSTALLATION_ID, AT);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?), (?, ?)').run('displayName', 'Dana Reyes', 'role', 'program_manager');
}

export function insertEntries(db: Database.Database): void {
  const insert = db.prepare(`INSERT INTO entries (id, name, target_country, target_subdivision, home_country, start_date, target_days, target_date,
      program_manager, status, archived, description, profile, created_at, updated_at)
    VALUES (@id, @name, @target_country, @target_subdivision, @home_country, @start_date, @target_days, @target_date,
      @program_manager, @status, @archived, @description, @profile, @created_at, @updated_at)`);
  insert.run({
    id: ENTRY_ID,
    name: 'Germany launch',
    target_country: 'DE',
    target_subdivision: 'DE-BY',
    home_country: 'US',
    start_date: '2026-07-01',
    target_days: 90,
    target_date: '2026-09-29',
    program_manager: 'Dana Reyes',
    status: 'active',
    archived: 0,
    description: 'Subsidiary in Munich, B2B SaaS. Für Kunden in Bayern.',
    profile: JSON.stringify(sampleProfile({ paymentData: true })),
    created_at: AT,
    updated_at: AT,
  });
  insert.run({
    id: ARCHIVED_ENTRY_ID,
    name: 'Japan pilot',
    target_country: 'JP',
    target_subdivision: null,
    home_country: 'US',
    start_date: '2026-04-01',
    target_days: 120,
    target_date: '2026-07-30',
    program_manager: '',
    status: 'on_hold',
    archived: 1,
    description: '',
    profile: JSON.stringify(sampleProfile({ entryMode: 'branch' })),
    created_at: AT,
    updated_at: AT,
  });
  db.prepare(`INSERT INTO audit_log (id, at, actor, os_user, entity_type, entity_id, action, before_json, after_json)
    VALUES (?, ?, 'Dana Reyes', 'dana', 'entry', ?, 'create', NULL, ?)`).run('9d0c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d', AT, ENTRY_ID, JSON.stringify({ name: 'Germany launch' }));
}

export const ITEM_ID = '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';
export const SIGNED_ITEM_ID = '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b';
export const CUSTOM_ITEM_ID = '3b4c5d6e-7f80-4912-8b2c-3d4e5f6a7b8c';

/** A pack with one requirement, and three items of the German entry (one signed off, one custom) with evidence. */
export function insertLibraryAndChecklist(db: Database.Database): void {
  db.prepare(`INSERT INTO packs (id, version, name, publisher, publication_date, license, origin, meta, loaded_at)
    VALUES ('de', '1.2.0', 'Germany', 'Landfall', '2026-05-01', 'CC-BY-4.0', 'builtin', '{}', ?)`).run(AT);
  db.prepare(`INSERT INTO requirements (id, pack_id, content_hash, body) VALUES ('de.bdsg.s38-dpo', 'de', ?, ?)`).run(
    'a'.repeat(64),
    JSON.stringify({ id: 'de.bdsg.s38-dpo', title: 'Appoint a data protection officer' }),
  );
  const item = db.prepare(`INSERT INTO checklist_items (id, entry_id, requirement_id, requirement_hash, pack_id, pack_version, title, category, workstream,
      certainty, reasons, applies_from, status, na_reason, owner, due_date, due_manual, notes, created_at, updated_at)
    VALUES (@id, @entry_id, @requirement_id, @requirement_hash, @pack_id, @pack_version, @title, @category, @workstream,
      @certainty, @reasons, NULL, @status, NULL, @owner, @due_date, 0, @notes, @at, @at)`);
  const required = { entry_id: ENTRY_ID, pack_id: 'de', pack_version: '1.2.0', requirement_hash: 'a'.repeat(64), category: 'representative_dpo', workstream: 'regulatory_legal', certainty: 'applies', at: AT };
  item.run({ ...required, id: ITEM_ID, requirement_id: 'de.bdsg.s38-dpo', title: 'Appoint a data protection officer', reasons: '["Germany (EU member)"]', status: 'in_progress', owner: 'Ana', due_date: '2026-08-14', notes: 'Shortlist of two external DPOs' });
  item.run({ ...required, id: SIGNED_ITEM_ID, requirement_id: 'de.gewo.s14-trade-registration', title: 'Register the trade (Gewerbeanmeldung)', category: 'company_registration', reasons: '[]', status: 'signed_off', owner: 'Ana', due_date: '2026-07-20', notes: '' });
  item.run({ ...required, id: CUSTOM_ITEM_ID, requirement_id: null, requirement_hash: null, pack_id: null, pack_version: null, title: 'Board approval', category: 'company_registration', certainty: 'custom', reasons: '[]', status: 'todo', owner: '', due_date: null, notes: '' });
  db.prepare(`INSERT INTO evidence (id, item_id, kind, name, url, sha256, size, added_by, os_user, added_at) VALUES
    ('4c5d6e7f-8091-4a23-9c3d-4e5f6a7b8c9d', ?, 'file', 'dpo-contract.pdf', NULL, ?, 48213, 'Ana', 'ana', ?),
    ('5d6e7f80-91a2-4b34-8d4e-5f6a7b8c9d0e', ?, 'link', 'Handelsregister entry', 'https://www.handelsregister.de/', NULL, NULL, 'Ana', 'ana', ?)`).run(
    ITEM_ID,
    'b'.repeat(64),
    AT,
    SIGNED_ITEM_ID,
    AT,
  );
}

export const LEDGER_HASH = 'c'.repeat(64);

export function insertLedger(db: Database.Database): void {
  db.prepare(`INSERT INTO signoff_ledger (seq, chain_id, id, at, entry_id, item_id, decision, signer_name, signer_role, os_user, comment,
      condition_text, condition_expires, requirement_id, pack_id, pack_version, content_hash, evidence_hashes, prev_hash, hash)
    VALUES (1, ?, '6e7f8091-a2b3-4c45-9e5f-6a7b8c9d0e1f', ?, ?, ?, 'approve', 'Lee Counsel', 'legal', 'lee', 'Registration confirmed',
      NULL, NULL, 'de.gewo.s14-trade-registration', 'de', '1.2.0', ?, '[]', ?, ?)`).run(INSTALLATION_ID, AT, ENTRY_ID, SIGNED_ITEM_ID, 'd'.repeat(64), '0'.repeat(64), LEDGER_HASH);
}
