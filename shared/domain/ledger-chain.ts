/**
 * The hash chain of the sign-off ledger, as pure functions over a SHA-256 function and a
 * signature check (so the same code runs wherever they are available).
 *
 * hash(record) = SHA-256( canonicalJson(record without hash and signature) + previous record's hash )
 *
 * Records of format 1 were written before records were signed: they are hashed over the
 * fields they had then (without format, kind and snapshot) and carry no signature. Every
 * later record (format 2) is hashed over all its fields and signed with the installation's
 * Ed25519 key, so recomputing the chain, renumbering it, splicing in another chain or
 * appending a correctly hashed forgery is caught by the signatures (see README, "What
 * verify proves").
 */
import { canonicalJson } from '../canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedRecord {
  seq: number;
  prevHash: string;
  hash: string;
  format?: 1 | 2;
  chainId?: string;
  signature?: string | null;
}

/** Fields a format-1 record did not have; they are left out of its hash. */
const ADDED_WITH_SIGNATURES = ['format', 'kind', 'snapshot'] as const;

/** What a record's hash covers: everything but the hash and the signature (format 1: its fields of then). */
export function hashedBody<T extends ChainedRecord>(record: Omit<T, 'hash' | 'signature'> | T): Record<string, unknown> {
  const { hash: _hash, signature: _signature, ...rest } = record as T;
  if (rest.format !== 1) return rest;
  const legacy: Record<string, unknown> = { ...rest };
  for (const k of ADDED_WITH_SIGNATURES) delete legacy[k];
  return legacy;
}

export function recordHash<T extends ChainedRecord>(record: Omit<T, 'hash' | 'signature'> | T, sha256: (s: string) => string): string {
  return sha256(canonicalJson(hashedBody(record)) + record.prevHash);
}

export type ChainProblemKind = 'missing_record' | 'broken_link' | 'altered' | 'unsigned' | 'bad_signature' | 'foreign_chain';

export interface ChainProblem {
  kind: ChainProblemKind;
  seq: number;
  message: string;
}

export interface ChainContext {
  sha256(s: string): string;
  /** Records must carry this chain id (this installation's). */
  chainId?: string;
  /** Records up to this sequence number were written before signing began: they may be unsigned. */
  legacyThrough?: number;
  /** The hash the key vouched for at `legacyThrough` when it was made. */
  legacyHeadHash?: string;
  /** Whether a signed record's signature is the installation key's. */
  signatureValid?(record: ChainedRecord): boolean;
}

/**
 * Walks the records in sequence order and names every one that does not match (it does
 * not stop at the first: tampering further on is reported too).
 */
export function walkChain<T extends ChainedRecord>(records: readonly T[], ctx: ChainContext): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const legacyThrough = ctx.legacyThrough ?? 0;
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const r of records) {
    if (r.seq !== expectedSeq) {
      const missing = r.seq > expectedSeq ? (r.seq - 1 === expectedSeq ? `Record ${expectedSeq} is missing` : `Records ${expectedSeq} to ${r.seq - 1} are missing`) : `Record ${r.seq} is out of order`;
      problems.push({ kind: 'missing_record', seq: Math.min(r.seq, expectedSeq), message: `${missing}: the sequence jumps from ${expectedSeq - 1} to ${r.seq}.` });
    }
    if (r.prevHash !== prev) {
      problems.push({ kind: 'broken_link', seq: r.seq, message: `Record ${r.seq} does not link to the record before it (its previous-hash differs).` });
    }
    if (recordHash(r, ctx.sha256) !== r.hash) {
      problems.push({ kind: 'altered', seq: r.seq, message: `Record ${r.seq} has been altered: its content no longer matches its hash.` });
    }
    if (ctx.chainId !== undefined && r.chainId !== undefined && r.chainId !== ctx.chainId) {
      problems.push({ kind: 'foreign_chain', seq: r.seq, message: `Record ${r.seq} belongs to another installation's ledger (chain ${r.chainId}), not this one's.` });
    }
    if (r.format === 1 || !r.signature) {
      if (r.seq > legacyThrough) {
        problems.push({ kind: 'unsigned', seq: r.seq, message: `Record ${r.seq} is not signed, but every record written since this installation's key was made must be.` });
      }
    } else if (ctx.signatureValid && !ctx.signatureValid(r)) {
      problems.push({ kind: 'bad_signature', seq: r.seq, message: `Record ${r.seq} is not signed by this installation's key: it was forged, renumbered or re-hashed.` });
    }
    if (legacyThrough > 0 && r.seq === legacyThrough && ctx.legacyHeadHash !== undefined && r.hash !== ctx.legacyHeadHash) {
      problems.push({ kind: 'altered', seq: r.seq, message: `Record ${r.seq} is not the record the signing key vouched for when it was made: the unsigned records before it were rewritten.` });
    }
    prev = r.hash;
    expectedSeq = Math.max(expectedSeq, r.seq) + 1;
  }
  return problems;
}
