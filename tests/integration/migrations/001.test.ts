/**
 * Migration 001 (initial schema): a Landfall file at version 0 (ours, no tables yet) gains
 * the installation, settings, entries and audit tables, with a backup taken first; a new
 * folder needs no backup.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openDatabase } from '../../../electron/db/connection';
import { APPLICATION_ID } from '../../../electron/db/file-check';
import { tempDir } from '../helpers';
import { AT, ENTRY_ID, columns, tableExists, upgrade, closedAfterEach } from './upgrade';

const opened = closedAfterEach();

describe('migration 001: initial schema', () => {
  it('upgrades a version-0 Landfall file after backing it up, and creates the first tables', async () => {
    const dataDir = tempDir('landfall-upgrade-');
    const old = new Database(path.join(dataDir, DB_FILE));
    old.pragma('journal_mode = WAL');
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.close();

    const o = await upgrade(dataDir, 0, {});
    opened.push(o);
    for (const t of ['installation', 'settings', 'entries', 'audit_log']) expect(tableExists(o.db, t), t).toBe(true);
    expect(columns(o.db, 'entries')).toEqual(expect.arrayContaining(['id', 'name', 'target_country', 'start_date', 'target_days', 'target_date', 'profile', 'archived']));
  });

  it('gives an entry written with only its required columns the documented defaults', async () => {
    const o = await openDatabase(tempDir('landfall-upgrade-'));
    opened.push(o);
    expect(o.backupFile).toBeNull();
    o.db
      .prepare(`INSERT INTO entries (id, name, target_country, home_country, start_date, target_days, target_date, status, profile, created_at, updated_at)
        VALUES (?, 'Germany launch', 'DE', 'US', '2026-07-01', 90, '2026-09-29', 'planning', '{}', ?, ?)`)
      .run(ENTRY_ID, AT, AT);
    expect(o.db.prepare('SELECT program_manager, archived, description, target_subdivision FROM entries WHERE id = ?').get(ENTRY_ID)).toEqual({
      program_manager: '',
      archived: 0,
      description: '',
      target_subdivision: null,
    });
    // The target date is tied to start + target days.
    expect(() =>
      o.db
        .prepare(`INSERT INTO entries (id, name, target_country, home_country, start_date, target_days, target_date, status, profile, created_at, updated_at)
          VALUES ('other', 'Off by one', 'DE', 'US', '2026-07-01', 90, '2026-09-30', 'planning', '{}', ?, ?)`)
        .run(AT, AT),
    ).toThrow(/CHECK constraint/);
  });
});
