import { format, parseISO } from 'date-fns';
import { Plus, X } from 'lucide-react';
import { useId, useState } from 'react';
import { isRealDate } from '../../../../shared/domain/iso-date';
import type { PlanView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { formatDate } from '../../lib/format-date';
import { useTimeline } from '../../stores/timeline-store';

/** Company shutdown days: non-working for this plan only. Added and removed one date at a time. */
export function ShutdownDays({ view }: { view: PlanView }) {
  const id = useId();
  const mutate = useTimeline((s) => s.mutate);
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const days = view.calendar.shutdowns;

  async function save(dates: string[]) {
    setBusy(true);
    setError(null);
    try {
      await mutate('plan.setShutdowns', { entryId: view.entryId, dates });
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function add() {
    if (!isRealDate(date)) {
      setError('Enter a date that exists.');
      return;
    }
    if (days.includes(date)) {
      setError(`${formatDate(date)} is already a shutdown day.`);
      return;
    }
    if (await save([...days, date].sort())) setDate('');
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
      <div className="shutdown-add">
        <div className="field">
          <label htmlFor={id} className="field-sublabel">
            Add shutdown day
          </label>
          <input
            id={id}
            type="date"
            className="input input-date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void add();
              }
            }}
          />
        </div>
        <Button icon={Plus} disabled={busy || date === ''} onClick={() => void add()}>
          Add
        </Button>
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}
