/**
 * Messages between the main process and the backend's utility process. Every call
 * carries a request id; the backend answers each with exactly one `result`.
 * Structured clone carries them, so they hold JSON-safe data and Uint8Arrays only.
 */
import type { ApiResult } from '../../shared/errors';
import { isSignedHead, isStoredKeyPair, type SignedHead, type StoredKeyPair } from '../../shared/ledger-custody';

/**
 * The desktop's key custody as the backend is given it at start: the main process decrypts
 * the key and head with the OS credential store (safeStorage, which a utility process
 * cannot use) and sends them; saves come back as `saveKey` / `saveHead` messages.
 */
export interface KeyCustody {
  key: StoredKeyPair | null;
  head: SignedHead | null;
  /** One sentence: where the key is kept and who can therefore sign. */
  custody: string;
}

export { isSignedHead, isStoredKeyPair };

function isKeyCustody(v: unknown): v is KeyCustody {
  return (
    isObject(v) &&
    (v.key === null || isStoredKeyPair(v.key)) &&
    (v.head === null || isSignedHead(v.head)) &&
    typeof v.custody === 'string'
  );
}

export type ToBackend =
  /** `restoreLatestBackup`: the user chose to put the latest good backup in place of a damaged database. */
  | { type: 'start'; dataDir: string; resourcesDir?: string; keys?: KeyCustody; restoreLatestBackup?: boolean }
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'shutdown' };

export type FromBackend =
  /** The database is open; calls are being answered. */
  | { type: 'ready'; dbFile: string }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  /** The backend could not start (database refused, folder locked, native module missing); restarting will not help. */
  | { type: 'fatal'; message: string; restorable?: boolean }
  /** Pending calls are answered and the database is closed; the process exits next. */
  | { type: 'closed' }
  /** Keep this ledger key (made on first start) in the OS credential store. */
  | { type: 'saveKey'; key: StoredKeyPair }
  /** Keep this verified ledger head in the OS credential store. */
  | { type: 'saveHead'; head: SignedHead };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function isToBackend(v: unknown): v is ToBackend {
  if (!isObject(v)) return false;
  switch (v.type) {
    case 'start':
      return (
        typeof v.dataDir === 'string' &&
        (v.resourcesDir === undefined || typeof v.resourcesDir === 'string') &&
        (v.keys === undefined || isKeyCustody(v.keys)) &&
        (v.restoreLatestBackup === undefined || typeof v.restoreLatestBackup === 'boolean')
      );
    case 'call':
      return Number.isSafeInteger(v.id) && typeof v.method === 'string';
    case 'shutdown':
      return true;
    default:
      return false;
  }
}

export function isFromBackend(v: unknown): v is FromBackend {
  if (!isObject(v)) return false;
  switch (v.type) {
    case 'ready':
      return typeof v.dbFile === 'string';
    case 'result':
      return Number.isSafeInteger(v.id) && isObject(v.result) && typeof v.result.ok === 'boolean';
    case 'fatal':
      return typeof v.message === 'string' && (v.restorable === undefined || typeof v.restorable === 'boolean');
    case 'closed':
      return true;
    case 'saveKey':
      return isStoredKeyPair(v.key);
    case 'saveHead':
      return isSignedHead(v.head);
    default:
      return false;
  }
}
