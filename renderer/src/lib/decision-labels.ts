/** Readable names for sign-off decisions, as the history and the notices say them. */
import type { Decision } from '../../../shared/signoff-schema';

export const DECISION_LABELS: Record<Decision, string> = {
  approve: 'Approved',
  approve_conditional: 'Approved with condition',
  reject: 'Rejected',
  revoke: 'Approval revoked',
};

/** The badge colour class for a decision (always shown with its label). */
export const DECISION_TONES: Record<Decision, string> = {
  approve: 'decision-approve',
  approve_conditional: 'decision-conditional',
  reject: 'decision-reject',
  revoke: 'decision-revoke',
};

/** "Comment: write the reason …" → "Write the reason …": beside its field, the label already names it. */
export function withoutFieldPrefix(message: string): string {
  const m = /^[A-Z][A-Za-z ]{0,24}: (.+)$/.exec(message);
  if (!m?.[1]) return message;
  return m[1].charAt(0).toUpperCase() + m[1].slice(1);
}
