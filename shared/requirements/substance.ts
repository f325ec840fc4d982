/**
 * The substance of a requirement: everything a sign-off vouches for. Review
 * bookkeeping (last-reviewed date, verified flag, reviewer note) is left out, so
 * re-reviewing a requirement without changing it does not make approvals stale.
 */
import type { Requirement } from './pack-schema';

export function requirementSubstance(r: Requirement): Omit<Requirement, 'lastReviewed' | 'verified' | 'reviewNote'> {
  const { lastReviewed: _l, verified: _v, reviewNote: _n, ...substance } = r;
  return substance;
}
