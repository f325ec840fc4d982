/**
 * Landfall's log file for support: `<data folder>/logs/landfall.log`, one line per
 * event, written synchronously (so the last words before a crash are on disk), kept
 * under `maxBytes` by moving the previous file to `landfall.log.1`.
 * The backend's utility process writes to its stderr; the main process copies that here.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LOG_FOLDER = 'logs';
export const LOG_NAME = 'landfall.log';

export interface LogFile {
  readonly file: string;
  write(scope: string, message: string): void;
}

export function logFilePath(dataDir: string): string {
  return path.join(dataDir, LOG_FOLDER, LOG_NAME);
}

export function createLogFile(file: string, opts: { maxBytes?: number; now?: () => Date } = {}): LogFile {
  const maxBytes = opts.maxBytes ?? 2 * 1024 * 1024;
  const now = opts.now ?? (() => new Date());
  let ready = false;
  return {
    file,
    write(scope, message) {
      const lines = message
        .replace(/\r\n/g, '\n')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => `${now().toISOString()} [${scope}] ${l}\n`)
        .join('');
      if (lines === '') return;
      try {
        if (!ready) {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          ready = true;
        }
        let size = 0;
        try {
          size = fs.statSync(file).size;
        } catch {
          size = 0;
        }
        if (size > 0 && size + Buffer.byteLength(lines) > maxBytes) fs.renameSync(file, `${file}.1`);
        fs.appendFileSync(file, lines);
      } catch {
        // Logging must never take the app down (read-only folder, disk full).
      }
    },
  };
}
