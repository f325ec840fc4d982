/**
 * Backups the user controls: a copy made with SQLite's backup API, daily copies kept in
 * the data folder (14 days, at most 20 files), and putting a checked backup in place of
 * the database. Restoring never trusts a file: it is inspected like any database Landfall
 * opens (ours, not newer, integrity ok), and the current database is backed up first.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { localToday } from '../../shared/domain/iso-date';
import { inspectDatabaseFile } from './file-check';
import { LATEST_VERSION } from './migrations/index';
import { nativeBinding } from './native-binding';

export const BACKUP_FOLDER = 'backups';
export const DAILY_FOLDER = 'daily';
const INCOMING_FOLDER = 'incoming';
export const DAILY_KEEP_DAYS = 14;
export const DAILY_KEEP_FILES = 20;

const DAILY_NAME = /^landfall-daily-(\d{4}-\d{2}-\d{2})\.sqlite$/;

export interface BackupFacts {
  /** Schema version the file was written at. */
  version: number;
  entries: number;
  /** The newest change the file records (its audit log), or null when it records none. */
  lastChange: string | null;
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_FOLDER);
}

export function dailyDir(dataDir: string): string {
  return path.join(backupsDir(dataDir), DAILY_FOLDER);
}

/** A timestamp safe in a file name: 2026-12-01T14-05-09-123Z. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/** Copies the live database to `target` with SQLite's online backup API. */
export async function backupTo(db: Database.Database, target: string): Promise<number> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await db.backup(target);
  return fs.statSync(target).size;
}

/**
 * Makes today's daily backup unless one exists, then prunes: daily files older than
 * 14 days go, and of the rest at most the 20 newest stay. Answers the file made, or null.
 */
export async function dailyBackup(db: Database.Database, dataDir: string, now: Date): Promise<string | null> {
  const dir = dailyDir(dataDir);
  const today = localToday(now);
  const target = path.join(dir, `landfall-daily-${today}.sqlite`);
  let made: string | null = null;
  if (!fs.existsSync(target)) {
    const partial = `${target}.partial`;
    await backupTo(db, partial);
    fs.renameSync(partial, target);
    made = target;
  }
  pruneDaily(dir, today);
  return made;
}

/** Removes daily backups older than 14 days before `today`, then all but the 20 newest. */
export function pruneDaily(dir: string, today: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const cutoff = new Date(`${today}T00:00:00Z`);
  cutoff.setUTCDate(cutoff.getUTCDate() - DAILY_KEEP_DAYS);
  const oldest = cutoff.toISOString().slice(0, 10);
  const daily = fs
    .readdirSync(dir)
    .map((name) => ({ name, day: DAILY_NAME.exec(name)?.[1] }))
    .filter((f): f is { name: string; day: string } => f.day !== undefined)
    .sort((a, b) => b.day.localeCompare(a.day));
  const removed = daily.filter((f, i) => f.day < oldest || i >= DAILY_KEEP_FILES).map((f) => f.name);
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}

/** What a backup file holds; refuses (AppError) a file that is not ours, newer, or damaged. */
export function inspectBackup(file: string): BackupFacts {
  const state = inspectDatabaseFile(file, LATEST_VERSION);
  if (state.kind !== 'ours') {
    throw new AppError('invalid_input', 'That file is an empty database, not a Landfall backup. Nothing was changed.', 'file');
  }
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: nativeBinding() });
  try {
    const entries = (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
    const last = db.prepare('SELECT max(at) AS at FROM audit_log').get() as { at: string | null };
    return { version: state.version, entries, lastChange: last.at };
  } finally {
    db.close();
  }
}

/** Writes an uploaded backup into the data folder's incoming folder under a new name. */
export function stageIncoming(dataDir: string, token: string, bytes: Uint8Array): string {
  const dir = path.join(backupsDir(dataDir), INCOMING_FOLDER);
  fs.mkdirSync(dir, { recursive: true });
  // Only one staged file at a time: a new choice replaces an earlier one.
  for (const name of fs.readdirSync(dir)) fs.rmSync(path.join(dir, name), { force: true });
  const file = path.join(dir, `${token}.sqlite`);
  fs.writeFileSync(file, bytes);
  return file;
}

export function stagedFile(dataDir: string, token: string): string | null {
  const file = path.join(backupsDir(dataDir), INCOMING_FOLDER, `${token}.sqlite`);
  return /^[0-9a-f-]{36}$/.test(token) && fs.existsSync(file) ? file : null;
}

/**
 * Puts `source` in place of the (closed) database file: copied beside it first, then
 * renamed over it, so a crash leaves either the old file or the new one. The old WAL and
 * shared-memory files are removed (the database was closed cleanly, so they hold nothing).
 */
export function replaceDatabaseFile(dbFile: string, source: string): void {
  const temp = `${dbFile}.restoring`;
  fs.copyFileSync(source, temp);
  for (const side of [`${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`]) fs.rmSync(side, { force: true });
  fs.renameSync(temp, dbFile);
}

/** Every backup in the data folder (daily ones and those made before a migration or restore), newest first. */
export function listBackupFiles(dataDir: string): { file: string; name: string; at: string; size: number }[] {
  const found: { file: string; name: string; at: string; size: number }[] = [];
  for (const dir of [backupsDir(dataDir), dailyDir(dataDir)]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      if (!name.endsWith('.sqlite')) continue;
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      if (stat.isFile()) found.push({ file, name, at: stat.mtime.toISOString(), size: stat.size });
    }
  }
  return found.sort((a, b) => b.at.localeCompare(a.at));
}

/** The newest backup in the data folder that passes the checks, with what it holds, or null. */
export function latestGoodBackup(dataDir: string): ({ file: string; name: string; at: string } & BackupFacts) | null {
  for (const b of listBackupFiles(dataDir)) {
    try {
      return { file: b.file, name: b.name, at: b.at, ...inspectBackup(b.file) };
    } catch {
      // A damaged or foreign backup: try the next older one.
    }
  }
  return null;
}
