import { describe, expect, it } from 'vitest';
import { NO_EVIDENCE_COMMENT, approvalNeedsComment } from '../../shared/domain/approval-evidence';
import { readyContradictions, readySentence } from '../../shared/domain/ready-check';
import { legalOnlyReason } from '../../shared/role-actions';

const base = { signoffs: { signedOff: 40, applicable: 40 }, overdue: 0, startDate: '2027-01-04', today: '2027-02-15' };

describe('setting an entry to Ready against its figures', () => {
  it('finds nothing to say when every applicable item is signed off, the window has started and nothing is overdue', () => {
    expect(readyContradictions(base)).toEqual([]);
    expect(readySentence([])).toBeNull();
  });

  it('states the sign-offs and the start date the way the dialog says them', () => {
    const c = readyContradictions({ ...base, signoffs: { signedOff: 12, applicable: 40 }, startDate: '2027-03-03' });
    expect(c.map((x) => x.kind)).toEqual(['not_signed_off', 'not_started']);
    expect(readySentence(c)).toBe('12 of 40 requirements signed off (30 %); the entry starts on 3 Mar 2027.');
  });

  it('never rounds a shortfall up to 100 %, and counts overdue sign-offs', () => {
    const c = readyContradictions({ ...base, signoffs: { signedOff: 1999, applicable: 2000 }, overdue: 3 });
    expect(readySentence(c)).toBe('1999 of 2000 requirements signed off (99.9 %); 3 sign-offs are overdue.');
    expect(readySentence(readyContradictions({ ...base, overdue: 1 }))).toBe('1 sign-off is overdue.');
    expect(readySentence(readyContradictions({ ...base, signoffs: { signedOff: 0, applicable: 1 } }))).toBe('0 of 1 requirement signed off (0 %).');
  });

  it('says nothing about sign-offs when nothing applies or they are not known yet (a new entry), but still about the start', () => {
    expect(readyContradictions({ ...base, signoffs: { signedOff: 0, applicable: 0 } })).toEqual([]);
    expect(readySentence(readyContradictions({ ...base, signoffs: null, startDate: '2027-02-16' }))).toBe('The entry starts on 16 Feb 2027.');
    expect(readyContradictions({ ...base, startDate: '2027-02-15' })).toEqual([]);
  });
});

describe('approving without evidence', () => {
  it('needs a comment for either approval of an item without evidence, and for nothing else', () => {
    expect(approvalNeedsComment('approve', 0, '  ')).toBe(true);
    expect(approvalNeedsComment('approve_conditional', 0, '')).toBe(true);
    expect(approvalNeedsComment('approve', 0, 'No document exists for this duty.')).toBe(false);
    expect(approvalNeedsComment('approve', 1, '')).toBe(false);
    expect(approvalNeedsComment('reject', 0, '')).toBe(false);
    expect(approvalNeedsComment(undefined, 0, '')).toBe(false);
    expect(NO_EVIDENCE_COMMENT).toMatch(/^Comment: /);
  });
});

describe("Legal's actions", () => {
  it('are open to Legal only, and the refusal says roles are self-declared', () => {
    expect(legalOnlyReason('import_pack', 'legal')).toBeNull();
    expect(legalOnlyReason('import_pack', 'program_manager')).toBe('Only Legal can import packs: switch your role in Settings. Roles are self-declared on this machine.');
    expect(legalOnlyReason('edit_requirements', null)).toBe('Only Legal can add or edit requirements: switch your role in Settings. Roles are self-declared on this machine.');
    expect(legalOnlyReason(['import_pack', 'edit_requirements'], 'leadership')).toBe(
      'Only Legal can import packs and add or edit requirements: switch your role in Settings. Roles are self-declared on this machine.',
    );
    expect(legalOnlyReason(['import_pack', 'edit_requirements'], 'legal')).toBeNull();
  });
});
