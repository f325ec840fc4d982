import { Plus } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RiskView } from '../../../../shared/risk-schema';
import { RISK_STAGES, type RiskStage } from '../../../../shared/risks/risk-enums';
import { RISK_STAGE_LABELS } from '../../../../shared/vocabulary/risks';
import { buildHeatmap } from '../../../../shared/domain/risk-heatmap';
import { Button } from '../../components/Button';
import { ActionErrorAlert } from '../../components/ActionErrorAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../stores/notice-store';
import { useRisks } from '../../stores/risks-store';
import { useTimeline } from '../../stores/timeline-store';
import { useRiskPortfolio } from '../../stores/risk-portfolio-store';
import { AcceptRiskDialog } from './AcceptRiskDialog';
import { OverdueReviews } from './OverdueReviews';
import { RegisterFileActions } from './RegisterFileActions';
import { RiskForecastLine } from './RiskForecastLine';
import { RiskFormDialog } from './RiskFormDialog';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskRegisterTable } from './RiskRegisterTable';
import { RiskSuggestions } from './RiskSuggestions';
import type { RiskColumnActions } from './risk-columns';
import './risks.css';

/** An entry's risk register: suggestions, the register table, overdue reviews, the heat map and the risk-adjusted forecast. */
export function RisksTab({ entryId }: { entryId: string }) {
  const { risks, suggestions, matrix, error, load, open, openAccept, change, api, setActionError } = useRisks();
  const planView = useTimeline((s) => (s.entryId === entryId ? s.view : null));
  const loadPlan = useTimeline((s) => s.load);
  const reloadPlan = useTimeline((s) => s.reload);
  const [stage, setStage] = useState<RiskStage>('current');

  useEffect(() => {
    void load(entryId);
    if (!planView) void loadPlan(entryId);
  }, [entryId, load, loadPlan, planView]);

  const patch = useCallback<RiskColumnActions['patch']>(
    async (risk, p) => {
      setActionError(null);
      try {
        await change(() => api('risks.patch', { id: risk.id, version: risk.version, patch: p }));
        void useRiskPortfolio.getState().loadOverdue();
        return true;
      } catch (err) {
        setActionError(err);
        return false;
      }
    },
    [api, change, setActionError],
  );
  const actions = useMemo<RiskColumnActions>(() => ({ matrix, open, accept: openAccept, patch }), [matrix, open, openAccept, patch]);

  if (!risks || !matrix) {
    return (
      <div className="risks-tab">
        <ErrorAlert message={error} />
        {error ? null : <p className="loading">Loading the risk register…</p>}
      </div>
    );
  }

  const heatmap = buildHeatmap(
    matrix,
    risks.filter((r) => r.status !== 'closed' && r.status !== 'became_issue'),
    stage,
  );
  const reviewed = (r: RiskView) => {
    change(() => api('risks.markReviewed', { id: r.id, version: r.version }))
      .then(() => {
        useNotice.getState().show(`Recorded today's review of “${r.title}”.`);
        void useRiskPortfolio.getState().loadOverdue();
      })
      .catch((err: unknown) => setActionError(err));
  };
  const suggestionAction = (method: 'risks.acceptSuggestion' | 'risks.dismissSuggestion') => async (templateId: string) => {
    setActionError(null);
    try {
      await change(() => api(method, { entryId, templateId }));
    } catch (err) {
      setActionError(err);
    }
  };

  return (
    <div className="risks-tab">
      <section className="panel risks-summary" aria-labelledby="risks-title">
        <div className="risks-summary-top">
          <div>
            <h2 id="risks-title" className="panel-title">
              Risk register <span className="tab-count">{risks.length}</span>
            </h2>
            <p className="table-count">
              Scored on “{matrix.name}” (version {matrix.version}). {risks.filter((r) => r.aboveAppetite).length} above appetite ·{' '}
              {risks.filter((r) => r.reviewOverdue).length} reviews overdue.
            </p>
            <RiskForecastLine entryId={entryId} refreshKey={risks.map((r) => `${r.id}:${r.version}`).join(',')} />
          </div>
          <div className="risks-actions">
            <Button icon={Plus} variant="primary" onClick={() => open('new')}>
              New risk
            </Button>
            <RegisterFileActions onError={setActionError} />
          </div>
        </div>
      </section>
      <ActionErrorAlert store={useRisks} />
      <OverdueReviews risks={risks} onOpen={open} onReviewed={reviewed} />
      <RiskSuggestions suggestions={suggestions} onAccept={suggestionAction('risks.acceptSuggestion')} onDismiss={suggestionAction('risks.dismissSuggestion')} />
      <section className="panel panel-flush" aria-labelledby="register-title">
        <div className="panel-header">
          <h2 id="register-title" className="panel-title">
            Register
          </h2>
        </div>
        {risks.length === 0 ? <p className="empty-note">No risks yet: add a suggested one above or a risk of your own.</p> : <RiskRegisterTable risks={risks} actions={actions} />}
      </section>
      <section className="panel" aria-labelledby="entry-heatmap-title">
        <div className="panel-header heatmap-header">
          <h2 id="entry-heatmap-title" className="panel-title">
            Heat map
          </h2>
          <div className="stage-toggle" role="radiogroup" aria-label="Place risks by their score at">
            {RISK_STAGES.map((s) => (
              <button key={s} type="button" role="radio" aria-checked={stage === s} className={stage === s ? 'stage-option is-active' : 'stage-option'} onClick={() => setStage(s)}>
                {RISK_STAGE_LABELS[s]}
              </button>
            ))}
          </div>
        </div>
        <RiskHeatMap title="Entry heat map" heatmap={heatmap} matrix={matrix} onOpen={(id) => open(id)} />
      </section>
      <RiskFormDialog entryId={entryId} matrix={matrix} tasks={planView?.tasks ?? []} onPlanChanged={() => void reloadPlan()} />
      <AcceptRiskDialog />
    </div>
  );
}
