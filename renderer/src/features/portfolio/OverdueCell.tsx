import { formatCount } from '../../lib/format-date';
import type { PortfolioRow } from './portfolio-row';

/** Open checklist items past their due date, flagged in words when there are any. */
export function OverdueCell({ row }: { row: PortfolioRow }) {
  const s = row.summary;
  if (!s) return <span className="muted">…</span>;
  if (s.applicable === 0) return <span className="muted">—</span>;
  if (s.overdue === 0) return <span className="muted">0</span>;
  return (
    <span className="overdue-cell">
      <span className="health health-late">Overdue</span> {formatCount(s.overdue)}
    </span>
  );
}
