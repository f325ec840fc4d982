/** The words for sign-off decisions: the history on screen, the notices and the sign-off register export. */
import type { Decision } from '../signoff-schema';

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
