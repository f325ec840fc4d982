import type { CalendarDrift } from '../../../../shared/plan-schema';
import type { ChangeLine } from '../../components/ChangeGroup';
import { formatDate } from '../../lib/format-date';
import { useTimeline } from '../../stores/timeline-store';
import { PlanChangeReview } from './PlanChangeReview';

function holidayLines(holidays: CalendarDrift['added']): ChangeLine[] {
  return holidays.map((h) => ({ key: `${h.date}-${h.name}`, title: h.name, detail: `${formatDate(h.date)}${h.estimated ? ' (estimated)' : ''}` }));
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
    <PlanChangeReview
      label="Holiday data changes"
      title="Use the new holiday data?"
      description="The plan keeps the holidays it was made with until you accept. Accepting reschedules the plan; the dates you set for estimated holidays are kept."
      cancelLabel="Keep current holidays"
      confirmLabel="Accept update"
      add={{ title: 'New holidays', lines: holidayLines(drift.added) }}
      remove={{ title: 'No longer holidays', lines: holidayLines(drift.removed) }}
      onConfirm={acceptCalendarUpdate}
      done="The plan now uses the current holiday data."
    >
      Holiday data changed since this plan was made.
    </PlanChangeReview>
  );
}
