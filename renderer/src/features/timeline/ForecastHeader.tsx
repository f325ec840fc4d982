import type { ReactNode } from 'react';
import type { PlanView } from '../../../../shared/plan-schema';
import { formatDate, plural } from '../../lib/format-date';
import { AddTaskDialog } from './AddTaskDialog';
import { ExportDialog } from './ExportDialog';
import { ImportMspdiButton } from './ImportMspdiButton';
import { BaselinePicker } from './BaselinePicker';
import { ForecastHealthBadge } from './ForecastHealthBadge';
import { SaveBaselineDialog } from './SaveBaselineDialog';
import { StatusDateControl } from './StatusDateControl';
import { WhatIfDialog } from './WhatIfDialog';
import { forecastSentence } from './plan-text';
import { dayOffInWords } from '../../../../shared/vocabulary/calendar';
import './forecast.css';

/** The forecast in words against the target, its status, and the controls that change what the plan is compared with. */
export function ForecastHeader({ view, extra }: { view: PlanView; extra?: ReactNode }) {
  const criticalCount = view.tasks.filter((t) => t.schedule.critical && !t.isReadiness).length;
  return (
    <section className="panel forecast-panel" aria-labelledby="forecast-headline">
      <div className="forecast-top">
        <div className="forecast-words">
          <div className="forecast-title-row">
            <h2 id="forecast-headline" className="forecast-headline" aria-live="polite">
              {forecastSentence(view)}
            </h2>
            <ForecastHealthBadge pastTarget={view.businessDaysPastTarget} />
          </div>
          <p className="forecast-detail">
            Plan starts {formatDate(view.projectStart)} · {plural(view.tasks.length - 1, 'task')} · {plural(criticalCount, 'task')} on the critical path
          </p>
          {view.targetDayOff ? (
            <p className="forecast-detail target-day-off">
              The target date, {formatDate(view.targetDate)}, is not a working day ({dayOffInWords(view.targetDayOff.dayOff)}); the last working day before it is{' '}
              {formatDate(view.targetDayOff.lastWorkingDay)}.
            </p>
          ) : null}
          {extra}
        </div>
      </div>
      <div className="forecast-controls">
        <StatusDateControl view={view} />
        <BaselinePicker view={view} />
        <div className="forecast-actions">
          <SaveBaselineDialog baselineCount={view.baselines.length} />
          <WhatIfDialog view={view} />
          <AddTaskDialog view={view} />
          <ExportDialog entryId={view.entryId} />
          <ImportMspdiButton entryId={view.entryId} />
        </div>
      </div>
    </section>
  );
}
