import { DateInput } from '../../components/DateInput';
import { useId, useState } from 'react';
import type { Holiday } from '../../../../shared/domain/calendar';
import { isRealDate } from '../../../../shared/domain/iso-date';
import type { PlanView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { formatDate } from '../../lib/format-date';
import { useTimeline } from '../../stores/timeline-store';
import { CalendarDay, useCalendarEdit } from './use-calendar-edit';
import './calendar.css';

/**
 * One public holiday of the plan. An estimated (Islamic-calendar) one offers
 * "Set actual date" — the announced day, or not a day off this time; a moved one can be undone.
 */
export function HolidayRow({ holiday, view }: { holiday: Holiday; view: PlanView }) {
  const id = useId();
  const mutate = useTimeline((s) => s.mutate);
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState(holiday.date);
  const { busy, save, alert } = useCalendarEdit();
  const movedFrom = view.calendar.overrides.find((o) => o.newDate === holiday.date && o.date !== holiday.date)?.date ?? null;

  async function override(input: { newDate: string | null; clear: boolean; date?: string }) {
    const saved = await save(() => mutate('plan.overrideHoliday', { entryId: view.entryId, version: view.version, date: input.date ?? holiday.date, newDate: input.newDate, clear: input.clear }));
    if (saved) setEditing(false);
  }

  return (
    <li className="plan-holiday">
      <div className="plan-holiday-line">
        <CalendarDay date={holiday.date} />
        <span className="plan-holiday-name">
          {holiday.name}
          {holiday.estimated ? <span className="tag tag-unverified holiday-tag">estimated</span> : null}
          {movedFrom ? <span className="tag tag-neutral holiday-tag">moved from {formatDate(movedFrom)}</span> : null}
        </span>
        {holiday.estimated && !editing ? (
          <Button variant="ghost" className="btn-small" aria-label={`Set actual date of ${holiday.name}, ${formatDate(holiday.date)}`} onClick={() => setEditing(true)}>
            Set actual date
          </Button>
        ) : null}
        {movedFrom ? (
          <Button variant="ghost" className="btn-small" disabled={busy} aria-label={`Undo the date change of ${holiday.name}`} onClick={() => void override({ date: movedFrom, newDate: null, clear: true })}>
            Undo
          </Button>
        ) : null}
      </div>
      {editing ? (
        <div className="holiday-override" role="group" aria-label={`Actual date of ${holiday.name}`}>
          <label htmlFor={id} className="field-sublabel">
            Announced date
          </label>
          <DateInput id={id} value={date} onChange={setDate} />
          <Button variant="primary" className="btn-small" disabled={busy || !isRealDate(date)} onClick={() => void override({ newDate: date, clear: false })}>
            Save date
          </Button>
          <Button className="btn-small" disabled={busy} onClick={() => void override({ newDate: null, clear: false })}>
            Not a day off
          </Button>
          <Button variant="ghost" className="btn-small" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </div>
      ) : null}
      {alert}
    </li>
  );
}
