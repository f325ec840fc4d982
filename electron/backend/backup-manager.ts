/**
 * Backups the user makes and restores, and the daily one. It holds the open database and
 * can swap it: restoring closes the database, puts the checked backup in its place and
 * opens it again, and `reopen` rebuilds every service on the restored file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { BackupFile, BackupPreview, BackupRestored, BackupStatus } from '../../shared/backup-schema';
import type { OpenedDatabase } from '../db/connection';
import {
  backupTo,
  backupsDir,
  dailyBackup,
  fileStamp,
  inspectBackup,
  listBackupFiles,
  replaceDatabaseFile,
  stageIncoming,
  stagedFile,
} from '../db/backups';

export interface BackupManagerDeps {
  dataDir: string;
  now(): Date;
  newId(): string;
  /** The database open now. */
  current(): OpenedDatabase;
  /** Closes the services and the database, runs `swap`, then opens the file again and rebuilds the services. */
  reopen(swap: () => void): Promise<void>;
}

const SAFETY_PREFIX = 'landfall-before-restore-';

export function backupManager(deps: BackupManagerDeps) {
  const { dataDir } = deps;

  return {
    /** A copy of the database through SQLite's backup API, as bytes for the user to save where they choose. */
    async create(): Promise<BackupFile> {
      const at = deps.now();
      const temp = path.join(backupsDir(dataDir), `.making-${deps.newId()}.sqlite`);
      try {
        const size = await backupTo(deps.current().db, temp);
        const bytes = fs.readFileSync(temp);
        const stamp = at.toISOString().slice(0, 16).replace(/[T:]/g, '-');
        return { fileName: `landfall-backup-${stamp}.sqlite`, contentBase64: bytes.toString('base64'), size, at: at.toISOString() };
      } finally {
        fs.rmSync(temp, { force: true });
      }
    },

    async daily(): Promise<void> {
      await dailyBackup(deps.current().db, dataDir, deps.now());
    },

    status(): BackupStatus {
      return { backups: listBackupFiles(dataDir).map(({ name, at, size }) => ({ name, at, size })) };
    },

    /** Checks a chosen file like any database Landfall opens and says what it holds; nothing changes yet. */
    inspect(fileName: string, contentBase64: string): BackupPreview {
      const bytes = Buffer.from(contentBase64, 'base64');
      const token = deps.newId();
      const file = stageIncoming(dataDir, token, bytes);
      try {
        const facts = inspectBackup(file);
        return { token, fileName, size: bytes.byteLength, ...facts };
      } catch (err) {
        fs.rmSync(file, { force: true });
        if (err instanceof AppError) throw new AppError('invalid_input', `Backup file: ${err.message.replace(file, fileName)}`, 'file');
        throw err;
      }
    },

    /**
     * Restores a file `inspect` accepted: checks it again, backs up the current database
     * into the data folder's backups, then reopens the app on the restored file.
     */
    async restore(token: string): Promise<BackupRestored> {
      const file = stagedFile(dataDir, token);
      if (!file) throw new AppError('not_found', 'That backup is no longer waiting to be restored: choose the file again.', 'token');
      const facts = inspectBackup(file);
      const safety = path.join(backupsDir(dataDir), `${SAFETY_PREFIX}${fileStamp(deps.now())}.sqlite`);
      await backupTo(deps.current().db, safety);
      const dbFile = deps.current().file;
      try {
        await deps.reopen(() => replaceDatabaseFile(dbFile, file));
      } catch (err) {
        // The restored file would not open: go back to what was there before.
        await deps.reopen(() => replaceDatabaseFile(dbFile, safety));
        throw new AppError('storage', `The backup could not be opened, so your data was left as it was: ${(err as Error).message}`);
      } finally {
        fs.rmSync(file, { force: true });
      }
      return { entries: facts.entries, lastChange: facts.lastChange, safetyBackup: path.basename(safety) };
    },
  };
}

export type BackupManager = ReturnType<typeof backupManager>;
