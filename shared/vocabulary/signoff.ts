/** The words for sign-off decisions: the history on screen, the notices and the sign-off register export. */
import type { Decision, ReviewView } from '../signoff-schema';

/**
 * One wording for screen and register. Where they differed ("Approval revoked" on screen,
 * "Revoked" in the register), the screen's wording is kept: it says what was revoked.
 */
export const DECISION_LABELS = {
  approve: 'Approved',
  approve_conditional: 'Approved with condition',
  reject: 'Rejected',
  revoke: 'Approval revoked',
} as const satisfies Record<Decision, string>;

/** Counsel's tabs of the review queue. */
export const REVIEW_VIEW_LABELS = {
  pending: 'Pending',
  approved: 'Live approvals',
  conditional: 'Conditional approvals',
  rejected: 'Rejections',
} as const satisfies Record<ReviewView, string>;

/** What each tab holds, said under its title. */
export const REVIEW_VIEW_DESCRIPTIONS = {
  pending: 'Awaiting a decision',
  approved: 'Signed off now, newest decision first',
  conditional: 'Approved on a condition, soonest expiry first',
  rejected: 'Rejected and not yet sent back for review',
} as const satisfies Record<ReviewView, string>;
