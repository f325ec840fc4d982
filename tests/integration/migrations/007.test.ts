/**
 * Migration 007 (signed ledger): the ledger is rebuilt with format, kind, snapshot and
 * signature. Records written before it keep every value and their hash (format 1, kind
 * item_decision, unsigned), the table stays append-only, and on the first start the app
 * makes a key that vouches for those older records, signs every new one, and verify passes.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/index';
import type { OpenedDatabase } from '../../../electron/db/connection';
import { migrations } from '../../../electron/db/migrations/index';
import { m007SignedLedger } from '../../../electron/db/migrations/007-signed-ledger';
import { GENESIS_HASH, recordHash } from '../../../shared/domain/ledger-chain';
import type { MethodOutput } from '../../../shared/contract';
import type { LedgerRecord } from '../../../shared/signoff-schema';
import { ok } from '../helpers';
import { AT, ENTRY_ID, INSTALLATION_ID, SIGNED_ITEM_ID, databaseAt, rows, snapshot, upgrade, closedAfterEach, insertUsualRows, appOn } from './upgrade';
import type Database from 'better-sqlite3';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const PREVIOUS = migrations[migrations.indexOf(m007SignedLedger) - 1]!.version;

const opened = closedAfterEach();

/** A ledger record as the build before 007 wrote it, with the hash that build computed. */
function oldRecord(seq: number, prevHash: string) {
  const body = {
    seq,
    chainId: INSTALLATION_ID,
    id: `6e7f8091-a2b3-4c45-9e5f-6a7b8c9d0e1${seq}`,
    at: AT,
    entryId: ENTRY_ID,
    itemId: SIGNED_ITEM_ID,
    decision: seq === 2 ? 'approve' : 'approve_conditional',
    signerName: 'Lee Counsel',
    signerRole: 'legal',
    osUser: 'lee',
    comment: seq === 2 ? 'Registration confirmed' : 'Pending the notary',
    conditionText: seq === 2 ? null : 'Notarised copy by August',
    conditionExpires: seq === 2 ? null : '2026-08-31',
    requirementId: 'de.gewo.s14-trade-registration',
    packId: 'de',
    packVersion: '1.2.0',
    contentHash: 'd'.repeat(64),
    evidenceHashes: ['link:' + 'e'.repeat(64)],
    prevHash,
  };
  // hash = SHA-256(canonical JSON of the record without its hash + previous hash), as before.
  return { ...body, hash: recordHash({ ...body, format: 1 }, sha256) };
}

function insertOldLedger(db: Database.Database) {
  const r1 = oldRecord(1, GENESIS_HASH);
  const r2 = oldRecord(2, r1.hash);
  const insert = db.prepare(`INSERT INTO signoff_ledger (seq, chain_id, id, at, entry_id, item_id, decision, signer_name, signer_role, os_user, comment,
      condition_text, condition_expires, requirement_id, pack_id, pack_version, content_hash, evidence_hashes, prev_hash, hash)
    VALUES (@seq, @chainId, @id, @at, @entryId, @itemId, @decision, @signerName, @signerRole, @osUser, @comment,
      @conditionText, @conditionExpires, @requirementId, @packId, @packVersion, @contentHash, @evidenceHashes, @prevHash, @hash)`);
  for (const r of [r1, r2]) insert.run({ ...r, evidenceHashes: JSON.stringify(r.evidenceHashes) });
  return [r1, r2];
}

const OLD_TABLES = ['installation', 'settings', 'entries', 'audit_log', 'packs', 'requirements', 'checklist_items', 'evidence', 'signoff_ledger'];

function previousVersion() {
  let records: ReturnType<typeof oldRecord>[] = [];
  const made = databaseAt(PREVIOUS, (db) => {
    insertUsualRows(db, 'checklist');
    records = insertOldLedger(db);
  });
  return { ...made, records };
}

describe('migration 007: signed ledger', () => {
  it('keeps every ledger value and hash as format 1 item decisions, unsigned, backed up first; the table stays append-only', async () => {
    const { dataDir, file, records } = previousVersion();
    const before = snapshot(file, OLD_TABLES);
    const o: OpenedDatabase = await upgrade(dataDir, PREVIOUS, before);
    opened.push(o);
    for (const t of OLD_TABLES.filter((t) => t !== 'signoff_ledger')) expect(rows(o.db, t), t).toEqual(before[t]);
    expect(rows(o.db, 'signoff_ledger', 'seq')).toEqual(before.signoff_ledger!.map((r) => ({ ...r, format: 1, kind: 'item_decision', snapshot: null, signature: null })));
    expect(rows(o.db, 'signoff_ledger', 'seq').map((r) => r.hash)).toEqual(records.map((r) => r.hash));
    expect(() => o.db.prepare("UPDATE signoff_ledger SET comment = 'edited'").run()).toThrow(/append-only: records cannot be changed/);
    expect(() => o.db.prepare('DELETE FROM signoff_ledger').run()).toThrow(/append-only: records cannot be deleted/);
    // A new record must be signed; a risk acceptance is a kind the table takes.
    expect(() =>
      o.db
        .prepare(`INSERT INTO signoff_ledger (seq, format, chain_id, id, at, kind, entry_id, item_id, decision, signer_name, signer_role, os_user, comment,
          content_hash, evidence_hashes, prev_hash, hash) VALUES (3, 2, 'c', 'x', ?, 'risk_acceptance', 'e', 'r', 'accept', 'n', 'r', 'o', '', 'h', '[]', 'p', 'q')`)
        .run(AT),
    ).toThrow(/CHECK constraint failed/);
  });

  it('lets the app open the upgraded file: a key vouches for the older records, new ones are signed, and verify passes', async () => {
    const { dataDir, file, records } = previousVersion();
    const o = await upgrade(dataDir, PREVIOUS, snapshot(file, OLD_TABLES));
    o.close();
    const backend: Backend = await appOn(dataDir, '2026-07-15T10:00:00Z');
    opened.push(backend);
    const history = await ok<LedgerRecord[]>(backend.router.call('review.history', { itemId: SIGNED_ITEM_ID }));
    expect(history).toEqual([
      expect.objectContaining({ seq: 1, format: 1, kind: 'item_decision', signature: null, hash: records[0]!.hash }),
      expect.objectContaining({ seq: 2, format: 1, decision: 'approve', comment: 'Registration confirmed', hash: records[1]!.hash }),
    ]);
    expect(await ok<MethodOutput<'review.verify'>>(backend.router.call('review.verify', {}))).toMatchObject({ ok: true, records: 2, headHash: records[1]!.hash, problems: [] });

    // Counsel revokes: record 3 is signed and chains onto the older records.
    await ok(backend.router.call('settings.update', { displayName: 'Lee Counsel', role: 'legal' }));
    const revoke = await ok<LedgerRecord>(backend.router.call('review.decide', { itemId: SIGNED_ITEM_ID, decision: 'revoke', comment: 'Registration lapsed' }));
    expect(revoke).toMatchObject({ seq: 3, format: 2, prevHash: records[1]!.hash, signature: expect.stringMatching(/^[0-9a-f]{128}$/) });
    expect(await ok<MethodOutput<'review.verify'>>(backend.router.call('review.verify', {}))).toMatchObject({ ok: true, records: 3, problems: [] });
  });
});
