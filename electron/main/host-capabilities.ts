/**
 * The desktop side of the host capabilities (shared/host-capabilities.ts): native open
 * and save dialogs, and revealing a stored evidence file in its folder.
 *
 * Input is parsed with the host contract's schemas like any API call. The renderer
 * never names a path: the user picks it in a native dialog, and evidence is found by
 * its SHA-256 inside the content-addressed store `<data folder>/evidence/<aa>/<sha256>`
 * (the layout of electron/backend/services/evidence-service.ts) only. Evidence is shown in its
 * folder (`showItemInFolder`), never opened or executed.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ApiResult } from '../../shared/errors';
import { zodToApiError } from '../../shared/zod-error';
import {
  MAX_PICKED_FILE_BYTES,
  EVIDENCE_SHA256,
  hostContract,
  safeFileName,
  type FileFilter,
  type HostMethodName,
} from '../../shared/host-capabilities';

export const EVIDENCE_FOLDER = 'evidence';

/** The stored file for an evidence hash, or null when the value is not a SHA-256. */
export function evidencePath(dataDir: string, sha256: string): string | null {
  if (!EVIDENCE_SHA256.test(sha256)) return null;
  return path.join(path.resolve(dataDir), EVIDENCE_FOLDER, sha256.slice(0, 2), sha256);
}

/** The parts of Electron's dialog and shell modules used here (the window is passed by the caller). */
export interface NativeHost {
  showOpenDialog(opts: { title?: string; filters?: FileFilter[]; properties: ['openFile'] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(opts: { defaultPath: string; filters?: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showItemInFolder(file: string): void;
}

export interface HostFiles {
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, bytes: Uint8Array): Promise<void>;
}

const nodeFiles: HostFiles = {
  stat: (f) => fs.stat(f),
  readFile: async (f) => new Uint8Array(await fs.readFile(f)),
  writeFile: (f, b) => fs.writeFile(f, b),
};

export function electronHostCapabilities(opts: { native: NativeHost; dataDir: string; files?: HostFiles }) {
  const files = opts.files ?? nodeFiles;

  const handlers: { [M in HostMethodName]: (input: never) => Promise<unknown> } = {
    async 'host.pickFile'(input: { title?: string; filters?: FileFilter[] }) {
      const picked = await opts.native.showOpenDialog({ title: input.title, filters: input.filters, properties: ['openFile'] });
      const file = picked.filePaths[0];
      if (picked.canceled || !file) return null;
      const info = await files.stat(file);
      if (!info.isFile()) throw new HostError('invalid_input', 'Choose a file, not a folder.');
      if (info.size > MAX_PICKED_FILE_BYTES) {
        throw new HostError('invalid_input', `That file is larger than ${MAX_PICKED_FILE_BYTES / (1024 * 1024)} MB.`);
      }
      const bytes = await files.readFile(file);
      return { name: path.basename(file), size: bytes.byteLength, bytes };
    },
    async 'host.saveFile'(input: { suggestedName: string; bytes: Uint8Array; filters?: FileFilter[] }) {
      const chosen = await opts.native.showSaveDialog({ defaultPath: safeFileName(input.suggestedName), filters: input.filters });
      if (chosen.canceled || !chosen.filePath) return { saved: false, name: null };
      await files.writeFile(chosen.filePath, input.bytes);
      return { saved: true, name: path.basename(chosen.filePath) };
    },
    async 'host.revealEvidence'(input: { sha256: string }) {
      const file = evidencePath(opts.dataDir, input.sha256);
      if (!file) throw new HostError('invalid_input', 'That is not a stored evidence file.');
      try {
        if (!(await files.stat(file)).isFile()) throw new Error('not a file');
      } catch {
        throw new HostError('not_found', 'That evidence file is no longer in the evidence folder.');
      }
      opts.native.showItemInFolder(file);
      return { revealed: true };
    },
  };

  return {
    async call(method: HostMethodName, input: unknown): Promise<ApiResult<unknown>> {
      const spec = hostContract[method];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: zodToApiError(parsed.error) };
      try {
        const value = await (handlers[method] as (i: unknown) => Promise<unknown>)(parsed.data);
        return { ok: true, value };
      } catch (err) {
        if (err instanceof HostError) return { ok: false, error: { code: err.code, message: err.message } };
        return { ok: false, error: { code: 'internal', message: `That did not work: ${(err as Error).message}` } };
      }
    },
  };
}

class HostError extends Error {
  constructor(
    readonly code: 'invalid_input' | 'not_found',
    message: string,
  ) {
    super(message);
  }
}
