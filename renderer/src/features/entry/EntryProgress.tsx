import type { Entry } from '../../../../shared/entry-schema';
import { windowProgress } from '../../../../shared/domain/entry-window';
import { diffDays, localToday } from '../../../../shared/domain/iso-date';
import { formatCount, plural } from '../../lib/format-date';
import { ProgressBar } from '../../components/ProgressBar';
import { Panel } from '../../components/Section';

/** Where today falls in the readiness window, counted from the user's local date. */
export function EntryProgress({ entry }: { entry: Entry }) {
  const today = localToday();
  const p = windowProgress(entry.startDate, entry.targetDate, today);
  const total = entry.targetDays;

  let headline: string;
  let detail: string;
  let tone: 'neutral' | 'on-track' | 'late' = 'on-track';
  if (p.phase === 'not_started') {
    headline = `Starts in ${plural(diffDays(today, entry.startDate), 'day')}`;
    detail = `${plural(total, 'day')} to readiness once it starts`;
    tone = 'neutral';
  } else if (p.phase === 'past_target') {
    headline = `${plural(p.daysOverdue, 'day')} past the target date`;
    detail = `The ${formatCount(total)}-day window has ended`;
    tone = entry.status === 'ready' ? 'neutral' : 'late';
  } else {
    headline = `Day ${formatCount(p.daysElapsed)} of ${formatCount(total)}`;
    detail = `${plural(p.daysElapsed, 'day')} elapsed · ${plural(p.daysLeft, 'day')} left`;
  }

  return (
    <Panel id="progress-title" title="Progress">
      <p className="progress-headline">{headline}</p>
      <p className="progress-detail">{detail}</p>
      <ProgressBar label="Share of the readiness window elapsed" value={p.daysElapsed} max={total} valueText={headline} tone={tone} />
      {p.phase === 'past_target' && entry.status !== 'ready' ? (
        <p className="progress-flag">
          <span className="health health-late">Late</span> Target date passed and the entry is not marked Ready.
        </p>
      ) : null}
    </Panel>
  );
}
