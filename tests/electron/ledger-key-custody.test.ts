/**
 * The desktop's custody of the ledger key: safeStorage (faked here: Electron cannot run)
 * encrypts the key and the verified head in the main process; the backend gets them in its
 * start message and sends back what to keep. Then the real backend signs and verifies with
 * a key that is never written to disk in the clear.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/index';
import { createBackendConnection } from '../../electron/ipc/backend-connection';
import { relayKeyStore } from '../../electron/ipc/relay-key-store';
import { SAFE_HEAD_FILE, SAFE_KEY_FILE, credentialStoreUsable, safeStorageKeyStore, type SafeStorageLike } from '../../electron/main/safe-storage-key-store';
import type { ChecklistView } from '../../shared/checklist-schema';
import type { Entry } from '../../shared/entry-schema';
import type { VerifyResult } from '../../shared/signoff-schema';
import { ok, tempDir, validEntry } from '../integration/helpers';
import { FakeBackendProcess } from './fakes';

/** A stand-in for safeStorage: "encrypts" by XOR with a secret only this object knows. */
function fakeSafeStorage(secret = 0x5a, available = true): SafeStorageLike {
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ secret));
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (s) => Buffer.concat([Buffer.from('v10'), xor(Buffer.from(s, 'utf8'))]),
    decryptString: (b) => {
      if (b.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return xor(b.subarray(3)).toString('utf8');
    },
  };
}

const open: Backend[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('the desktop key custody (safeStorage)', () => {
  it('is used only where the OS really protects secrets', () => {
    expect(credentialStoreUsable(fakeSafeStorage(), 'darwin')).toBe(true);
    expect(credentialStoreUsable(fakeSafeStorage(0x5a, false), 'win32')).toBe(false);
    expect(credentialStoreUsable({ ...fakeSafeStorage(), getSelectedStorageBackend: () => 'basic_text' }, 'linux')).toBe(false);
    expect(safeStorageKeyStore({ safeStorage: fakeSafeStorage(0x5a, false), dataDir: tempDir(), platform: 'darwin' })).toBeUndefined();
  });

  it('signs with a key kept only encrypted; a restart with the same custody verifies, a copy of the folder without it cannot sign', async () => {
    const dataDir = tempDir('landfall-desktop-');
    const custody = safeStorageKeyStore({ safeStorage: fakeSafeStorage(), dataDir, platform: 'linux' })!;
    const startDesktop = async () => {
      const b = await createBackend({
        dataDir,
        osUser: 'tester',
        onInternalError: () => {},
        keyStore: relayKeyStore(custody.read(), (m) => (m.type === 'saveKey' ? custody.saveKey(m.key) : m.type === 'saveHead' ? custody.saveHead(m.head) : undefined)),
      });
      open.push(b);
      return b;
    };

    const b = await startDesktop();
    await ok(b.router.call('settings.update', { displayName: 'Ana Legal', role: 'legal' }));
    const entry = await ok<Entry>(b.router.call('entries.create', validEntry()));
    const item = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }))).items[0]!;
    await ok(b.router.call('checklist.updateItem', { itemId: item.id, version: item.version, patch: { status: 'in_review' } }));
    await ok(b.router.call('review.decide', { itemId: item.id, decision: 'approve', comment: 'Fine' }));
    const first = await ok<VerifyResult>(b.router.call('review.verify', {}));
    expect(first).toMatchObject({ ok: true, records: 1, key: { custody: expect.stringMatching(/credential store, so only someone signed in to your OS account can sign/) } });

    // The key is on disk only encrypted, owner-only; there is no plain key file.
    const keyBytes = fs.readFileSync(path.join(dataDir, SAFE_KEY_FILE));
    const privateKey = (JSON.parse(fakeSafeStorage().decryptString(keyBytes)) as { privateKey: string }).privateKey;
    expect(keyBytes.toString('latin1')).not.toContain(privateKey);
    expect(fs.statSync(path.join(dataDir, SAFE_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(path.join(dataDir, SAFE_HEAD_FILE))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'keys', 'ledger-ed25519.json'))).toBe(false);

    open.pop()!.close();
    const again = await startDesktop();
    expect(await ok<VerifyResult>(again.router.call('review.verify', {}))).toMatchObject({ ok: true, records: 1, key: { fingerprint: first.key.fingerprint } });
    open.pop()!.close();

    // Browser mode over the same folder: no credential store, so no key here.
    const browser = await createBackend({ dataDir, osUser: 'tester', onInternalError: () => {} });
    open.push(browser);
    const r = await ok<VerifyResult>(browser.router.call('review.verify', {}));
    expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'no_key', message: expect.stringMatching(/does not hold the ledger's signing key/) }));
    const refused = await browser.router.call('review.decide', { itemId: item.id, decision: 'revoke', comment: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The decision was not recorded: This machine does not hold/) } });
  });

  it('never writes a new key over one it could not decrypt', () => {
    const dataDir = tempDir('landfall-desktop-');
    fs.mkdirSync(path.join(dataDir, 'keys'));
    fs.writeFileSync(path.join(dataDir, SAFE_KEY_FILE), 'encrypted by another OS account');
    const custody = safeStorageKeyStore({ safeStorage: fakeSafeStorage(), dataDir, platform: 'darwin' })!;
    expect(() => custody.read()).toThrow(/could not be decrypted/);
    expect(() => custody.saveKey({ chainId: 'c', publicKey: 'p', privateKey: 'k' })).toThrow(/no new key is written over it/);
    expect(fs.readFileSync(path.join(dataDir, SAFE_KEY_FILE), 'utf8')).toBe('encrypted by another OS account');
  });

  it('the main process sends the custody with every start and keeps what the backend asks it to', () => {
    const saved: unknown[] = [];
    const given = { key: null, head: null, custody: 'Held by the OS.' };
    const procs: FakeBackendProcess[] = [];
    createBackendConnection({
      spawn: () => {
        const p = new FakeBackendProcess();
        procs.push(p);
        return p;
      },
      dataDir: '/data',
      logFile: '/log',
      keys: { read: () => given, saveKey: (k) => saved.push(['key', k]), saveHead: (h) => saved.push(['head', h]) },
    });
    expect(procs[0]!.sent[0]).toEqual({ type: 'start', dataDir: '/data', keys: given });
    const key = { chainId: 'c', publicKey: 'p', privateKey: 'k' };
    const head = { chainId: 'c', seq: 1, hash: 'h', at: '2027-02-15T10:00:00.000Z', signature: 's' };
    procs[0]!.reply({ type: 'saveKey', key });
    procs[0]!.reply({ type: 'saveHead', head });
    procs[0]!.reply({ type: 'saveHead', head: { seq: 'not a head' } });
    expect(saved).toEqual([
      ['key', key],
      ['head', head],
    ]);
  });
});
