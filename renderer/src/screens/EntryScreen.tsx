import { lazy, Suspense } from 'react';
import { ChecklistTab } from '../features/checklist/ChecklistTab';
import { EfficiencyTab } from '../features/efficiency/EfficiencyTab';
import { EntryPage } from '../features/entry/EntryPage';
import { RiskForecastLine } from '../features/risks/RiskForecastLine';
import { RisksTab } from '../features/risks/RisksTab';

/** The timeline (Gantt, task table, exports) loads as its own chunk, the first time a Timeline tab opens. */
const TimelineTab = lazy(() => import('../features/timeline/TimelineTab').then((m) => ({ default: m.TimelineTab })));

/** The entry page with its Checklist, Timeline, Risks and Efficiency tabs: the one place the features meet. */
export function EntryScreen({ id }: { id: string }) {
  return (
    <EntryPage
      id={id}
      checklistTab={<ChecklistTab />}
      efficiencyTab={<EfficiencyTab entryId={id} />}
      timelineTab={
        <Suspense fallback={<p className="loading">Loading the timeline…</p>}>
          <TimelineTab entryId={id} forecastExtra={(refreshKey) => <RiskForecastLine entryId={id} refreshKey={refreshKey} />} />
        </Suspense>
      }
      risksTab={<RisksTab entryId={id} />}
      overviewExtra={<RiskForecastLine entryId={id} compact />}
    />
  );
}
