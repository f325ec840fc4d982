/**
 * Tampering with the sign-off ledger as an attacker holding the database file would: each
 * change is made to the SQLite file with the better-sqlite3 driver (dropping the
 * append-only triggers first where needed), and verify must name what was done.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/index';
import { ledgerRepo } from '../../electron/backend/repos/ledger-repo';
import { fingerprint, generateKeyPair, recordMessage, signMessage, enrolmentMessage } from '../../electron/backend/signing/ed25519';
import { KEY_FILE } from '../../electron/backend/signing/key-store';
import { recordHash } from '../../shared/domain/ledger-chain';
import type { ChecklistView } from '../../shared/checklist-schema';
import type { Entry } from '../../shared/entry-schema';
import type { LedgerRecord, VerifyProblem, VerifyResult } from '../../shared/signoff-schema';
import { ok, tempDir, validEntry } from './helpers';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const NOW = () => new Date('2027-02-15T10:00:00Z');

const open: { close(): void }[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function start(dataDir = tempDir('landfall-tamper-')): Promise<Backend> {
  const b = await createBackend({ dataDir, osUser: 'tester', now: NOW, onInternalError: () => {} });
  open.push(b);
  return b;
}

/** An installation with three approvals (items a, b, c signed off) and a fourth item d in review. */
async function signedLedger(dataDir?: string) {
  const b = await start(dataDir);
  await ok(b.router.call('settings.update', { displayName: 'Ana Legal', role: 'legal' }));
  const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ targetCountry: 'BR', name: 'Brazil launch' })));
  const items = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }))).items;
  const ids = items.slice(0, 4).map((i) => i.id) as [string, string, string, string];
  await ok(b.router.call('checklist.bulkUpdate', { items: items.slice(0, 4).map((i) => ({ itemId: i.id, version: i.version })), patch: { status: 'in_review' } }));
  const records: LedgerRecord[] = [];
  for (const id of ids.slice(0, 3)) records.push(await ok<LedgerRecord>(b.router.call('review.decide', { itemId: id, decision: 'approve', comment: `Checked ${id.slice(0, 4)}` })));
  // A verify that passes moves the head kept outside the database to record 3.
  expect(await verify(b)).toMatchObject({ ok: true, records: 3, problems: [] });
  return { b, entry, ids, records };
}

async function verify(b: Backend): Promise<VerifyResult> {
  return ok<VerifyResult>(b.router.call('review.verify', {}));
}

/** The problems verify names, as [kind, record] pairs. */
async function named(b: Backend): Promise<[VerifyProblem['kind'], number | null][]> {
  const r = await verify(b);
  expect(r.ok).toBe(r.problems.length === 0);
  return r.problems.map((p) => [p.kind, p.seq]);
}

/** The attacker's connection to the file. */
function attack(b: Backend, fn: (db: Database.Database) => void): void {
  const db = new Database(b.dbFile);
  try {
    fn(db);
  } finally {
    db.close();
  }
}

/** Rewrites every record's prev_hash and hash so the chain links again (what someone holding only the file can do). */
function recomputeChain(db: Database.Database): void {
  const records = ledgerRepo(db).all();
  let prev = '0'.repeat(64);
  const update = db.prepare('UPDATE signoff_ledger SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const r of records) {
    const hash = recordHash({ ...r, prevHash: prev }, sha256);
    update.run(prev, hash, r.seq);
    prev = hash;
  }
}

function insertRecord(db: Database.Database, r: LedgerRecord): void {
  ledgerRepo(db).append(r);
}

