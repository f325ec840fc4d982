import { X } from 'lucide-react';
import type { PlanView } from '../../../../shared/plan-schema';
import { AddOnEnterField } from '../../components/AddOnEnterField';
import { formatDate } from '../../lib/format-date';
import { useTimeline } from '../../stores/timeline-store';
import { CalendarDay, useCalendarEdit } from './use-calendar-edit';
import './calendar.css';

/** Company shutdown days: non-working for this plan only. Added and removed one date at a time. */
export function ShutdownDays({ view }: { view: PlanView }) {
  const mutate = useTimeline((s) => s.mutate);
  const edit = useCalendarEdit();
  const { busy } = edit;
  const days = view.calendar.shutdowns;
  const save = (dates: string[]) => edit.save(() => mutate('plan.setShutdowns', { entryId: view.entryId, version: view.version, dates }));

  async function add(date: string) {
    if (days.includes(date)) {
      edit.refuse(`${formatDate(date)} is already a shutdown day.`);
      return false;
    }
    return save([...days, date].sort());
  }

  return (
    <div className="shutdown-days">
      <h3 className="subheading">Shutdown days</h3>
      {days.length === 0 ? (
        <p className="muted">None. Add the days the company is closed; they count as non-working.</p>
      ) : (
        <ul className="shutdown-list" aria-label="Shutdown days">
          {days.map((d) => (
            <li key={d}>
              <CalendarDay date={d} className="figure" />
              <button type="button" className="icon-button icon-button-small" aria-label={`Remove shutdown day ${formatDate(d)}`} disabled={busy} onClick={() => void save(days.filter((x) => x !== d))}>
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddOnEnterField label="Add shutdown day" type="date" className="input input-date" rowClassName="shutdown-add" disabled={busy} onAdd={add} />
      {edit.alert}
    </div>
  );
}
