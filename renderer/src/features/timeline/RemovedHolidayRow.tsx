import { Button } from '../../components/Button';
import { formatDate } from '../../lib/format-date';
import { useTimeline } from '../../stores/timeline-store';
import { CalendarDay, useCalendarEdit } from './use-calendar-edit';
import './calendar.css';

/** An estimated holiday the user marked "not a day off this time", with Undo. */
export function RemovedHolidayRow({ date, entryId }: { date: string; entryId: string }) {
  const mutate = useTimeline((s) => s.mutate);
  const { busy, save, alert } = useCalendarEdit();
  const version = useTimeline((s) => s.view?.version ?? 0);
  const undo = () => save(() => mutate('plan.overrideHoliday', { entryId, version, date, newDate: null, clear: true }));

  return (
    <li className="plan-holiday is-removed">
      <div className="plan-holiday-line">
        <CalendarDay date={date} />
        <span className="plan-holiday-name muted">Estimated holiday: not a day off this time</span>
        <Button variant="ghost" className="btn-small" disabled={busy} aria-label={`Undo: make ${formatDate(date)} a holiday again`} onClick={() => void undo()}>
          Undo
        </Button>
      </div>
      {alert}
    </li>
  );
}
