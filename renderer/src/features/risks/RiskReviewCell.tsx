import type { RiskView } from '../../../../shared/risk-schema';

/** Next review, changed in place; an overdue one says so in words as well as colour. */
export function RiskReviewCell({ risk, onSave }: { risk: RiskView; onSave(date: string): Promise<boolean> }) {
  return (
    <span className={risk.reviewOverdue ? 'review-cell is-overdue' : 'review-cell'}>
      <input
        type="date"
        className="input input-inline"
        aria-label={`Next review of ${risk.title}`}
        defaultValue={risk.nextReview}
        key={`${risk.id}:${risk.version}`}
        onBlur={(e) => {
          if (e.target.value && e.target.value !== risk.nextReview) void onSave(e.target.value);
        }}
      />
      {risk.reviewOverdue ? <span className="overdue-word">Overdue</span> : null}
    </span>
  );
}
