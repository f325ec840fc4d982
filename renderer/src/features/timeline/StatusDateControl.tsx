import { DateInput } from '../../components/DateInput';
import { useId, useState } from 'react';
import { isRealDate } from '../../../../shared/domain/iso-date';
import type { PlanView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { useTimeline } from '../../stores/timeline-store';
import './forecast.css';

/**
 * "Status date": the day progress was last recorded; remaining work is never scheduled
 * before it. Saved when the field is left or Enter is pressed; "Today" goes back to today.
 */
export function StatusDateControl({ view }: { view: PlanView }) {
  const id = useId();
  const mutate = useTimeline((s) => s.mutate);
  const setActionError = useTimeline((s) => s.setActionError);
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(statusDate: string | null) {
    setBusy(true);
    try {
      await mutate('plan.setStatusDate', { entryId: view.entryId, version: view.version, statusDate });
      setActionError(null);
    } catch (err) {
      setActionError(err);
    } finally {
      setBusy(false);
      setDraft(null);
    }
  }

  function commit() {
    if (draft === null || busy) return;
    if (draft === view.statusDate || !isRealDate(draft)) {
      setDraft(null);
      return;
    }
    void save(draft);
  }

  return (
    <div className="forecast-control">
      <label htmlFor={id} className="toolbar-label">
        Status date
      </label>
      <div className="forecast-control-row">
        <DateInput id={id} value={draft ?? view.statusDate} aria-describedby={`${id}-hint`} onChange={setDraft} onBlur={commit} onEnter={() => commit()} />
        <Button className="btn-small" disabled={busy || view.statusDateIsToday} onClick={() => void save(null)}>
          Today
        </Button>
      </div>
      <span id={`${id}-hint`} className="field-hint">
        {view.statusDateIsToday ? 'Today; follows the calendar' : 'Set by hand; remaining work starts no earlier'}
      </span>
    </div>
  );
}
