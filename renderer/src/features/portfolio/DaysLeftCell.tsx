import { formatCount } from '../../lib/format-date';
import type { PortfolioRow } from './portfolio-row';

/** Days left to the target date, or how far past it the entry is (with a text label, not colour alone). */
export function DaysLeftCell({ row }: { row: PortfolioRow }) {
  const { progress, entry } = row;
  if (progress.phase === 'past_target') {
    if (entry.status === 'ready') return <span className="muted">Target passed</span>;
    return (
      <span className="days-late">
        <span className="health health-late">Late</span> {formatCount(progress.daysOverdue)} over
      </span>
    );
  }
  return (
    <span>
      {formatCount(progress.daysLeft)}
      {progress.phase === 'not_started' ? <span className="muted"> (not started)</span> : null}
    </span>
  );
}
