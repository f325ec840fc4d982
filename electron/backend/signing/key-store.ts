/**
 * Custody of the ledger's signing key and of the last verified head, kept outside the
 * database. The backend only sees this interface: tests and browser mode use the key
 * files below (in the data folder, owner-only), the desktop app passes one backed by the
 * OS credential store (Electron safeStorage, electron/main/safe-storage-key-store.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isSignedHead, isStoredKeyPair, type SignedHead, type StoredKeyPair } from '../../../shared/ledger-custody';

export { isSignedHead, isStoredKeyPair, type SignedHead, type StoredKeyPair };

/** What the database records of the key (settings): its public half and what it vouched for when it was made. */
export interface LedgerKeyRecord {
  publicKey: string;
  fingerprint: string;
  /** Records up to this sequence number were written before the key existed (unsigned). */
  legacyThrough: number;
  /** The hash of record `legacyThrough` (the genesis hash when 0). */
  legacyHeadHash: string;
  createdAt: string;
  /** Hex Ed25519 signature over enrolmentMessage(chainId, publicKey, legacyThrough, legacyHeadHash). */
  signature: string;
}

export interface KeyStore {
  load(): StoredKeyPair | null;
  save(key: StoredKeyPair): void;
  loadHead(): SignedHead | null;
  saveHead(head: SignedHead): void;
  /** One sentence saying where the key lives and who can therefore sign. */
  describe(): string;
}

export const KEY_FILE = path.join('keys', 'ledger-ed25519.json');
export const HEAD_FILE = path.join('keys', 'ledger-head.json');

/** Writes a file owner-only, atomically (a crash leaves the old file or the new one). */
export function writePrivateFile(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content, { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unreadable: true };
  }
}

/**
 * Browser mode and tests: the key in `keys/ledger-ed25519.json` in the data folder, created
 * with mode 0600. Whoever can read the folder can sign, and the UI says so.
 */
export function fileKeyStore(dataDir: string): KeyStore {
  const keyFile = path.join(dataDir, KEY_FILE);
  const headFile = path.join(dataDir, HEAD_FILE);
  return {
    load() {
      const v = readJson(keyFile);
      if (v === null) return null;
      if (!isStoredKeyPair(v)) throw new Error(`The ledger key file ${KEY_FILE} in the data folder is unreadable; restore it from a backup.`);
      return v;
    },
    save(key) {
      writePrivateFile(keyFile, `${JSON.stringify(key, null, 2)}\n`);
    },
    loadHead() {
      const v = readJson(headFile);
      // An unreadable head file reads as a head nobody signed: verify then says so.
      if (v !== null && !isSignedHead(v)) return { chainId: '', seq: 0, hash: '', at: '', signature: '' };
      return v;
    },
    saveHead(head) {
      writePrivateFile(headFile, `${JSON.stringify(head, null, 2)}\n`);
    },
    describe() {
      return 'The signing key is an owner-only file in the data folder (keys/ledger-ed25519.json), as in browser mode: whoever holds the folder can sign too.';
    },
  };
}
