import { ChecklistTab } from '../features/checklist/ChecklistTab';
import { EntryPage } from '../features/entry/EntryPage';
import { RiskForecastLine } from '../features/risks/RiskForecastLine';
import { RisksTab } from '../features/risks/RisksTab';
import { TimelineTab } from '../features/timeline/TimelineTab';

/** The entry page with its Checklist, Timeline and Risks tabs: the one place those features meet. */
export function EntryScreen({ id }: { id: string }) {
  return (
    <EntryPage
      id={id}
      checklistTab={<ChecklistTab />}
      timelineTab={<TimelineTab entryId={id} forecastExtra={(refreshKey) => <RiskForecastLine entryId={id} refreshKey={refreshKey} />} />}
      risksTab={<RisksTab entryId={id} />}
      overviewExtra={<RiskForecastLine entryId={id} compact />}
    />
  );
}
