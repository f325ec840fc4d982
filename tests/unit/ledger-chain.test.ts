import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical-json';
import { GENESIS_HASH, recordHash, verifyChain } from '../../shared/domain/ledger-chain';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function chain(n: number) {
  const out: { seq: number; comment: string; prevHash: string; hash: string }[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const r = { seq, comment: `decision ${seq}`, prevHash: prev };
    const hash = recordHash(r, sha256);
    out.push({ ...r, hash });
    prev = hash;
  }
  return out;
}

describe('canonical JSON', () => {
  it('sorts keys at every level and drops insignificant whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true } })).toBe('{"a":{"c":true,"d":[1,"x",null]},"b":1}');
  });
  it('refuses what JSON cannot represent', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

describe('the ledger chain', () => {
  it('verifies an intact chain and reports its head', () => {
    const c = chain(5);
    expect(verifyChain(c, sha256)).toEqual({ ok: true, headHash: c[4]!.hash, records: 5 });
    expect(verifyChain([], sha256)).toEqual({ ok: true, headHash: GENESIS_HASH, records: 0 });
  });
  it('names an altered record', () => {
    const c = chain(5);
    c[2]!.comment = 'edited';
    expect(verifyChain(c, sha256)).toMatchObject({ ok: false, seq: 3 });
  });
  it('names a gap in the sequence', () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(verifyChain(c, sha256)).toMatchObject({ ok: false, seq: 2, reason: expect.stringMatching(/missing/) });
  });
  it('names a record re-hashed after an edit, because the next one no longer links to it', () => {
    const c = chain(4);
    c[1]!.comment = 'edited';
    c[1]!.hash = recordHash(c[1]!, sha256);
    expect(verifyChain(c, sha256)).toMatchObject({ ok: false, seq: 3, reason: expect.stringMatching(/does not link/) });
  });
});
