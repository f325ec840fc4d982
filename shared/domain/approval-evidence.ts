/**
 * Approving an item that holds no evidence is allowed, but counsel must say why: the
 * comment becomes required. The decision dialog and the sign-off service judge it here.
 */
import type { Decision } from '../signoff-schema';

/** The refusal (and the form's message) when the comment is missing. */
export const NO_EVIDENCE_COMMENT = 'Comment: this item holds no evidence, so write why you approve it without any.';

/** The warning the decision dialog shows over an item without evidence. */
export const NO_EVIDENCE_WARNING = 'This item holds no evidence. You can still approve it, but the comment is required: say why no evidence is needed.';

/** True when `decision` is an approval of an item with no evidence and no comment was written. */
export function approvalNeedsComment(decision: Decision | undefined, evidenceCount: number, comment: string): boolean {
  return (decision === 'approve' || decision === 'approve_conditional') && evidenceCount === 0 && comment.trim() === '';
}
