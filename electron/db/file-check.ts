/**
 * Decides, without writing a byte, whether a file may be opened as Landfall's database.
 * The file is opened read-only; a foreign, corrupt or newer file is refused.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';

/** 'LNDF' as a 32-bit integer, stored in the SQLite header's application_id. */
export const APPLICATION_ID = 0x4c4e4446;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export type FileState =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'ours'; version: number };

/** The field a refusal names when the file is damaged (a backup may help), not foreign or newer. */
export const DAMAGED = 'integrity';

function refuse(file: string, reason: string, field?: string): never {
  throw new AppError('storage', `Landfall cannot open ${file}: ${reason} The file was left untouched.`, field);
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A read-only connection to a WAL database may create empty -wal and -shm files beside it.
 * Remove the ones this check created (it runs under the data-folder lock, so no one else
 * has the file open), so that a refused file is left exactly as it was found.
 */
function withoutLeftovers<T>(file: string, check: () => T): T {
  const sidecars = [`${file}-wal`, `${file}-shm`, `${file}-journal`].filter((f) => !fs.existsSync(f));
  try {
    return check();
  } finally {
    for (const f of sidecars) {
      if (fs.existsSync(f) && (f.endsWith('-shm') || fs.statSync(f).size === 0)) fs.rmSync(f, { force: true });
    }
  }
}

export function inspectDatabaseFile(file: string, latestVersion: number): FileState {
  return withoutLeftovers(file, () => inspect(file, latestVersion));
}

function inspect(file: string, latestVersion: number): FileState {
  if (!fs.existsSync(file)) return { kind: 'missing' };
  const stat = fs.statSync(file);
  if (!stat.isFile()) refuse(file, 'it is not a regular file.');
  if (stat.size === 0) return { kind: 'empty' };

  const header = readHeader(file);
  if (header.length < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    refuse(file, 'it is not a SQLite database (it may be corrupt or belong to another program).', DAMAGED);
  }

  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const objects = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n;
    if (appId !== APPLICATION_ID) {
      if (appId === 0 && version === 0 && objects === 0) return { kind: 'empty' };
      refuse(file, 'it is a database that belongs to another program.');
    }
    if (version > latestVersion) {
      refuse(file, `it was written by a newer version of Landfall (schema ${version}; this build knows up to ${latestVersion}). Update Landfall to open it.`);
    }
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') refuse(file, `it is damaged (integrity check: ${check}).`, DAMAGED);
    return { kind: 'ours', version };
  } catch (err) {
    if (err instanceof AppError) throw err;
    return refuse(file, `it could not be read as a database (${(err as Error).message}).`, DAMAGED);
  } finally {
    db?.close();
  }
}
