import { Inbox } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { Button } from '../../components/Button';
import { Disclaimer } from '../../components/Disclaimer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { plural } from '../../lib/format-date';
import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useReference } from '../../stores/reference-store';
import { useReview } from '../../stores/review-store';
import { useRouter } from '../../stores/router-store';
import { useSettings } from '../../stores/settings-store';
import { DecisionDialog } from './DecisionDialog';
import { MarketFilter } from './MarketFilter';
import { ReviewQueueTable } from './ReviewQueueTable';
import { marketCounts, toReviewRow } from './review-row';
import { SettingsLink } from '../../components/SettingsLink';
import { SignoffRegisterExport } from '../../components/SignoffRegisterExport';
import { VerifyLedgerButton } from './VerifyLedgerButton';
import { VerifyResultBanner } from './VerifyResultBanner';
import './review.css';

/** Counsel's review queue: every item in review across active entries, by market, with verify and the decision dialog. */
export function ReviewPage({ market }: { market: string | undefined }) {
  useDocumentTitle('Review queue');
  const queue = useReview((s) => s.queue);
  const error = useReview((s) => s.queueError);
  const loadQueue = useReview((s) => s.loadQueue);
  const settings = useSettings((s) => s.settings);
  const countries = useReference((s) => s.countriesByCode);
  const navigate = useRouter((s) => s.navigate);

  // Opening the page brings the queue up to date (another window may have changed it).
  useEffect(() => {
    void loadQueue();
  }, [loadQueue]);

  const rows = useMemo(() => (queue ?? []).map((q) => toReviewRow(q, countries)), [queue, countries]);
  const counts = useMemo(() => marketCounts(queue ?? [], countries), [queue, countries]);
  const chosen = market ? counts.find((c) => c.entryId === market) : undefined;
  const shown = market ? (chosen?.count ?? 0) : rows.length;
  const stale = rows.filter((r) => r.entry.item.staleReason).length;

  const subtitle = !queue
    ? 'Every checklist item awaiting a legal decision, across all active market entries.'
    : rows.length === 0
      ? 'Nothing is waiting for a decision.'
      : `${plural(rows.length, 'item')} awaiting a decision in ${plural(counts.length, 'market')}${stale > 0 ? ` · ${stale} stale ${stale === 1 ? 'approval needs' : 'approvals need'} re-review` : ''}`;

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Review queue</h1>
          <p className="page-subtitle">{subtitle}</p>
        </div>
        <div className="page-actions">
          <VerifyLedgerButton />
        </div>
      </header>
      <Disclaimer />
      <VerifyResultBanner />
      <ErrorAlert message={error} />
      {settings && settings.role !== 'legal' ? (
        <p className="inline-note review-role-note">
          {settings.role ? (
            <>
              You are set as <strong>{ROLE_LABELS[settings.role]}</strong>:
            </>
          ) : (
            'Your role is not set:'
          )}{' '}
          you can read the queue and reject an item with a reason; approving needs the Legal role. Roles are self-declared in <SettingsLink />.
        </p>
      ) : null}
      {!queue ? (
        error ? null : <p className="loading">Loading the review queue…</p>
      ) : rows.length === 0 && !market ? (
        <div className="empty-state">
          <Inbox size={32} aria-hidden="true" className="empty-icon" />
          <h2>Nothing to review</h2>
          <p>
            Items appear here when someone sets their status to <strong>In review</strong> on an entry's checklist. Approvals that turn stale (their evidence
            or requirement changed, or a condition expired) come back here too.
          </p>
          <div className="empty-actions">
            <Button onClick={() => navigate({ name: 'portfolio' })}>Go to the portfolio</Button>
          </div>
        </div>
      ) : (
        <section className="panel panel-flush" aria-labelledby="queue-title">
          <header className="panel-header">
            <div>
              <h2 id="queue-title" className="panel-title">
                Awaiting a decision
              </h2>
              <p className="table-count" role="status">
                {market ? `Showing ${shown} of ${plural(rows.length, 'item')}` : plural(rows.length, 'item')}
              </p>
            </div>
            {chosen ? <SignoffRegisterExport entryId={chosen.entryId} entryName={chosen.entryName} /> : null}
          </header>
          <MarketFilter counts={counts} total={rows.length} market={market} />
          {shown === 0 ? (
            <div className="table-empty">
              <p>Nothing is left to review for this market.</p>
              <Button onClick={() => navigate({ name: 'review' })}>Show all markets</Button>
            </div>
          ) : (
            <ReviewQueueTable rows={rows} market={market} />
          )}
        </section>
      )}
      <DecisionDialog />
    </div>
  );
}
