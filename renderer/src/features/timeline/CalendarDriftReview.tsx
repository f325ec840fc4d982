import type { CalendarDrift } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { ChangeGroup } from '../../components/ChangeGroup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
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
  if (!drift || (drift.added.length === 0 && drift.removed.length === 0)) return null;

  return (
    <PlanNoticeBar
      label="Holiday data changes"
      action={
        <ConfirmDialog
          trigger={<Button className="btn-small">Review</Button>}
          title="Use the new holiday data?"
          description="The plan keeps the holidays it was made with until you accept. Accepting reschedules the plan; the dates you set for estimated holidays are kept."
          cancelLabel="Keep current holidays"
          confirmLabel="Accept update"
          variant="primary"
          size="medium"
          onConfirm={acceptCalendarUpdate}
          onConfirmed={() => useNotice.getState().show('The plan now uses the current holiday data.')}
        >
          {drift.added.length > 0 ? (
            <ChangeGroup kind="add" title="New holidays">
              <HolidayItems holidays={drift.added} />
            </ChangeGroup>
          ) : null}
          {drift.removed.length > 0 ? (
            <ChangeGroup kind="remove" title="No longer holidays">
              <HolidayItems holidays={drift.removed} />
            </ChangeGroup>
          ) : null}
        </ConfirmDialog>
      }
    >
      Holiday data changed since this plan was made.
    </PlanNoticeBar>
  );
}
