/** How sign-off decisions look on screen (their words are in shared/vocabulary/signoff). */
import type { Decision } from '../../../shared/signoff-schema';

/** The badge colour class for a decision (always shown with its label). */
export const DECISION_TONES: Record<Decision, string> = {
  approve: 'decision-approve',
  approve_conditional: 'decision-conditional',
  reject: 'decision-reject',
  revoke: 'decision-revoke',
};
