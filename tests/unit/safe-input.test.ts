import { describe, expect, it } from 'vitest';
import { safeText, textProblem } from '../../shared/safe-text';
import { entryFields, isoDate } from '../../shared/entry-schema';
import { decisionInput } from '../../shared/signoff-schema';
import { MAX_RULE_DEPTH, requirement, ruleDepth } from '../../shared/requirements/pack-schema';
import { oneYearBefore, startDateWarning } from '../../shared/domain/start-date';
import { zodToApiError } from '../../shared/zod-error';
import { validEntry } from '../integration/helpers';

function nested(levels: number): unknown {
  let r: unknown = { always: true };
  for (let i = 0; i < levels; i++) r = i % 2 ? { not: r } : { all: [r] };
  return r;
}

describe('safe text', () => {
  const title = safeText({ label: 'Title', max: 10, name: true, min: { length: 1, message: 'Enter a title' } });

  it('normalizes to NFC and trims before counting', () => {
    expect(title.parse('  Cafe\u0301  ')).toBe('Caf\u00e9');
    expect(title.safeParse('Cafe\u0301'.padEnd(10, 'x')).success).toBe(true);
  });

  it('refuses lone surrogates anywhere, keeps real pairs', () => {
    for (const bad of ['\uD800', 'a\uDC00b', 'end\uD83D']) expect(textProblem(bad, { label: 'Comment', multiline: true })).toMatch(/^Comment contains a broken character/);
    expect(textProblem('ok \uD83D\uDE00', { label: 'Comment', multiline: true })).toBeNull();
  });

  it('refuses NUL and other C0 controls; multi-line fields keep tab and line breaks', () => {
    expect(textProblem('a\u0000b', { label: 'Name' })).toBe('Name contains a control character (U+0000) that cannot be stored; remove it');
    expect(textProblem('a\tb', { label: 'Name' })).toMatch(/U\+0009/);
    expect(textProblem('line\r\nnext\tcol', { label: 'Notes', multiline: true })).toBeNull();
    expect(textProblem('bell\u0007', { label: 'Notes', multiline: true })).toMatch(/^Notes contains a control character \(U\+0007\)/);
  });

  it('refuses bidi embedding, override and isolate controls in names and titles only', () => {
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(textProblem(`invoice${c}fdp.exe`, { label: 'Title', name: true }), c.codePointAt(0)!.toString(16)).toMatch(/^Title contains a text-direction control/);
    }
    expect(textProblem('a \u202E b', { label: 'Notes', multiline: true })).toBeNull();
  });

  it('names the field through the router', () => {
    const r = entryFields.safeParse(validEntry({ name: 'Berlin\u202Elaunch' }));
    expect(r.success).toBe(false);
    expect(zodToApiError(r.error!)).toEqual({ code: 'invalid_input', field: 'name', message: 'Name: Name contains a text-direction control character (U+202E) that can disguise it; remove it.' });
    const c = decisionInput.safeParse({ itemId: '7d1f5e5c-3d3a-4b7e-9a43-2b6a1d1e9f00', decision: 'approve', comment: 'ok\uD800' });
    expect(zodToApiError(c.error!)).toMatchObject({ field: 'comment', message: expect.stringMatching(/^Comment: The comment contains a broken character/) });
  });
});

describe('calendar dates', () => {
  it('accepts 1900-01-01 to 2199-12-31 and refuses outside with one sentence', () => {
    expect(isoDate.safeParse('1900-01-01').success).toBe(true);
    expect(isoDate.safeParse('2199-12-31').success).toBe(true);
    for (const d of ['1899-12-31', '2200-01-01', '9999-12-31', '0001-01-01']) {
      const r = isoDate.safeParse(d);
      expect(r.error?.issues.map((i) => i.message), d).toEqual(['Use a date from 1 Jan 1900 to 31 Dec 2199']);
    }
    expect(isoDate.safeParse('2026-02-30').error?.issues.map((i) => i.message)).toEqual(['That date does not exist']);
    expect(isoDate.safeParse('2026-2-3').error?.issues.map((i) => i.message)).toEqual(['Use the form YYYY-MM-DD']);
  });

  it('warns (without refusing) about a start more than a year in the past', () => {
    expect(startDateWarning('1900-01-01', '2026-12-01')).toMatch(/^Start date: 1 Jan 1900 is more than a year before today \(1 Dec 2026\)/);
    expect(startDateWarning('2025-11-30', '2026-12-01')).not.toBeNull();
    expect(startDateWarning('2025-12-01', '2026-12-01')).toBeNull();
    expect(startDateWarning('2027-03-01', '2026-12-01')).toBeNull();
    expect(oneYearBefore('2028-02-29')).toBe('2027-02-28');
  });
});

describe('applicability rule depth', () => {
  const base = {
    id: 'custom.deep',
    title: 'Deep rule',
    summary: 'A requirement with a deeply nested rule.',
    jurisdiction: ['DE'],
    category: 'company_registration',
    citation: { law: 'Law', article: '1' },
    sourceUrl: 'https://example.org/',
    ownerRole: 'legal',
    leadTimeDays: 1,
    evidenceExpected: ['Minutes'],
    workstream: 'regulatory_legal',
    effectiveFrom: '2020-01-01',
    lastReviewed: '2026-11-01',
  };

  it(`accepts ${MAX_RULE_DEPTH} levels and refuses deeper ones without overflowing the stack`, () => {
    expect(ruleDepth(nested(MAX_RULE_DEPTH - 1))).toBe(MAX_RULE_DEPTH);
    expect(requirement.safeParse({ ...base, appliesWhen: nested(MAX_RULE_DEPTH - 1) }).success).toBe(true);
    for (const levels of [MAX_RULE_DEPTH, 5000, 100_000]) {
      const r = requirement.safeParse({ ...base, appliesWhen: nested(levels) });
      expect(r.success).toBe(false);
      expect(zodToApiError(r.error!).message).toMatch(/^Applies when: the rule nests all \/ any \/ not more than 16 levels deep/);
    }
  });
});
