import type { RiskView } from '../../../../shared/risk-schema';
import { formatDate } from '../../lib/format-date';

/** Reviews past their date, oldest first, each with "Reviewed today". */
export function OverdueReviews({ risks, onOpen, onReviewed }: { risks: RiskView[]; onOpen(id: string): void; onReviewed(r: RiskView): void }) {
  const overdue = risks.filter((r) => r.reviewOverdue).sort((a, b) => a.nextReview.localeCompare(b.nextReview));
  if (overdue.length === 0) return null;
  return (
    <section className="panel overdue-reviews" aria-labelledby="overdue-reviews-title">
      <h2 id="overdue-reviews-title" className="panel-title">
        Overdue reviews <span className="tab-count">{overdue.length}</span>
      </h2>
      <ul className="overdue-list">
        {overdue.map((r) => (
          <li key={r.id}>
            <button type="button" className="link-button" onClick={() => onOpen(r.id)}>
              {r.title}
            </button>{' '}
            <span className="overdue-word">due {formatDate(r.nextReview)}</span> <span className="muted">· {r.owner || 'no owner'}</span>{' '}
            <button type="button" className="link-button" onClick={() => onReviewed(r)}>
              Reviewed today
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
