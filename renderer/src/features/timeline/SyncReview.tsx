import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { Minus, Plus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { plural } from '../../lib/format-date';
import { WORKSTREAM_LABELS } from '../../lib/requirement-labels';
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
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!sync || (sync.add.length === 0 && sync.retire.length === 0)) return null;

  const parts = [sync.add.length > 0 ? `${plural(sync.add.length, 'task')} to add` : null, sync.retire.length > 0 ? `${sync.retire.length} to retire` : null].filter(Boolean);

  async function apply() {
    setBusy(true);
    setError(null);
    try {
      await applySync();
      setOpen(false);
      useNotice.getState().show('Updated the plan from the checklist.');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setError(null);
      }}
    >
      <PlanNoticeBar
        label="Checklist changes"
        action={
          <AlertDialog.Trigger asChild>
            <Button className="btn-small">Review</Button>
          </AlertDialog.Trigger>
        }
      >
        The checklist changed: {parts.join(', ')}.
      </PlanNoticeBar>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog-medium">
          <header className="dialog-header">
            <div>
              <AlertDialog.Title className="dialog-title">Update the plan from the checklist?</AlertDialog.Title>
              <AlertDialog.Description className="dialog-description">Nothing changes until you apply. Retired tasks leave the plan with their links.</AlertDialog.Description>
            </div>
          </header>
          <div className="dialog-body">
            {sync.add.length > 0 ? (
              <div className="change-group change-add">
                <h3 className="change-group-title">
                  <Plus size={16} aria-hidden="true" /> Tasks to add
                </h3>
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
              </div>
            ) : null}
            {sync.retire.length > 0 ? (
              <div className="change-group change-remove">
                <h3 className="change-group-title">
                  <Minus size={16} aria-hidden="true" /> Tasks to retire
                </h3>
                <ul className="diff-list">
                  {sync.retire.map((r) => (
                    <li key={r.taskId}>
                      <span className="diff-title">{r.title}</span>
                      <span className="change-detail">{r.reason}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <ErrorAlert message={error} />
          </div>
          <footer className="dialog-footer">
            <AlertDialog.Cancel asChild>
              <Button>Not now</Button>
            </AlertDialog.Cancel>
            <Button variant="primary" disabled={busy} onClick={() => void apply()}>
              Apply changes
            </Button>
          </footer>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
