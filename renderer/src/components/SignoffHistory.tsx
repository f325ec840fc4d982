import { useEffect, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { useReview } from '../stores/review-store';
import { HistoryRecord } from './HistoryRecord';
import { SheetSection } from './Section';
import './badges.css';
import './sheet.css';
import './evidence.css';
import './ledger.css';

interface SignoffHistoryProps {
  itemId: string;
  /** Changes whenever the item does (its `updatedAt`), so the history is read again. */
  version: string;
  /** Actions under the list (revoking an approval). */
  children?: ReactNode;
}

/** Every sign-off decision on an item, oldest first, as the ledger holds it. */
export function SignoffHistory({ itemId, version, children }: SignoffHistoryProps) {
  const records = useReview((s) => s.histories[itemId]);
  const error = useReview((s) => s.historyErrors[itemId]);
  const loadHistory = useReview((s) => s.loadHistory);
  const titleId = `signoff-history-${itemId}`;

  useEffect(() => {
    void loadHistory(itemId);
  }, [itemId, version, loadHistory]);

  return (
    <SheetSection id={titleId} title={<>Sign-off history {records ? <span className="count-pill">{records.length}</span> : null}</>}>
      <ErrorAlert message={error} />
      {!records ? (
        error ? null : <p className="muted">Loading the history…</p>
      ) : records.length === 0 ? (
        <p className="muted evidence-empty">No decisions yet. Approvals, rejections and revocations are recorded here, each chained to the one before.</p>
      ) : (
        <ol className="ledger-list" aria-label="Sign-off decisions">
          {records.map((r) => (
            <HistoryRecord key={r.id} record={r} />
          ))}
        </ol>
      )}
      {children}
    </SheetSection>
  );
}
