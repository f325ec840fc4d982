import { useEffect } from 'react';
import { RISK_CATEGORIES, RISK_STAGES, type RiskCategory, type RiskStage } from '../../../../shared/risks/risk-enums';
import { RISK_CATEGORY_LABELS, RISK_STAGE_LABELS } from '../../../../shared/vocabulary/risks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../lib/format-date';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useEntries } from '../../stores/entries-store';
import { useRiskPortfolio } from '../../stores/risk-portfolio-store';
import { useRouter } from '../../stores/router-store';
import { RiskHeatMap } from './RiskHeatMap';
import { levelLabel } from './risk-text';
import './risks.css';

/** Risks across every active market: the portfolio heat map (by category and region), overdue reviews and expired acceptances. */
export function PortfolioRisksPage() {
  useDocumentTitle('Risks');
  const { filter, heatmap, matrix, overdue, queue, error, load, setFilter } = useRiskPortfolio();
  const entries = useEntries((s) => s.entries);
  const loadEntries = useEntries((s) => s.load);
  const navigate = useRouter((s) => s.navigate);
  useEffect(() => {
    void load();
    if (!entries) void loadEntries();
  }, [load, loadEntries, entries]);
  const names = new Map((entries ?? []).map((e) => [e.id, e.name]));
  const openEntry = (entryId: string) => navigate({ name: 'entry', id: entryId, tab: 'risks' });

  return (
    <div className="page risks-page">
      <header className="page-header">
        <div>
          <h1>Risks across the portfolio</h1>
          <p className="page-subtitle muted">Every active market's risks on the matrix{matrix ? ` “${matrix.name}”` : ''}; select a risk to open its market's register.</p>
        </div>
      </header>
      <ErrorAlert message={error} />
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="prisk-cat" className="toolbar-label">
            Category
          </label>
          <select id="prisk-cat" className="input select" value={filter.category ?? ''} onChange={(e) => void setFilter({ category: (e.target.value || null) as RiskCategory | null })}>
            <option value="">All categories</option>
            {RISK_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {RISK_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor="prisk-region" className="toolbar-label">
            Region
          </label>
          <select id="prisk-region" className="input select" value={filter.region ?? ''} onChange={(e) => void setFilter({ region: e.target.value || null })}>
            <option value="">All regions</option>
            {(heatmap?.regions ?? []).map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-field">
          <label htmlFor="prisk-stage" className="toolbar-label">
            Placed by
          </label>
          <select id="prisk-stage" className="input select" value={filter.stage} onChange={(e) => void setFilter({ stage: e.target.value as RiskStage })}>
            {RISK_STAGES.map((s) => (
              <option key={s} value={s}>
                {RISK_STAGE_LABELS[s]} score
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="risks-page-grid">
        <section className="panel" aria-labelledby="portfolio-heatmap-title">
          <h2 id="portfolio-heatmap-title" className="panel-title">
            Portfolio heat map
          </h2>
          {heatmap && matrix ? <RiskHeatMap title="Portfolio heat map" heatmap={heatmap} matrix={matrix} onOpen={(_id, entryId) => openEntry(entryId)} entryName={(id) => names.get(id)} /> : <p className="loading">Loading…</p>}
        </section>
        <div className="risks-page-side">
          <section className="panel" aria-labelledby="portfolio-overdue-title">
            <h2 id="portfolio-overdue-title" className="panel-title">
              Overdue reviews <span className="tab-count">{(overdue?.total ?? 0).toLocaleString('en')}</span>
            </h2>
            {overdue && overdue.total > overdue.rows.length ? <p className="muted">The oldest {overdue.rows.length}, most overdue first.</p> : null}
            {overdue && overdue.rows.length > 0 ? (
              <ul className="overdue-list">
                {overdue.rows.map((o) => (
                  <li key={o.riskId}>
                    <button type="button" className="link-button" onClick={() => openEntry(o.entryId)}>
                      {o.title}
                    </button>{' '}
                    <span className="overdue-word">due {formatDate(o.nextReview)}</span>
                    <span className="muted">
                      {' '}
                      · {o.entryName} · {matrix ? levelLabel(matrix, o.level) : o.level} · {o.owner || 'no owner'}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No review is overdue.</p>
            )}
          </section>
          <section className="panel" aria-labelledby="portfolio-queue-title">
            <h2 id="portfolio-queue-title" className="panel-title">
              Expired acceptances <span className="tab-count">{queue?.length ?? 0}</span>
            </h2>
            <p className="table-count">Reopened when their acceptance ran out; waiting for their approver to accept them again or treat them.</p>
            {queue && queue.length > 0 ? (
              <ul className="overdue-list">
                {queue.map((q) => (
                  <li key={q.riskId}>
                    <button type="button" className="link-button" onClick={() => openEntry(q.entryId)}>
                      {q.title}
                    </button>{' '}
                    <span className="muted">
                      · {q.entryName} · approver {q.approverName} · expired {formatDate(q.expired)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">None.</p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
