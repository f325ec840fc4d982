import type { RecordDecision } from '../../../shared/signoff-schema';
import { DECISION_TONES } from '../lib/decision-labels';
import { DECISION_LABELS } from '../../../shared/vocabulary/signoff';
import './badges.css';

/** A recorded decision: a coloured dot and always its label. */
export function DecisionBadge({ decision }: { decision: RecordDecision }) {
  return (
    <span className={`badge ${DECISION_TONES[decision]}`}>
      <span className="badge-dot" aria-hidden="true" />
      {DECISION_LABELS[decision]}
    </span>
  );
}
