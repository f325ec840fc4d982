import type { PlanView, WhatIfResult } from '../../../../shared/plan-schema';
import { formatDate } from '../../lib/format-date';
import { ForecastHealthBadge } from './ForecastHealthBadge';
import { businessDays, targetPhrase } from './plan-text';
import './forecast.css';
import './task-dialogs.css';

/** The scenario: new readiness date, how far it moves, and which tasks join or leave the critical path. */
export function WhatIfPreview({ view, result }: { view: PlanView; result: WhatIfResult }) {
  const titles = new Map(view.tasks.map((t) => [t.id, t.title]));
  const added = result.criticalAdded.map((id) => titles.get(id) ?? id);
  const removed = result.criticalRemoved.map((id) => titles.get(id) ?? id);
  const delta = result.finishDeltaDays;
  return (
    <section className="whatif-preview" aria-label="What-if preview" aria-live="polite">
      <div className="whatif-result">
        <div>
          <p className="whatif-label">New readiness date</p>
          <p className="whatif-date">{formatDate(result.scenarioFinish)}</p>
        </div>
        <div>
          <p className="whatif-label">Change</p>
          <p className={delta > 0 ? 'whatif-delta slip-later' : delta < 0 ? 'whatif-delta slip-earlier' : 'whatif-delta'}>
            {delta === 0 ? 'No change' : `${businessDays(delta)} ${delta > 0 ? 'later' : 'earlier'}`}
          </p>
          <p className="field-hint">than the current forecast, {formatDate(result.currentFinish)}</p>
        </div>
        <div>
          <p className="whatif-label">Against the target</p>
          <p className="whatif-target">
            <ForecastHealthBadge pastTarget={result.scenarioBusinessDaysPastTarget} /> {targetPhrase(result.scenarioBusinessDaysPastTarget, view.targetDate, result.scenarioFinish, view.targetDayOff)}
          </p>
        </div>
      </div>
      {added.length === 0 && removed.length === 0 ? (
        <p className="muted">The critical path stays the same.</p>
      ) : (
        <div className="whatif-critical">
          {added.length > 0 ? (
            <div>
              <h4 className="whatif-label">Joins the critical path</h4>
              <ul className="bullet-list">
                {added.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {removed.length > 0 ? (
            <div>
              <h4 className="whatif-label">Leaves the critical path</h4>
              <ul className="bullet-list">
                {removed.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      )}
    </section>
  );
}
