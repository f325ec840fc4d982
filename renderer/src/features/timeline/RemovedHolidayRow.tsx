import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { inlineErrorMessage, isStaleVersion } from '../../lib/error-message';
import { formatDate } from '../../lib/format-date';
import { useTimeline } from '../../stores/timeline-store';
import './calendar.css';

/** An estimated holiday the user marked "not a day off this time", with Undo. */
export function RemovedHolidayRow({ date, entryId }: { date: string; entryId: string }) {
  const mutate = useTimeline((s) => s.mutate);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  const version = useTimeline((s) => s.view?.version ?? 0);

  async function undo() {
    setBusy(true);
    setError(null);
    try {
      await mutate('plan.overrideHoliday', { entryId, version, date, newDate: null, clear: true });
    } catch (err) {
      setError(inlineErrorMessage(err));
      setStale(isStaleVersion(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="plan-holiday is-removed">
      <div className="plan-holiday-line">
        <span className="holiday-date figure">{formatDate(date)}</span>
        <span className="holiday-weekday">{format(parseISO(date), 'EEE')}</span>
        <span className="plan-holiday-name muted">Estimated holiday: not a day off this time</span>
        <Button variant="ghost" className="btn-small" disabled={busy} aria-label={`Undo: make ${formatDate(date)} a holiday again`} onClick={() => void undo()}>
          Undo
        </Button>
      </div>
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
    </li>
  );
}
