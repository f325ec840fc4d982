import { ChecklistTab } from '../features/checklist/ChecklistTab';
import { EfficiencyTab } from '../features/efficiency/EfficiencyTab';
import { EntryPage } from '../features/entry/EntryPage';
import { TimelineTab } from '../features/timeline/TimelineTab';

/** The entry page with its Checklist, Timeline and Efficiency tabs: the one place the features meet. */
export function EntryScreen({ id }: { id: string }) {
  return <EntryPage id={id} checklistTab={<ChecklistTab />} timelineTab={<TimelineTab entryId={id} />} efficiencyTab={<EfficiencyTab entryId={id} />} />;
}
