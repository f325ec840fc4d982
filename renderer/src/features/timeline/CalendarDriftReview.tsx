import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { Minus, Plus } from 'lucide-react';
import { useState } from 'react';
import type { CalendarDrift } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { formatDate } from '../../lib/format-date';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';
import { PlanNoticeBar } from './PlanNoticeBar';

function HolidayItems({ holidays }: { holidays: CalendarDrift['added'] }) {
  return (
    <ul className="diff-list">
      {holidays.map((h) => (
        <li key={`${h.date}-${h.name}`}>
          <span className="diff-title">{h.name}</span>
          <span className="change-detail">
            {formatDate(h.date)}
            {h.estimated ? ' (estimated)' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Holiday data changed since this plan was made — Review": the plan keeps the holidays
 * it was made with until the user accepts the new data.
 */
export function CalendarDriftReview() {
  const drift = useTimeline((s) => s.drift);
  const acceptCalendarUpdate = useTimeline((s) => s.acceptCalendarUpdate);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!drift || (drift.added.length === 0 && drift.removed.length === 0)) return null;

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      await acceptCalendarUpdate();
      setOpen(false);
      useNotice.getState().show('The plan now uses the current holiday data.');
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
        label="Holiday data changes"
        action={
          <AlertDialog.Trigger asChild>
            <Button className="btn-small">Review</Button>
          </AlertDialog.Trigger>
        }
      >
        Holiday data changed since this plan was made.
      </PlanNoticeBar>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog-medium">
          <header className="dialog-header">
            <div>
              <AlertDialog.Title className="dialog-title">Use the new holiday data?</AlertDialog.Title>
              <AlertDialog.Description className="dialog-description">
                The plan keeps the holidays it was made with until you accept. Accepting reschedules the plan; the dates you set for estimated holidays are kept.
              </AlertDialog.Description>
            </div>
          </header>
          <div className="dialog-body">
            {drift.added.length > 0 ? (
              <div className="change-group change-add">
                <h3 className="change-group-title">
                  <Plus size={16} aria-hidden="true" /> New holidays
                </h3>
                <HolidayItems holidays={drift.added} />
              </div>
            ) : null}
            {drift.removed.length > 0 ? (
              <div className="change-group change-remove">
                <h3 className="change-group-title">
                  <Minus size={16} aria-hidden="true" /> No longer holidays
                </h3>
                <HolidayItems holidays={drift.removed} />
              </div>
            ) : null}
            <ErrorAlert message={error} />
          </div>
          <footer className="dialog-footer">
            <AlertDialog.Cancel asChild>
              <Button>Keep current holidays</Button>
            </AlertDialog.Cancel>
            <Button variant="primary" disabled={busy} onClick={() => void accept()}>
              Accept update
            </Button>
          </footer>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
