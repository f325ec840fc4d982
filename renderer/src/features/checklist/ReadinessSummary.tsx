import type { ChecklistView } from '../../../../shared/checklist-schema';
import { localToday } from '../../../../shared/domain/iso-date';
import { formatCount } from '../../lib/format-date';
import { ITEM_STATUS_LABELS } from '../../../../shared/vocabulary/checklist';
import { isOverdue } from '../../lib/checklist-item';
import { ProgressBar } from '../../components/ProgressBar';

function percentText(p: number): string {
  return `${Number.isInteger(p) ? p : p.toFixed(1)} %`;
}

/** Readiness (signed-off ÷ applicable items) and how the open work splits by status. */
export function ReadinessSummary({ view }: { view: ChecklistView }) {
  const { readiness, items } = view;
  const today = localToday();
  const count = (status: string) => items.filter((i) => i.status === status).length;
  const overdue = items.filter((i) => isOverdue(i, today)).length;
  const later = items.filter((i) => i.laterDuty && i.status !== 'not_applicable').length;
  const stats: Array<[string, number, string?]> = [
    [ITEM_STATUS_LABELS.todo, count('todo')],
    [ITEM_STATUS_LABELS.in_progress, count('in_progress')],
    [ITEM_STATUS_LABELS.in_review, count('in_review')],
    [ITEM_STATUS_LABELS.blocked, count('blocked'), 'blocked'],
    ['Overdue', overdue, 'late'],
    [ITEM_STATUS_LABELS.not_applicable, count('not_applicable')],
  ];
  return (
    <section className="panel readiness-panel" aria-labelledby="readiness-title">
      <div className="readiness-head">
        <h2 id="readiness-title" className="readiness-headline">
          Readiness {percentText(readiness.percent)}
          <span className="readiness-detail">
            {' '}
            — {formatCount(readiness.signedOff)} of {formatCount(readiness.applicable)} applicable items signed off
          </span>
        </h2>
        <dl className="status-counts">
          {stats.map(([label, n, tone]) => (
            <div key={label} className={tone && n > 0 ? `status-count tone-${tone}` : 'status-count'}>
              <dt>{label}</dt>
              <dd>{formatCount(n)}</dd>
            </div>
          ))}
        </dl>
      </div>
      <ProgressBar label="Readiness" value={readiness.percent} valueText={`${percentText(readiness.percent)}: ${readiness.signedOff} of ${readiness.applicable} signed off`} />
      <p className="readiness-note">
        Items are signed off through legal review. Not-applicable items leave the count; blocked items count as not done.
        {later > 0
          ? ` ${later === 1 ? '1 later duty applies' : `${formatCount(later)} later duties apply`} only after the target date and ${later === 1 ? 'is' : 'are'} not counted until ${later === 1 ? 'its' : 'their'} date falls inside the window.`
          : ''}
      </p>
    </section>
  );
}
