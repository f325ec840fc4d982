import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE, migrate, openDatabase, type OpenedDatabase } from '../../electron/db/connection';
import { APPLICATION_ID } from '../../electron/db/file-check';
import { LATEST_VERSION } from '../../electron/db/migrations/index';
import { AppError } from '../../shared/errors';
import { tempDir } from './helpers';

const opened: OpenedDatabase[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

async function open(dir: string) {
  const o = await openDatabase(dir);
  opened.push(o);
  return o;
}

function bytes(file: string): Buffer {
  return fs.readFileSync(file);
}

async function expectRefusedUnchanged(dir: string, pattern: RegExp) {
  const file = path.join(dir, DB_FILE);
  const before = bytes(file);
  const siblingsBefore = fs.readdirSync(dir).sort();
  const err = await openDatabase(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).message).toMatch(pattern);
  expect((err as AppError).message).toMatch(/left untouched/);
  expect(bytes(file).equals(before)).toBe(true);
  expect(fs.readdirSync(dir).sort()).toEqual(siblingsBefore);
}

describe('opening the database file', () => {
  it('creates a new database with our application id, WAL and the latest schema', async () => {
    const dir = tempDir();
    const { db } = await open(dir);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a file that is not SQLite at all and leaves it byte for byte', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DB_FILE), 'name,country\nGermany launch,DE\n'.repeat(50));
    await expectRefusedUnchanged(dir, /not a SQLite database/);
  });

  it("refuses another program's SQLite database", async () => {
    const dir = tempDir();
    const other = new Database(path.join(dir, DB_FILE));
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO photos (title) VALUES (\'x\');');
    other.close();
    await expectRefusedUnchanged(dir, /belongs to another program/);
  });

  it('refuses a corrupt Landfall database', async () => {
    const dir = tempDir();
    const first = await openDatabase(dir);
    first.close();
    const file = path.join(dir, DB_FILE);
    const buf = bytes(file);
    // Keep the header, overwrite the schema page with garbage.
    for (let i = 100; i < Math.min(buf.length, 4096); i++) buf[i] = (i * 37) & 0xff;
    fs.writeFileSync(file, buf);
    await expectRefusedUnchanged(dir, /damaged|could not be read/);
  });

  it('refuses a file written by a newer Landfall', async () => {
    const dir = tempDir();
    const first = await openDatabase(dir);
    first.db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    first.close();
    await expectRefusedUnchanged(dir, /newer version of Landfall/);
  });

  it('stops a second process from opening the same data folder, and frees it on close', async () => {
    const dir = tempDir();
    const first = await openDatabase(dir);
    await expect(openDatabase(dir)).rejects.toThrow(/already (in use|open)/);
    first.close();
    const again = await open(dir);
    expect(again.db.open).toBe(true);
  });

  it('refuses a data folder that another running process holds', async () => {
    const dir = tempDir();
    const script = `import { openDatabase } from './electron/db/connection.ts';
      await openDatabase(process.env.DIR); console.log('open'); setTimeout(() => {}, 20000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, DIR: dir }, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (d: Buffer) => d.toString().includes('open') && resolve());
        child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
      });
      await expect(openDatabase(dir)).rejects.toThrow(new RegExp(`already in use by another Landfall process \\(pid ${child.pid}\\)`));
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a process that has ended', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'landfall.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const o = await open(dir);
    expect(o.db.open).toBe(true);
  });

  it('backs up an existing database through the backup API before migrating it', async () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE);
    const old = new Database(file);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma('journal_mode = WAL');
    old.close();
    const o = await open(dir);
    expect(o.backupFile).not.toBeNull();
    const backup = new Database(o.backupFile!, { readonly: true });
    expect(backup.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(backup.pragma('user_version', { simple: true })).toBe(0);
    backup.close();
    expect(o.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  });

  it('applies migrations all-or-nothing', async () => {
    const db = new Database(':memory:');
    expect(() =>
      migrate(db, [
        { version: 1, name: 'good', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
        { version: 2, name: 'bad', sql: 'CREATE TABLE b (x NOPE_TYPE) STRICT;' },
      ]),
    ).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'a'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('rejects impossible dates at the storage layer too', async () => {
    const dir = tempDir();
    const { db } = await open(dir);
    expect(() =>
      db
        .prepare(
          `INSERT INTO entries (id, name, target_country, home_country, start_date, target_days, target_date, status, profile, created_at, updated_at)
           VALUES ('x', 'n', 'DE', 'US', '2026-02-30', 90, '2026-05-31', 'planning', '{}', 'now', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/);
  });
});
