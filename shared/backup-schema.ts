/** Backups the user makes and restores: what travels between the backend and the Settings screen. */
import { z } from 'zod';
import { safeText } from './safe-text';
import { uuid } from './entry-schema';

/** Largest backup file a user can choose to restore (the host reads at most this much). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export const backupFile = z.object({
  fileName: z.string(),
  contentBase64: z.string(),
  size: z.number().int(),
  at: z.string(),
});

export const backupStatus = z.object({
  /** Backups kept in the data folder (daily, before a migration, before a restore), newest first. */
  backups: z.array(z.object({ name: z.string(), at: z.string(), size: z.number().int() })),
});

export const backupInspectInput = z
  .object({
    fileName: safeText({ label: 'File name', max: 255, name: true, min: { length: 1, message: 'Choose a backup file' } }),
    contentBase64: z
      .string()
      .min(1, 'Backup file: the file is empty')
      .max(Math.ceil((MAX_BACKUP_BYTES * 4) / 3) + 4, 'Backup file: the file is larger than 50 MB')
      .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'Backup file: the file did not arrive intact'),
  })
  .strict();

export const backupPreview = z.object({
  /** Names the checked file waiting in the data folder until it is restored. */
  token: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  version: z.number().int(),
  entries: z.number().int(),
  lastChange: z.string().nullable(),
});

export const backupRestoreInput = z.object({ token: uuid }).strict();

export const backupRestored = z.object({
  entries: z.number().int(),
  lastChange: z.string().nullable(),
  /** The backup of the database as it was just before the restore, in the data folder. */
  safetyBackup: z.string(),
});

export type BackupFile = z.infer<typeof backupFile>;
export type BackupStatus = z.infer<typeof backupStatus>;
export type BackupPreview = z.infer<typeof backupPreview>;
export type BackupRestored = z.infer<typeof backupRestored>;
