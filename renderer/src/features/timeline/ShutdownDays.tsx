import { format, parseISO } from 'date-fns';
import { X } from 'lucide-react';
import { useState } from 'react';
import type { PlanView } from '../../../../shared/plan-schema';
import { AddOnEnterField } from '../../components/AddOnEnterField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { inlineErrorMessage, isStaleVersion } from '../../lib/error-message';
import { formatDate } from '../../lib/format-date';
import { useTimeline } from '../../stores/timeline-store';
import './calendar.css';

/** Company shutdown days: non-working for this plan only. Added and removed one date at a time. */
export function ShutdownDays({ view }: { view: PlanView }) {
  const mutate = useTimeline((s) => s.mutate);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  const days = view.calendar.shutdowns;

  async function save(dates: string[]) {
    setBusy(true);
    setError(null);
    try {
      await mutate('plan.setShutdowns', { entryId: view.entryId, version: view.version, dates });
      return true;
    } catch (err) {
      setError(inlineErrorMessage(err));
      setStale(isStaleVersion(err));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function add(date: string) {
    if (days.includes(date)) {
      setError(`${formatDate(date)} is already a shutdown day.`);
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
              <span className="figure">{formatDate(d)}</span>
              <span className="holiday-weekday">{format(parseISO(d), 'EEE')}</span>
              <button type="button" className="icon-button icon-button-small" aria-label={`Remove shutdown day ${formatDate(d)}`} disabled={busy} onClick={() => void save(days.filter((x) => x !== d))}>
                <X size={14} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddOnEnterField label="Add shutdown day" type="date" className="input input-date" rowClassName="shutdown-add" disabled={busy} onAdd={add} />
      <ErrorAlert
        message={error}
        onReload={
          stale
            ? () => {
                setError(null);
                void useTimeline.getState().reload();
              }
            : undefined
        }
      />
    </div>
  );
}
