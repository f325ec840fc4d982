/**
 * The desktop's custody of the ledger's signing key and verified head: both encrypted with
 * Electron's safeStorage (Keychain on macOS, DPAPI on Windows, the Secret Service on Linux)
 * and written to keys/*.safe in the data folder. The backend runs in a utility process,
 * which cannot use safeStorage, so this side decrypts at start and encrypts what the
 * backend asks to keep (see electron/ipc/backend-connection.ts). Pure apart from the
 * safeStorage and file system it is given, so it is tested with a fake safeStorage.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MainKeyCustody } from '../ipc/backend-connection';
import { isSignedHead, isStoredKeyPair, type KeyCustody } from '../ipc/backend-messages';

/** The part of Electron's safeStorage this uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no real credential store (a hard-coded password). */
  getSelectedStorageBackend?(): string;
}

export const SAFE_KEY_FILE = path.join('keys', 'ledger-ed25519.safe');
export const SAFE_HEAD_FILE = path.join('keys', 'ledger-head.safe');

/** Whether safeStorage really protects secrets with the user's OS session here. */
export function credentialStoreUsable(safeStorage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return !(platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text');
}

export function custodyText(usable: boolean): string {
  return usable
    ? "The signing key is held encrypted by the operating system's credential store, so only someone signed in to your OS account can sign."
    : 'No OS credential store is available on this computer, so the signing key is kept in an owner-only file in the data folder: whoever holds the folder can sign too.';
}

function writeOwnerOnly(file: string, bytes: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/**
 * Custody through safeStorage, or undefined when the credential store is not usable (the
 * backend then keeps the key in its owner-only key file and says so).
 */
export function safeStorageKeyStore(opts: { safeStorage: SafeStorageLike; dataDir: string; platform: NodeJS.Platform }): MainKeyCustody | undefined {
  const { safeStorage, dataDir } = opts;
  if (!credentialStoreUsable(safeStorage, opts.platform)) return undefined;
  const keyFile = path.join(dataDir, SAFE_KEY_FILE);
  const headFile = path.join(dataDir, SAFE_HEAD_FILE);
  // A key file that exists but cannot be decrypted is never overwritten by a new key.
  let keyUnreadable = false;

  function decrypt(file: string): unknown {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(safeStorage.decryptString(bytes)) as unknown;
  }

  return {
    read(): KeyCustody {
      let key: KeyCustody['key'] = null;
      try {
        const k = decrypt(keyFile);
        if (k !== null && !isStoredKeyPair(k)) throw new Error('it does not hold a ledger key');
        key = k;
        keyUnreadable = false;
      } catch (err) {
        keyUnreadable = true;
        throw new Error(`${SAFE_KEY_FILE} could not be decrypted: ${(err as Error).message}`);
      }
      let head: KeyCustody['head'] = null;
      try {
        const h = decrypt(headFile);
        // An unreadable head reads as one nobody signed: verify then says so.
        head = h === null || isSignedHead(h) ? h : { chainId: '', seq: 0, hash: '', at: '', signature: '' };
      } catch {
        head = { chainId: '', seq: 0, hash: '', at: '', signature: '' };
      }
      return { key, head, custody: custodyText(true) };
    },
    saveKey(key) {
      if (keyUnreadable) throw new Error(`${SAFE_KEY_FILE} exists but could not be decrypted; it is kept and no new key is written over it.`);
      writeOwnerOnly(keyFile, safeStorage.encryptString(JSON.stringify(key)));
    },
    saveHead(head) {
      writeOwnerOnly(headFile, safeStorage.encryptString(JSON.stringify(head)));
    },
  };
}
