/**
 * A lock file in the data folder, so that two processes (the desktop app and
 * browser mode, say) never open the same database at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

export const LOCK_FILE = 'landfall.lock';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): void;
}

/** Folders this process holds, so that a second open in the same process is refused too. */
const heldHere = new Set<string>();

export function acquireLock(dataDir: string): DataDirLock {
  const file = path.resolve(dataDir, LOCK_FILE);
  if (heldHere.has(file)) {
    throw new AppError('conflict', `Landfall's data folder ${dataDir} is already open in this process.`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, at: new Date().toISOString() }));
      fs.closeSync(fd);
      let released = false;
      heldHere.add(file);
      return {
        release() {
          if (released) return;
          released = true;
          heldHere.delete(file);
          fs.rmSync(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: number | undefined;
      try {
        holder = (JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: number }).pid;
      } catch {
        holder = undefined;
      }
      if (holder !== undefined && holder !== process.pid && processAlive(holder)) {
        throw new AppError(
          'conflict',
          `Landfall's data folder ${dataDir} is already in use by another Landfall process (pid ${holder}). Close it first.`,
        );
      }
      // A stale lock left by a process that has ended: take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('conflict', `Could not lock the data folder ${dataDir}.`);
}
