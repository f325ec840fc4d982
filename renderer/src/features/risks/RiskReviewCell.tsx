import { useState } from 'react';
import type { RiskView } from '../../../../shared/risk-schema';
import { DateInput } from '../../components/DateInput';

/** Next review, changed in place (in the user's date format); an overdue one says so in words as well as colour. */
export function RiskReviewCell({ risk, onSave }: { risk: RiskView; onSave(date: string): Promise<boolean> }) {
  return (
    <span className={risk.reviewOverdue ? 'review-cell is-overdue' : 'review-cell'}>
      <ReviewDate key={`${risk.id}:${risk.version}`} risk={risk} onSave={onSave} />
      {risk.reviewOverdue ? <span className="overdue-word">Overdue</span> : null}
    </span>
  );
}

function ReviewDate({ risk, onSave }: { risk: RiskView; onSave(date: string): Promise<boolean> }) {
  const [value, setValue] = useState(risk.nextReview ?? '');
  const save = (v: string) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v) && v !== risk.nextReview) void onSave(v);
  };
  return (
    <DateInput
      id={`next-review-${risk.id}`}
      className="input input-inline"
      aria-label={`Next review of ${risk.title}`}
      value={value}
      onChange={(v) => {
        setValue(v);
        // A day picked from the calendar is a whole date: save it at once.
        if (/^\d{4}-\d{2}-\d{2}$/.test(v) && v.length === 10 && document.activeElement?.id !== `next-review-${risk.id}`) save(v);
      }}
      onBlur={() => save(value)}
      onEnter={save}
    />
  );
}
