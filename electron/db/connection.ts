/**
 * Opens Landfall's database: check read-only first, then lock, back up, migrate.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { APPLICATION_ID, DAMAGED, inspectDatabaseFile, type FileState } from './file-check';
import { latestGoodBackup, replaceDatabaseFile, fileStamp } from './backups';
import { acquireLock, type DataDirLock } from './lock';
import { LATEST_VERSION, migrations, type Migration } from './migrations/index';
import { nativeBinding } from './native-binding';

export const DB_FILE = 'landfall.sqlite';

export interface OpenedDatabase {
  db: Database.Database;
  file: string;
  /** Path of the backup taken before migrating, if one was needed. */
  backupFile: string | null;
  close(): void;
}

function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (process.platform === 'darwin') {
    db.pragma('fullfsync = ON');
    db.pragma('checkpoint_fullfsync = ON');
  }
}

export function migrate(db: Database.Database, list: readonly Migration[] = migrations): void {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = list.filter((m) => m.version > from);
  if (pending.length === 0) return;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) db.exec(m.sql);
      const problems = db.pragma('foreign_key_check') as unknown[];
      if (problems.length > 0) throw new Error(`Migration left ${problems.length} broken references.`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

async function backupBeforeMigrating(db: Database.Database, dataDir: string, version: number): Promise<string> {
  const dir = path.join(dataDir, 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `landfall-v${version}-${stamp}.sqlite`);
  await db.backup(target);
  return target;
}

/** The field of a refusal that the latest good backup can fix: the option that puts it in place. */
export const RESTORABLE = 'restoreLatestBackup';

export interface OpenOptions {
  /**
   * When the database fails its integrity check, put the latest good backup in its place
   * (the damaged file is kept beside it as landfall.sqlite.damaged-<time>).
   */
  restoreLatestBackup?: boolean;
}

/**
 * The integrity check on start: a damaged database is refused, and the refusal offers the
 * latest good backup; when asked to, that backup is put in place and checked again.
 */
function checkOnStart(file: string, dataDir: string, opts: OpenOptions): FileState {
  try {
    return inspectDatabaseFile(file, LATEST_VERSION);
  } catch (err) {
    if (!(err instanceof AppError) || err.field !== DAMAGED) throw err;
    const good = latestGoodBackup(dataDir);
    if (!good) throw new AppError('storage', `${err.message} There is no good backup in ${path.join(dataDir, 'backups')} to restore.`, DAMAGED);
    if (!opts.restoreLatestBackup) {
      // How to put it in place depends on the shell (a flag in browser mode, a dialog on the desktop): each adds its own words.
      throw new AppError(
        'storage',
        `${err.message} The latest good backup is ${good.name} (${good.entries} ${good.entries === 1 ? 'entry' : 'entries'}, last change ${good.lastChange ?? 'none recorded'}).`,
        RESTORABLE,
      );
    }
    fs.renameSync(file, `${file}.damaged-${fileStamp(new Date())}`);
    replaceDatabaseFile(file, good.file);
    return inspectDatabaseFile(file, LATEST_VERSION);
  }
}

export async function openDatabase(dataDir: string, opts: OpenOptions = {}): Promise<OpenedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DB_FILE);
  const lock: DataDirLock = acquireLock(dataDir);
  let db: Database.Database | undefined;
  try {
    const state = checkOnStart(file, dataDir, opts);
    db = new Database(file, { nativeBinding: nativeBinding() });
    applyPragmas(db);
    let backupFile: string | null = null;
    if (state.kind === 'ours' && state.version < LATEST_VERSION) {
      backupFile = await backupBeforeMigrating(db, dataDir, state.version);
    }
    migrate(db);
    const opened = db;
    return {
      db: opened,
      file,
      backupFile,
      close() {
        if (opened.open) opened.close();
        lock.release();
      },
    };
  } catch (err) {
    db?.close();
    lock.release();
    if (err instanceof AppError) throw err;
    throw new AppError('storage', `Landfall could not open its database in ${dataDir}: ${(err as Error).message}`);
  }
}
