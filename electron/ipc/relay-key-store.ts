/**
 * The backend's key store on the desktop: the key and head the main process decrypted
 * from the OS credential store, held in memory; a save is sent back to the main process,
 * which encrypts and writes it (electron/main/safe-storage-key-store.ts).
 */
import type { KeyStore, SignedHead, StoredKeyPair } from '../backend/index';
import type { FromBackend, KeyCustody } from './backend-messages';

export function relayKeyStore(given: KeyCustody, post: (message: FromBackend) => void): KeyStore {
  let key: StoredKeyPair | null = given.key;
  let head: SignedHead | null = given.head;
  return {
    load: () => key,
    save(k) {
      key = k;
      post({ type: 'saveKey', key: k });
    },
    loadHead: () => head,
    saveHead(h) {
      head = h;
      post({ type: 'saveHead', head: h });
    },
    describe: () => given.custody,
  };
}
