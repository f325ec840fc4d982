import type { LedgerRecord } from '../../../shared/signoff-schema';
import { formatDate, formatDateTime } from '../lib/format-date';
import { labelFor } from '../lib/requirement-labels';
import { ROLE_LABELS } from '../../../shared/vocabulary/entry';
import { DecisionBadge } from './DecisionBadge';
import { HashValue } from './HashValue';
import './details.css';
import './evidence.css';
import './ledger.css';

/** One ledger record: the decision, who made it (name, declared role, OS user), when, why, and what was signed. */
export function HistoryRecord({ record: r }: { record: LedgerRecord }) {
  const reasonLabel = r.decision === 'reject' || r.decision === 'revoke' ? 'Reason' : 'Comment';
  return (
    <li className="ledger-record" aria-label={`Record ${r.seq}`}>
      <div className="ledger-record-head">
        <DecisionBadge decision={r.decision} />
        <time dateTime={r.at} className="ledger-time">
          {formatDateTime(r.at)}
        </time>
      </div>
      <p className="ledger-signer">
        by <strong>{r.signerName}</strong> · {labelFor(ROLE_LABELS, r.signerRole)} (declared) · OS user <strong>{r.osUser}</strong>
      </p>
      {r.conditionText ? (
        <p className="ledger-text">
          <span className="ledger-text-label">Condition</span> {r.conditionText}
          {r.conditionExpires ? <span className="ledger-expiry"> — expires {formatDate(r.conditionExpires)}</span> : null}
        </p>
      ) : null}
      {r.comment ? (
        <p className="ledger-text">
          <span className="ledger-text-label">{reasonLabel}</span> {r.comment}
        </p>
      ) : null}
      <dl className="ledger-facts" aria-label="What was signed">
        <div>
          <dt>Record</dt>
          <dd className="figure">#{r.seq}</dd>
        </div>
        <div>
          <dt>Requirement</dt>
          <dd>{r.requirementId ? <code className="req-id">{r.requirementId}</code> : <span className="muted">Custom item</span>}</dd>
        </div>
        {r.packVersion ? (
          <div>
            <dt>Pack version</dt>
            <dd>
              <code className="req-id">
                {r.packId} {r.packVersion}
              </code>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Content hash</dt>
          <dd>
            <HashValue value={r.contentHash} label={`content hash of record ${r.seq}`} />
          </dd>
        </div>
        <div>
          <dt>Evidence hashes</dt>
          <dd>
            {r.evidenceHashes.length === 0 ? (
              <span className="muted">No evidence</span>
            ) : (
              <ul className="ledger-hash-list">
                {r.evidenceHashes.map((h, i) => (
                  <li key={h}>
                    <HashValue value={h} label={`evidence hash ${i + 1} of record ${r.seq}`} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Record hash</dt>
          <dd>
            <HashValue value={r.hash} label={`hash of record ${r.seq}`} />
          </dd>
        </div>
      </dl>
    </li>
  );
}
