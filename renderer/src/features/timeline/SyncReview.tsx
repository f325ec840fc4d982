import { plural } from '../../lib/format-date';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { useTimeline } from '../../stores/timeline-store';
import { PlanChangeReview } from './PlanChangeReview';
import { businessDays } from './plan-text';

/**
 * "The checklist changed: 2 tasks to add, 1 to retire — Review": the tasks the checklist's
 * changes call for, applied only when the user confirms.
 */
export function SyncReview() {
  const sync = useTimeline((s) => s.sync);
  const applySync = useTimeline((s) => s.applySync);
  if (!sync || (sync.add.length === 0 && sync.retire.length === 0)) return null;

  const parts = [sync.add.length > 0 ? `${plural(sync.add.length, 'task')} to add` : null, sync.retire.length > 0 ? `${sync.retire.length} to retire` : null].filter(Boolean);
  const toAdd = sync.add.map((a) => ({ key: a.itemId, title: a.taskTitle, detail: `${WORKSTREAM_LABELS[a.workstream]} · ${businessDays(a.durationDays)} · for “${a.itemTitle}”` }));
  const toRetire = sync.retire.map((r) => ({ key: r.taskId, title: r.title, detail: r.reason }));

  return (
    <PlanChangeReview
      label="Checklist changes"
      title="Update the plan from the checklist?"
      description="Nothing changes until you apply. Retired tasks leave the plan with their links."
      cancelLabel="Not now"
      confirmLabel="Apply changes"
      add={{ title: 'Tasks to add', lines: toAdd }}
      remove={{ title: 'Tasks to retire', lines: toRetire }}
      onConfirm={applySync}
      done="Updated the plan from the checklist."
    >
      The checklist changed: {parts.join(', ')}.
    </PlanChangeReview>
  );
}
