/** How sign-off decisions look on screen (their words are in shared/vocabulary/signoff). */
import type { RecordDecision } from '../../../shared/signoff-schema';

/** The badge colour class for a decision (always shown with its label). */
export const DECISION_TONES: Record<RecordDecision, string> = {
  approve: 'decision-approve',
  approve_conditional: 'decision-conditional',
  reject: 'decision-reject',
  revoke: 'decision-revoke',
  accept: 'decision-conditional',
};
