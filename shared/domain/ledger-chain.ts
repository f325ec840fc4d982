/**
 * The hash chain of the sign-off ledger, as pure functions over a SHA-256 function
 * (so the same code runs wherever a hash is available).
 *
 * hash(record) = SHA-256( canonicalJson(record without its hash) + previous record's hash )
 *
 * What this proves: anyone holding the file can recompute the whole chain, so it is
 * tamper-evident against edits of single records, not tamper-proof. Its head hash is
 * printed in every export, so a later verify can be compared with a hash that left the machine.
 */
import { canonicalJson } from '../canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedRecord {
  seq: number;
  prevHash: string;
  hash: string;
}

export function recordHash<T extends ChainedRecord>(record: Omit<T, 'hash'> | T, sha256: (s: string) => string): string {
  const { hash: _omit, ...rest } = record as T;
  return sha256(canonicalJson(rest) + rest.prevHash);
}

export type ChainCheck = { ok: true; headHash: string; records: number } | { ok: false; seq: number; reason: string; records: number };

/** Walks the records in sequence order and names the first that does not match. */
export function verifyChain<T extends ChainedRecord>(records: readonly T[], sha256: (s: string) => string): ChainCheck {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const r of records) {
    if (r.seq !== expectedSeq) {
      return { ok: false, seq: expectedSeq, reason: `Record ${expectedSeq} is missing: the sequence jumps from ${expectedSeq - 1} to ${r.seq}.`, records: records.length };
    }
    if (r.prevHash !== prev) {
      return { ok: false, seq: r.seq, reason: `Record ${r.seq} does not link to the record before it (its previous-hash differs).`, records: records.length };
    }
    if (recordHash(r, sha256) !== r.hash) {
      return { ok: false, seq: r.seq, reason: `Record ${r.seq} has been altered: its content no longer matches its hash.`, records: records.length };
    }
    prev = r.hash;
    expectedSeq++;
  }
  return { ok: true, headHash: prev, records: records.length };
}
