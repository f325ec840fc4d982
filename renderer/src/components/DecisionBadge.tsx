import type { Decision } from '../../../shared/signoff-schema';
import { DECISION_LABELS, DECISION_TONES } from '../lib/decision-labels';

/** A recorded decision: a coloured dot and always its label. */
export function DecisionBadge({ decision }: { decision: Decision }) {
  return (
    <span className={`badge ${DECISION_TONES[decision]}`}>
      <span className="badge-dot" aria-hidden="true" />
      {DECISION_LABELS[decision]}
    </span>
  );
}
