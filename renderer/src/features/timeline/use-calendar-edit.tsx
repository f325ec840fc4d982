import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { actionErrorState, type ActionErrorState } from '../../lib/entry-store';
import { formatDate } from '../../lib/format-date';
import { useTimeline } from '../../stores/timeline-store';

/**
 * An edit of the plan's calendar made in place (a holiday's date, the shutdown days): busy
 * while it saves, and a refusal's sentence under it, with Reload when the edit was based on
 * an out-of-date plan.
 */
export function useCalendarEdit() {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ActionErrorState>(() => actionErrorState(null));

  /** Runs the save; true when it landed, false (with its sentence shown) when refused. */
  async function save(work: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setRefusal(actionErrorState(null));
    try {
      await work();
      return true;
    } catch (err) {
      setRefusal(actionErrorState(err));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const alert = (
    <ErrorAlert
      message={refusal.actionError}
      onReload={
        refusal.actionStale
          ? () => {
              setRefusal(actionErrorState(null));
              void useTimeline.getState().reload();
            }
          : undefined
      }
    />
  );
  return { busy, save, alert, refuse: (sentence: string) => setRefusal(actionErrorState(sentence)) };
}

/** A calendar day as the plan's lists show it: the date and its weekday ("12 Mar 2027 Fri"). */
export function CalendarDay({ date, className = 'holiday-date figure' }: { date: string; className?: string }) {
  return (
    <>
      <span className={className}>{formatDate(date)}</span>
      <span className="holiday-weekday">{format(parseISO(date), 'EEE')}</span>
    </>
  );
}
