import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import { DECISION_LABELS } from '../../../../shared/vocabulary/signoff';
import type { QueueEntry } from '../../../../shared/signoff-schema';
import { RevokeForm } from '../../components/RevokeForm';
import { SettingsLink } from '../../components/SettingsLink';
import { formatDate, formatDateTime } from '../../lib/format-date';
import { useReview } from '../../stores/review-store';
import { useSettings } from '../../stores/settings-store';
import './review-queue.css';
import './decision-dialog.css';

/**
 * The decision side of an item that is not awaiting one (the approvals and rejections tabs):
 * its latest decision, and for a live approval the revoke form (legal only, with a reason).
 */
export function QueueRevoke({ entry }: { entry: QueueEntry }) {
  const settings = useSettings((s) => s.settings);
  const closeItem = useReview((s) => s.closeItem);
  const { item, latest } = entry;
  const hasName = !!settings?.displayName.trim();
  const isLegal = settings?.role === 'legal';
  return (
    <div className="decision-form">
      <div className="decision-form-body">
        <h3 className="sheet-section-title">Latest decision</h3>
        {latest ? (
          <p className="queue-latest">
            <strong>{DECISION_LABELS[latest.decision]}</strong> by {latest.signerName} on {formatDateTime(latest.at)}
            {latest.conditionText ? (
              <>
                {' '}
                — condition: {latest.conditionText}
                {latest.conditionExpires ? `, until ${formatDate(latest.conditionExpires)}` : ''}
              </>
            ) : null}
            {latest.comment ? <> — “{latest.comment}”</> : null}
          </p>
        ) : (
          <p className="muted">No decision is recorded for this item.</p>
        )}
        {item.status !== 'signed_off' ? (
          <p className="inline-note">The item returns to the Pending tab when the team sends it for review again.</p>
        ) : !hasName || !isLegal ? (
          <p className="decision-unavailable">
            {!hasName
              ? 'Set your display name in Settings before recording a decision: it is written into the ledger.'
              : `Only the Legal role may revoke an approval; ${settings?.role ? `you are set as ${ROLE_LABELS[settings.role]}` : 'your role is not set'}.`}{' '}
            <SettingsLink onLeave={closeItem}>Open Settings</SettingsLink>
          </p>
        ) : (
          <RevokeForm item={item} onDone={closeItem} />
        )}
      </div>
    </div>
  );
}
