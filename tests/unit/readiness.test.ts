import { describe, expect, it } from 'vitest';
import { readinessOf } from '../../shared/domain/readiness';

describe('readiness', () => {
  it('is signed-off items over applicable items; not-applicable items leave the denominator', () => {
    expect(readinessOf([{ status: 'signed_off' }, { status: 'todo' }, { status: 'not_applicable' }, { status: 'signed_off' }])).toEqual({
      signedOff: 2,
      applicable: 3,
      percent: 66.7,
    });
  });
  it('counts blocked and in-review items as not done', () => {
    expect(readinessOf([{ status: 'blocked' }, { status: 'in_review' }, { status: 'signed_off' }]).percent).toBe(33.3);
  });
  it('is 0 % with nothing applicable, never a division by zero', () => {
    expect(readinessOf([{ status: 'not_applicable' }])).toEqual({ signedOff: 0, applicable: 0, percent: 0 });
    expect(readinessOf([])).toEqual({ signedOff: 0, applicable: 0, percent: 0 });
  });
});
