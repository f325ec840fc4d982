import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, icsSequence, icsText, ICS_MAX_OCTETS } from '../../shared/export/ics-text';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('ICS folding and escaping', () => {
  it('folds plain German with ü and — at 75 octets, not 75 characters', () => {
    const line = `SUMMARY:${'Prüfung der Geschäftsräume — Übergabe an die Behörde; Frühjahr '.repeat(2)}`;
    expect(line.length).toBeLessThan(octets(line));
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(ICS_MAX_OCTETS);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a character and always unfolds to the line it was given (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        const parts = folded.split('\r\n');
        for (const [i, p] of parts.entries()) {
          expect(octets(p)).toBeLessThanOrEqual(ICS_MAX_OCTETS);
          if (i > 0) expect(p.startsWith(' ')).toBe(true);
          // No lone surrogate at a break: each part is well-formed on its own.
          expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
        }
        expect(unfold(folded)).toBe(line);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a short line as it is', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
    const exactly75 = `X:${'a'.repeat(73)}`;
    expect(foldLine(exactly75)).toBe(exactly75);
    expect(foldLine(`${exactly75}b`).split('\r\n')).toEqual([exactly75, ' b']);
  });

  it('escapes backslashes, semicolons, commas and line breaks in TEXT', () => {
    expect(icsText('Q3, Brazil; C:\\launch\nnext')).toBe('Q3\\, Brazil\\; C:\\\\launch\\nnext');
  });

  it('gives later exports a higher SEQUENCE that still fits 31 bits long after May 2033', () => {
    const times = ['2026-12-01T09:00:00Z', '2027-02-15T10:00:00Z', '2033-05-18T03:33:20Z', '2033-05-18T03:33:21Z', '2033-06-01T00:00:00Z', '2060-01-01T00:00:00Z', '2093-12-31T23:59:59Z'];
    const seqs = times.map((t) => icsSequence(new Date(t)));
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]!).toBeGreaterThan(seqs[i - 1]!);
    for (const s of seqs) {
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeLessThan(2 ** 31);
    }
  });
});
