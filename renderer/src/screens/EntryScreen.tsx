import { ChecklistTab } from '../features/checklist/ChecklistTab';
import { EntryPage } from '../features/entry/EntryPage';
import { TimelineTab } from '../features/timeline/TimelineTab';

/** The entry page with its Checklist and Timeline tabs: the one place the three features meet. */
export function EntryScreen({ id }: { id: string }) {
  return <EntryPage id={id} checklistTab={<ChecklistTab />} timelineTab={<TimelineTab entryId={id} />} />;
}
