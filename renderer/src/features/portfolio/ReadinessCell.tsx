import type { PortfolioRow } from './portfolio-row';

/** "42 %" with a thin bar, and what it is a share of. */
export function ReadinessCell({ row }: { row: PortfolioRow }) {
  const s = row.summary;
  if (!s) return <span className="muted">…</span>;
  if (s.applicable === 0) return <span className="muted">No items</span>;
  const pct = s.readinessPercent;
  return (
    <span className="readiness-cell" title={`${s.signedOff} of ${s.applicable} applicable items signed off`}>
      <span className="readiness-value">{Number.isInteger(pct) ? pct : pct.toFixed(1)} %</span>
      <span className="mini-track" aria-hidden="true">
        <span className="mini-fill" style={{ width: `${pct}%` }} />
      </span>
    </span>
  );
}