describe('ledger tampering, each named by verify', () => {
  it('a fresh installation makes its own owner-only key and records its public half and fingerprint', async () => {
    const { b, records } = await signedLedger();
    const keyFile = path.join(b.dataDir, KEY_FILE);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const key = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as { publicKey: string; chainId: string };
    const result = await verify(b);
    expect(result.key.fingerprint).toBe(fingerprint(key.publicKey));
    expect(result.key.fingerprint).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(result.key.custody).toMatch(/as in browser mode: whoever holds the folder can sign too/);
    expect(result.chainId).toBe(key.chainId);
    expect(records.every((r) => r.format === 2 && r.signature !== null)).toBe(true);
    // The private key is not in the database.
    attack(b, (db) => {
      const values = (db.prepare('SELECT value FROM settings').all() as { value: string }[]).map((v) => v.value).join(' ');
      expect(values).toContain(key.publicKey);
      expect(values).not.toContain(JSON.parse(fs.readFileSync(keyFile, 'utf8')).privateKey);
    });
  });

  it('truncation of the tail', async () => {
    const { b, ids } = await signedLedger();
    attack(b, (db) => {
      db.exec('DROP TRIGGER ledger_no_delete');
      db.prepare('DELETE FROM signoff_ledger WHERE seq = 3').run();
      db.exec("CREATE TRIGGER ledger_no_delete BEFORE DELETE ON signoff_ledger BEGIN SELECT RAISE(ABORT, 'append-only'); END");
    });
    const r = await verify(b);
    expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'truncated', seq: 3, message: expect.stringMatching(/ends at record 2, but record 3 was verified on this machine/) }));
    // Item c is still signed off, with its approval gone.
    expect(r.problems).toContainEqual(expect.objectContaining({ kind: 'approval_missing', itemId: ids[2] }));
  });

  it('truncation of everything', async () => {
    const { b } = await signedLedger();
    attack(b, (db) => {
      db.exec('DROP TRIGGER ledger_no_delete');
      db.prepare('DELETE FROM signoff_ledger').run();
      db.exec("CREATE TRIGGER ledger_no_delete BEFORE DELETE ON signoff_ledger BEGIN SELECT RAISE(ABORT, 'append-only'); END");
      db.prepare("UPDATE checklist_items SET status = 'in_review' WHERE status = 'signed_off'").run();
    });
    expect(await named(b)).toEqual([['truncated', 3]]);
    expect((await verify(b)).problems[0]!.message).toMatch(/The ledger is empty, but 3 records were verified on this machine .*every record was removed/);
  });

  it('an edit followed by recomputing the whole chain', async () => {
    const { b } = await signedLedger();
    attack(b, (db) => {
      db.exec('DROP TRIGGER ledger_no_update');
      db.prepare("UPDATE signoff_ledger SET comment = 'Approved without reservation' WHERE seq = 1").run();
      recomputeChain(db);
      db.exec("CREATE TRIGGER ledger_no_update BEFORE UPDATE ON signoff_ledger BEGIN SELECT RAISE(ABORT, 'append-only'); END");
    });
    expect(await named(b)).toEqual([
      ['bad_signature', 1],
      ['bad_signature', 2],
      ['bad_signature', 3],
      ['truncated', 3],
    ]);
  });

  it('a renumbered chain (a record deleted, the rest renumbered and re-hashed to close the gap)', async () => {
    const { b } = await signedLedger();
    attack(b, (db) => {
      db.exec('DROP TRIGGER ledger_no_update; DROP TRIGGER ledger_no_delete');
      db.prepare('DELETE FROM signoff_ledger WHERE seq = 2').run();
      db.prepare('UPDATE signoff_ledger SET seq = 2 WHERE seq = 3').run();
      recomputeChain(db);
      db.exec(`CREATE TRIGGER ledger_no_update BEFORE UPDATE ON signoff_ledger BEGIN SELECT RAISE(ABORT, 'append-only'); END;
        CREATE TRIGGER ledger_no_delete BEFORE DELETE ON signoff_ledger BEGIN SELECT RAISE(ABORT, 'append-only'); END;`);
    });
    const problems = await named(b);
    expect(problems).toContainEqual(['bad_signature', 2]);
    expect(problems).toContainEqual(['truncated', 3]);
    expect(problems).not.toContainEqual(['bad_signature', 1]);
  });

  it('a chain spliced from another installation', async () => {
    const mine = await signedLedger();
    const theirs = await signedLedger();
    const foreign = theirs.records;
    attack(mine.b, (db) => {
      db.exec('DROP TRIGGER ledger_no_update; DROP TRIGGER ledger_no_delete');
      db.prepare('DELETE FROM signoff_ledger WHERE seq >= 2').run();
      // Their records 2 and 3, re-linked onto my record 1 with recomputed hashes.
      for (const r of foreign.slice(1)) insertRecord(db, r);
      recomputeChain(db);
    });
    const problems = (await verify(mine.b)).problems;
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'foreign_chain', seq: 2, message: expect.stringMatching(/another installation's ledger/) }));
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'bad_signature', seq: 3 }));
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'triggers_missing' }));
  });

  it('a forged, correctly hashed approval appended at the end (with a made-up signature, or none)', async () => {
    const { b, ids, records } = await signedLedger();
    const last = records[2]!;
    const forged = { ...last, seq: 4, id: 'f0f0f0f0-0000-4000-8000-000000000004', itemId: ids[3], comment: 'Approved', prevHash: last.hash };
    const hash = recordHash(forged, sha256);
    attack(b, (db) => {
      insertRecord(db, { ...forged, hash, signature: Buffer.alloc(64, 7).toString('hex') });
      db.prepare("UPDATE checklist_items SET status = 'signed_off' WHERE id = ?").run(ids[3]);
    });
    expect(await named(b)).toEqual([['bad_signature', 4]]);

    // Signed with a key of the attacker's own: still not this installation's.
    const other = await signedLedger();
    const attacker = generateKeyPair(other.records[0]!.chainId);
    const forged5 = { ...forged, seq: 5, id: 'f0f0f0f0-0000-4000-8000-000000000005', prevHash: hash };
    const hash5 = recordHash(forged5, sha256);
    attack(b, (db) => insertRecord(db, { ...forged5, hash: hash5, signature: signMessage(attacker, recordMessage(forged5.chainId, 5, hash5)) }));
    expect(await named(b)).toEqual([
      ['bad_signature', 4],
      ['bad_signature', 5],
    ]);
  });

  it('a forged unsigned record appended at the end, posing as one written before signing', async () => {
    const { b, ids, records } = await signedLedger();
    const last = records[2]!;
    const forged = { ...last, seq: 4, format: 1 as const, signature: null, id: 'f0f0f0f0-0000-4000-8000-000000000014', itemId: ids[3], prevHash: last.hash };
    attack(b, (db) => insertRecord(db, { ...forged, hash: recordHash(forged, sha256) }));
    expect(await named(b)).toEqual([['unsigned', 4]]);
  });

  it('an item marked signed off with no ledger record', async () => {
    const { b, ids } = await signedLedger();
    attack(b, (db) => db.prepare("UPDATE checklist_items SET status = 'signed_off' WHERE id = ?").run(ids[3]));
    const r = await verify(b);
    expect(r.problems).toEqual([expect.objectContaining({ kind: 'approval_missing', seq: null, itemId: ids[3], message: expect.stringMatching(/is marked signed off, but the ledger holds no approval of it/) })]);
  });

  it('an item marked signed off again after its approval was revoked', async () => {
    const { b, ids } = await signedLedger();
    const revoke = await ok<LedgerRecord>(b.router.call('review.decide', { itemId: ids[0], decision: 'revoke', comment: 'Processor changed' }));
    attack(b, (db) => db.prepare("UPDATE checklist_items SET status = 'signed_off' WHERE id = ?").run(ids[0]));
    expect((await verify(b)).problems).toEqual([expect.objectContaining({ kind: 'approval_missing', seq: revoke.seq, itemId: ids[0], message: expect.stringMatching(/"Approval revoked"/) })]);
  });

  it('dropped append-only triggers, or one replaced by a trigger that refuses nothing', async () => {
    const { b } = await signedLedger();
    attack(b, (db) => db.exec('DROP TRIGGER ledger_no_update; DROP TRIGGER ledger_no_delete'));
    expect(await named(b)).toEqual([
      ['triggers_missing', null],
      ['triggers_missing', null],
    ]);
    attack(b, (db) =>
      db.exec(`CREATE TRIGGER ledger_no_update BEFORE UPDATE ON signoff_ledger BEGIN SELECT 1; END;
        CREATE TRIGGER ledger_no_delete BEFORE DELETE ON signoff_ledger BEGIN SELECT RAISE(ABORT, 'append-only'); END;`),
    );
    expect((await verify(b)).problems).toEqual([expect.objectContaining({ kind: 'triggers_missing', message: expect.stringMatching(/ledger_no_update has been dropped/) })]);
  });

  it('an evidence file changed on disk, or removed, after the approval that covers it', async () => {
    const b = await start();
    await ok(b.router.call('settings.update', { displayName: 'Ana Legal', role: 'legal' }));
    const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ targetCountry: 'BR', name: 'Brazil launch' })));
    const item = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }))).items[0]!;
    const content = Buffer.from('%PDF-1.4 Data processing agreement, signed 2027-02-01');
    const evidence = await ok<{ sha256: string }>(b.router.call('evidence.addFile', { itemId: item.id, fileName: 'dpa.pdf', contentBase64: content.toString('base64') }));
    const current = (await ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }))).items.find((i) => i.id === item.id)!;
    await ok(b.router.call('checklist.updateItem', { itemId: item.id, version: current.version, patch: { status: 'in_review' } }));
    const approval = await ok<LedgerRecord>(b.router.call('review.decide', { itemId: item.id, decision: 'approve', comment: 'DPA in place' }));
    expect(approval.evidenceHashes).toEqual([evidence.sha256]);
    expect(await verify(b)).toMatchObject({ ok: true });

    const stored = path.join(b.dataDir, 'evidence', evidence.sha256.slice(0, 2), evidence.sha256);
    fs.writeFileSync(stored, Buffer.from('%PDF-1.4 Data processing agreement, never signed'));
    expect((await verify(b)).problems).toEqual([
      expect.objectContaining({ kind: 'evidence_changed', seq: approval.seq, itemId: item.id, message: expect.stringMatching(/dpa\.pdf covered by the approval in record 1 has changed on disk/) }),
    ]);
    fs.rmSync(stored);
    expect((await verify(b)).problems).toEqual([expect.objectContaining({ kind: 'evidence_missing', seq: approval.seq, message: expect.stringMatching(/dpa\.pdf .* is missing/) })]);
  });

  it('a public key swapped in the database, with every record re-signed by the new key', async () => {
    const { b } = await signedLedger();
    attack(b, (db) => {
      const chainId = (db.prepare('SELECT id FROM installation').get() as { id: string }).id;
      const attacker = generateKeyPair(chainId);
      db.exec('DROP TRIGGER ledger_no_update');
      for (const r of ledgerRepo(db).all()) db.prepare('UPDATE signoff_ledger SET signature = ? WHERE seq = ?').run(signMessage(attacker, recordMessage(chainId, r.seq, r.hash)), r.seq);
      db.exec("CREATE TRIGGER ledger_no_update BEFORE UPDATE ON signoff_ledger BEGIN SELECT RAISE(ABORT, 'append-only'); END");
      const set = db.prepare('UPDATE settings SET value = ? WHERE key = ?');
      set.run(attacker.publicKey, 'ledger.publicKey');
      set.run(fingerprint(attacker.publicKey), 'ledger.fingerprint');
      set.run(JSON.stringify({ legacyThrough: 0, legacyHeadHash: '0'.repeat(64), createdAt: '2027-02-15T10:00:00.000Z', signature: signMessage(attacker, enrolmentMessage(chainId, attacker.publicKey, 0, '0'.repeat(64))) }), 'ledger.enrolment');
    });
    // The backend already running holds the real key; a restart reads the swapped record.
    const problems = (await verify(b)).problems.map((p) => p.kind);
    expect(problems).toContain('key_mismatch');
    const dataDir = b.dataDir;
    open.splice(open.indexOf(b), 1);
    b.close();
    const again = await start(dataDir);
    const r = await verify(again);
    expect(r.problems[0]).toMatchObject({ kind: 'key_mismatch', message: expect.stringMatching(/names a different signing key .* from the one this installation holds/) });
    // And no new decision is signed until that is sorted out.
    const refused = await again.router.call('review.decide', { itemId: '00000000-0000-4000-8000-000000000000', decision: 'reject', comment: 'x' });
    expect(refused.ok).toBe(false);
  });

  it('the existing cases: a single edit and a deletion in the middle', async () => {
    const { b } = await signedLedger();
    attack(b, (db) => {
      db.exec('DROP TRIGGER ledger_no_update; DROP TRIGGER ledger_no_delete');
      db.prepare("UPDATE signoff_ledger SET comment = 'edited' WHERE seq = 1").run();
      db.prepare('DELETE FROM signoff_ledger WHERE seq = 2').run();
    });
    const problems = await named(b);
    expect(problems).toContainEqual(['altered', 1]);
    expect(problems).toContainEqual(['missing_record', 2]);
  });
});
