import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical-json';
import { GENESIS_HASH, recordHash, walkChain } from '../../shared/domain/ledger-chain';

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
    expect(walkChain(c, { sha256, legacyThrough: 5 })).toEqual([]);
    expect(walkChain([], { sha256 })).toEqual([]);
  });
  it('names an altered record', () => {
    const c = chain(5);
    c[2]!.comment = 'edited';
    expect(walkChain(c, { sha256, legacyThrough: 5 })).toEqual([expect.objectContaining({ kind: 'altered', seq: 3 })]);
  });
  it('names a gap in the sequence', () => {
    const c = chain(5);
    c.splice(1, 1);
    expect(walkChain(c, { sha256, legacyThrough: 5 })).toEqual([expect.objectContaining({ kind: 'missing_record', seq: 2, message: expect.stringMatching(/missing/) }), expect.objectContaining({ kind: 'broken_link', seq: 3 })]);
  });
  it('names a record re-hashed after an edit, because the next one no longer links to it', () => {
    const c = chain(4);
    c[1]!.comment = 'edited';
    c[1]!.hash = recordHash(c[1]!, sha256);
    expect(walkChain(c, { sha256, legacyThrough: 4 })).toEqual([expect.objectContaining({ kind: 'broken_link', seq: 3, message: expect.stringMatching(/does not link/) })]);
  });
  it('names every record after the first problem, unsigned records past the legacy ones, and signatures that do not check', () => {
    const c = chain(4).map((r) => ({ ...r, signature: r.seq >= 3 ? `sig-${r.seq}` : null }));
    c[0]!.comment = 'edited';
    const problems = walkChain(c, { sha256, legacyThrough: 1, signatureValid: (r) => r.signature === 'sig-3' });
    expect(problems.map((p) => [p.kind, p.seq])).toEqual([
      ['altered', 1],
      ['unsigned', 2],
      ['bad_signature', 4],
    ]);
  });
});
