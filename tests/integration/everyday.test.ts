/**
 * Everyday use: an entry's full history, and backups the user makes and restores
 * (the daily one, the integrity check on start).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '../../shared/contract';
import type { ChecklistView } from '../../shared/checklist-schema';
import type { Entry } from '../../shared/entry-schema';
import type { BackupFile, BackupPreview, BackupRestored, BackupStatus } from '../../shared/backup-schema';
import { createBackend } from '../../electron/backend/index';
import { pruneDaily } from '../../electron/db/backups';
import { backendsForTests, ok, tempDir, validEntry } from './helpers';

const backends = backendsForTests();

describe("an entry's history", () => {
  it('lists checklist edits, evidence and sign-offs with who and when, and nothing about other entries', async () => {
    const b = await backends.start();
    await ok(b.router.call('settings.update', { displayName: 'Ana Legal', role: 'legal' }));
    const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ name: 'Brazil launch', targetCountry: 'BR' })));
    const other = await ok<Entry>(b.router.call('entries.create', validEntry({ name: 'France launch', targetCountry: 'FR' })));
    const [item] = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }))).items;
    const [otherItem] = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: other.id }))).items;
    await ok(b.router.call('checklist.updateItem', { itemId: item!.id, version: item!.version, patch: { status: 'in_review' } }));
    await ok(b.router.call('evidence.addLink', { itemId: item!.id, name: 'Policy', url: 'https://example.com/policy' }));
    await ok(b.router.call('review.decide', { itemId: item!.id, decision: 'approve', comment: 'Policy reviewed' }));
    await ok(b.router.call('checklist.updateItem', { itemId: otherItem!.id, version: otherItem!.version, patch: { status: 'in_progress' } }));

    const history = await ok<HistoryRow[]>(b.router.call('entries.history', { id: entry.id }));
    expect(history.map((h) => [h.kind, h.action])).toEqual([
      ['signoff', 'signoff_approve'],
      ['evidence', 'add_evidence'],
      ['checklist', 'update'],
      ['entry', 'create'],
    ]);
    expect(history[0]).toMatchObject({ actor: 'Ana Legal', osUser: 'tester', at: '2027-02-15T10:00:00.000Z', subject: item!.title });
    expect(history.some((h) => h.entityId === otherItem!.id)).toBe(false);
  });
});

describe('backups', () => {
  it('backs up, and a restore brings back the backed-up state, keeping a backup of the state it replaced', async () => {
    const b = await backends.start();
    const kept = await ok<Entry>(b.router.call('entries.create', validEntry({ name: 'Kept launch' })));
    const backup = await ok<BackupFile>(b.router.call('backup.create', {}));
    expect(backup.fileName).toBe('landfall-backup-2027-02-15-10-00.sqlite');
    expect(backup.size).toBe(Buffer.from(backup.contentBase64, 'base64').byteLength);

    await ok(b.router.call('entries.create', validEntry({ name: 'Added after the backup' })));
    const preview = await ok<BackupPreview>(b.router.call('backup.inspect', { fileName: backup.fileName, contentBase64: backup.contentBase64 }));
    expect(preview).toMatchObject({ fileName: backup.fileName, entries: 1, lastChange: '2027-02-15T10:00:00.000Z' });
    // Inspecting changes nothing.
    expect(await ok<Entry[]>(b.router.call('entries.list', { includeArchived: true }))).toHaveLength(2);

    const restored = await ok<BackupRestored>(b.router.call('backup.restore', { token: preview.token }));
    expect(restored.entries).toBe(1);
    const names = (await ok<Entry[]>(b.router.call('entries.list', { includeArchived: true }))).map((e) => e.name);
    expect(names).toEqual([kept.name]);

    // The state just before the restore is kept, and holds the entry the restore removed.
    const safety = path.join(b.dataDir, 'backups', restored.safetyBackup);
    const side = new Database(safety, { readonly: true });
    expect((side.prepare('SELECT name FROM entries ORDER BY name').all() as { name: string }[]).map((r) => r.name)).toEqual(['Added after the backup', 'Kept launch']);
    side.close();
    const status = await ok<BackupStatus>(b.router.call('backup.status', {}));
    expect(status.backups.map((x) => x.name)).toContain(restored.safetyBackup);
    // Writes go to the restored database.
    await ok(b.router.call('entries.create', validEntry({ name: 'After the restore' })));
    expect(await ok<Entry[]>(b.router.call('entries.list', { includeArchived: true }))).toHaveLength(2);
  });

  it('refuses a file that is not a Landfall database, naming it, and changes nothing', async () => {
    const b = await backends.start();
    await ok(b.router.call('entries.create', validEntry()));
    const r = await b.router.call('backup.inspect', { fileName: 'notes.sqlite', contentBase64: Buffer.from('hello, not a database at all, really').toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Backup file: Landfall cannot open notes\.sqlite: it is not a SQLite database/);
    expect(await ok<Entry[]>(b.router.call('entries.list', {}))).toHaveLength(1);
    const gone = await b.router.call('backup.restore', { token: '00000000-0000-4000-8000-000000000000' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a backup written by a newer Landfall', async () => {
    const b = await backends.start();
    const backup = await ok<BackupFile>(b.router.call('backup.create', {}));
    const dir = tempDir();
    const file = path.join(dir, 'newer.sqlite');
    fs.writeFileSync(file, Buffer.from(backup.contentBase64, 'base64'));
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const r = await b.router.call('backup.inspect', { fileName: 'newer.sqlite', contentBase64: fs.readFileSync(file).toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/newer version of Landfall/);
  });

  it('makes one daily backup a day in the data folder and keeps 14 days, at most 20 files', async () => {
    const dataDir = tempDir();
    const first = await createBackend({ dataDir, now: () => new Date('2027-02-15T10:00:00Z'), onInternalError: () => {} });
    first.close();
    const again = await createBackend({ dataDir, now: () => new Date('2027-02-15T18:00:00Z'), onInternalError: () => {} });
    again.close();
    const daily = path.join(dataDir, 'backups', 'daily');
    expect(fs.readdirSync(daily)).toEqual(['landfall-daily-2027-02-15.sqlite']);

    for (let d = 1; d <= 30; d++) fs.writeFileSync(path.join(daily, `landfall-daily-2027-01-${String(d).padStart(2, '0')}.sqlite`), '');
    pruneDaily(daily, '2027-02-15');
    const left = fs.readdirSync(daily).sort();
    // 14 days back from 15 Feb is 1 Feb: January's files all go.
    expect(left).toEqual(['landfall-daily-2027-02-15.sqlite']);
    for (let d = 1; d <= 14; d++) fs.writeFileSync(path.join(daily, `landfall-daily-2027-02-${String(d).padStart(2, '0')}.sqlite`), '');
    for (let d = 16; d <= 28; d++) fs.writeFileSync(path.join(daily, `landfall-daily-2027-02-${String(d).padStart(2, '0')}.sqlite`), '');
    pruneDaily(daily, '2027-02-28');
    const kept = fs.readdirSync(daily).sort();
    expect(kept).toHaveLength(15);
    expect(kept[0]).toBe('landfall-daily-2027-02-14.sqlite');
  });

  it('a damaged database on start is refused with the latest good backup offered, and restored from it when asked', async () => {
    const dataDir = tempDir();
    const b = await createBackend({ dataDir, now: () => new Date('2027-02-15T10:00:00Z'), onInternalError: () => {} });
    await ok(b.router.call('entries.create', validEntry({ name: 'Before the damage' })));
    b.close();
    // The daily backup was made at start, before the entry; make today's hold the entry.
    fs.rmSync(path.join(dataDir, 'backups', 'daily'), { recursive: true });
    const b2 = await createBackend({ dataDir, now: () => new Date('2027-02-15T11:00:00Z'), onInternalError: () => {} });
    b2.close();
    const file = path.join(dataDir, 'landfall.sqlite');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 100, bytes.length);
    fs.writeFileSync(file, bytes);

    // The refusal names the backup and the option that puts it in place; each shell says how (a flag, or a dialog).
    const refused = createBackend({ dataDir, onInternalError: () => {} });
    await expect(refused).rejects.toThrow(/latest good backup is landfall-daily-2027-02-15\.sqlite \(1 entry, last change .*\)\.$/);
    await expect(refused).rejects.toMatchObject({ field: 'restoreLatestBackup', message: expect.not.stringMatching(/--restore-latest-backup/) });
    // Browser mode names its flag.
    const serve = spawnSync(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--data-dir', dataDir], {
      encoding: 'utf8',
      env: { ...process.env, LANDFALL_NO_OPEN: '1' },
      timeout: 30_000,
    });
    expect(serve.status).toBe(1);
    expect(serve.stderr).toMatch(/latest good backup is landfall-daily-2027-02-15\.sqlite .* Start browser mode again with --restore-latest-backup \(npm run serve -- --restore-latest-backup\)/);
    const b3 = await createBackend({ dataDir, restoreLatestBackup: true, onInternalError: () => {} });
    const names = (await ok<Entry[]>(b3.router.call('entries.list', {}))).map((e) => e.name);
    b3.close();
    expect(names).toEqual(['Before the damage']);
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith('landfall.sqlite.damaged-'))).toBe(true);
  });
});
