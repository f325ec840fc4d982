import * as Tabs from '@radix-ui/react-tabs';
import { Inbox } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_REVIEW_SORT, REVIEW_VIEWS, type ReviewView } from '../../../../shared/signoff-schema';
import { REVIEW_VIEW_DESCRIPTIONS, REVIEW_VIEW_LABELS } from '../../../../shared/vocabulary/signoff';
import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import { Button } from '../../components/Button';
import { Disclaimer } from '../../components/Disclaimer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SearchField } from '../../components/SearchField';
import { SettingsLink } from '../../components/SettingsLink';
import { SignoffRegisterExport } from '../../components/SignoffRegisterExport';
import { formatCount, plural } from '../../lib/format-date';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useEntries } from '../../stores/entries-store';
import { countryName, useReference } from '../../stores/reference-store';
import { REVIEW_PAGE_SIZE, useReview } from '../../stores/review-store';
import { useRouter } from '../../stores/router-store';
import { useSettings } from '../../stores/settings-store';
import { DecisionDialog } from './DecisionDialog';
import { MarketFilter } from './MarketFilter';
import { QueuePager } from './QueuePager';
import { ReviewQueueTable } from './ReviewQueueTable';
import { marketCounts, toReviewRow, type MarketCount } from './review-row';
import { VerifyLedgerButton } from './VerifyLedgerButton';
import { VerifyResultBanner } from './VerifyResultBanner';
import '../../components/tabs.css';
import './review-queue.css';
import './decision-dialog.css';
import './verify.css';

/**
 * Counsel's review queue across active entries, one page at a time from the backend: tabs for
 * pending items, live approvals, conditional approvals by expiry and rejections; a market
 * (in the address) and words to look for; verify and the decision dialog.
 */
export function ReviewPage({ market }: { market: string | undefined }) {
  useDocumentTitle('Review queue');
  const queue = useReview((s) => s.queue);
  const query = useReview((s) => s.query);
  const counts = useReview((s) => s.counts);
  const error = useReview((s) => s.queueError);
  const setQuery = useReview((s) => s.setQuery);
  const loadCounts = useReview((s) => s.loadCounts);
  const settings = useSettings((s) => s.settings);
  const countries = useReference((s) => s.countriesByCode);
  const entries = useEntries((s) => s.entries);
  const navigate = useRouter((s) => s.navigate);
  const [text, setText] = useState(query.text);

  // Opening the page (or choosing a market in the address) brings the rows up to date first,
  // then the counts (the backend answers in turn: the rows should not wait behind the counts).
  useEffect(() => {
    void setQuery({ market: market ?? null }).then(() => loadCounts());
  }, [market, setQuery, loadCounts]);

  // Search as the user types, once they pause.
  useEffect(() => {
    if (text === useReview.getState().query.text) return;
    const t = setTimeout(() => void setQuery({ text }), 250);
    return () => clearTimeout(t);
  }, [text, setQuery]);

  const rows = useMemo(() => (queue?.rows ?? []).map((q) => toReviewRow(q, countries)), [queue, countries]);
  const pending = useMemo(() => marketCounts(counts?.pendingByMarket ?? [], countries), [counts, countries]);
  /** Every active market for the other tabs; pending counts beside each on the pending tab. */
  const markets = useMemo<MarketCount[]>(() => {
    if (query.view === 'pending' || !entries) return pending;
    return entries
      .filter((e) => !e.archived)
      .map((e) => ({ entryId: e.id, entryName: e.name, countryText: countryName(countries, e.targetCountry), count: -1 }))
      .sort((a, b) => a.entryName.localeCompare(b.entryName, 'en'));
  }, [query.view, entries, pending, countries]);
  const chosen = market ? (markets.find((c) => c.entryId === market) ?? pending.find((c) => c.entryId === market)) : undefined;
  const tabCount = (v: ReviewView) => (counts ? counts[v] : undefined);

  const subtitle = !counts
    ? 'Every checklist item awaiting a legal decision, across all active market entries.'
    : counts.pending === 0
      ? 'Nothing is waiting for a decision.'
      : `${plural(counts.pending, 'item')} awaiting a decision in ${plural(counts.pendingByMarket.length, 'market')}${counts.stale > 0 ? ` · ${counts.stale} stale ${counts.stale === 1 ? 'approval needs' : 'approvals need'} re-review` : ''}`;
  const nothingAtAll = counts !== null && REVIEW_VIEWS.every((v) => counts[v] === 0) && !market;
  const filtered = !!market || !!query.text;

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
          you can read the queue and reject an item with a reason; approving and revoking need the Legal role. Roles are self-declared in <SettingsLink />.
        </p>
      ) : null}
      {nothingAtAll ? (
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
        <Tabs.Root value={query.view} onValueChange={(v) => void setQuery({ view: v as ReviewView, sort: null })}>
          <Tabs.List className="review-tabs" aria-label="Review queue tabs">
            {REVIEW_VIEWS.map((v) => (
              <Tabs.Trigger key={v} value={v} className="tab">
                {REVIEW_VIEW_LABELS[v]}
                {tabCount(v) !== undefined ? <span className="tab-count">{formatCount(tabCount(v)!)}</span> : null}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {REVIEW_VIEWS.map((v) => (
            <Tabs.Content key={v} value={v} className="review-tab-panel">
              {v !== query.view ? null : (
                <section className="panel panel-flush" aria-labelledby="queue-title">
                  <header className="panel-header">
                    <div>
                      <h2 id="queue-title" className="panel-title">
                        {REVIEW_VIEW_DESCRIPTIONS[v]}
                      </h2>
                      <p className="table-count" role="status">
                        {queue ? `${plural(queue.total, 'item')}${filtered ? (queue.total === 1 ? ' matches' : ' match') : ''}` : 'Loading…'}
                      </p>
                    </div>
                    {chosen ? <SignoffRegisterExport entryId={chosen.entryId} entryName={chosen.entryName} /> : null}
                  </header>
                  <div className="toolbar" role="search" aria-label="Filter the review queue">
                    <MarketFilter counts={markets} total={v === 'pending' ? (counts?.pending ?? 0) : null} market={market} />
                    <SearchField id="review-search" label="Search" placeholder="Requirement or market" value={text} onChange={setText} />
                  </div>
                  {!queue ? (
                    error ? null : <p className="loading">Loading the review queue…</p>
                  ) : queue.total === 0 ? (
                    <div className="table-empty">
                      <p>{filtered ? 'Nothing here matches the market and words chosen.' : v === 'pending' ? 'Every item has a decision: none is pending.' : 'Nothing in this tab yet.'}</p>
                      {filtered ? (
                        <Button
                          onClick={() => {
                            setText('');
                            void setQuery({ text: '' });
                            navigate({ name: 'review' });
                          }}
                        >
                          Show all markets
                        </Button>
                      ) : null}
                    </div>
                  ) : (
                    <>
                      <ReviewQueueTable rows={rows} view={v} sort={query.sort ?? DEFAULT_REVIEW_SORT[v]} />
                      <QueuePager page={query.page} pageSize={REVIEW_PAGE_SIZE} total={queue.total} onPage={(page) => void setQuery({ page })} />
                    </>
                  )}
                </section>
              )}
            </Tabs.Content>
          ))}
        </Tabs.Root>
      )}
      <DecisionDialog />
    </div>
  );
}
