import { Button } from '../../components/Button';
import { ChangeGroup } from '../../components/ChangeGroup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../lib/format-date';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';
import { PlanNoticeBar } from './PlanNoticeBar';
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

  return (
    <PlanNoticeBar
      label="Checklist changes"
      action={
        <ConfirmDialog
          trigger={<Button className="btn-small">Review</Button>}
          title="Update the plan from the checklist?"
          description="Nothing changes until you apply. Retired tasks leave the plan with their links."
          cancelLabel="Not now"
          confirmLabel="Apply changes"
          variant="primary"
          size="medium"
          onConfirm={applySync}
          onConfirmed={() => useNotice.getState().show('Updated the plan from the checklist.')}
        >
          {sync.add.length > 0 ? (
            <ChangeGroup kind="add" title="Tasks to add">
              <ul className="diff-list">
                {sync.add.map((a) => (
                  <li key={a.itemId}>
                    <span className="diff-title">{a.taskTitle}</span>
                    <span className="change-detail">
                      {WORKSTREAM_LABELS[a.workstream]} · {businessDays(a.durationDays)} · for “{a.itemTitle}”
                    </span>
                  </li>
                ))}
              </ul>
            </ChangeGroup>
          ) : null}
          {sync.retire.length > 0 ? (
            <ChangeGroup kind="remove" title="Tasks to retire">
              <ul className="diff-list">
                {sync.retire.map((r) => (
                  <li key={r.taskId}>
                    <span className="diff-title">{r.title}</span>
                    <span className="change-detail">{r.reason}</span>
                  </li>
                ))}
              </ul>
            </ChangeGroup>
          ) : null}
        </ConfirmDialog>
      }
    >
      The checklist changed: {parts.join(', ')}.
    </PlanNoticeBar>
  );
}
