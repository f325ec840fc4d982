/** The words for sign-off decisions: the history on screen, the notices and the sign-off register export. */
import type { RecordDecision, ReviewView, VerifyProblemKind } from '../signoff-schema';

/**
 * One wording for screen and register. Where they differed ("Approval revoked" on screen,
 * "Revoked" in the register), the screen's wording is kept: it says what was revoked.
 */
export const DECISION_LABELS = {
  approve: 'Approved',
  approve_conditional: 'Approved with condition',
  reject: 'Rejected',
  revoke: 'Approval revoked',
  accept: 'Risk accepted',
} as const satisfies Record<RecordDecision, string>;

/** What kind of problem verify found, as the verify banner heads each one. */
export const VERIFY_PROBLEM_LABELS = {
  missing_record: 'Record missing',
  broken_link: 'Chain broken',
  altered: 'Record altered',
  unsigned: 'Unsigned record',
  bad_signature: 'Signature invalid',
  foreign_chain: 'Another installation',
  key_mismatch: 'Signing key replaced',
  no_key: 'Signing key not held',
  approval_missing: 'Signed off without approval',
  triggers_missing: 'Append-only protection removed',
  evidence_missing: 'Evidence file missing',
  evidence_changed: 'Evidence file changed',
  head_missing: 'Verified head unavailable',
  truncated: 'Ledger truncated or rolled back',
} as const satisfies Record<VerifyProblemKind, string>;

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
