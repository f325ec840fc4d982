import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { dayOffInWords } from '../../../../shared/vocabulary/calendar';
import { DueWithTask } from '../../components/DueWithTask';
import { formatDate } from '../../lib/format-date';
import { isOverdue } from '../../lib/checklist-item';

/**
 * The due date, flagged "Overdue" in words when it has passed and the item is still open,
 * with the plan task it comes from and the day it falls on when that is not a working day.
 */
export function DueDateCell({ item, today }: { item: ChecklistItem; today: string }) {
  if (!item.dueDate) return <span className="muted">No date</span>;
  return (
    <span className="due-cell">
      <time dateTime={item.dueDate}>{formatDate(item.dueDate)}</time>
      {isOverdue(item, today) ? <span className="health health-late">Overdue</span> : null}
      {item.dueDayOff ? <span className="day-off-hint">{dayOffInWords(item.dueDayOff)}</span> : null}
      <DueWithTask item={item} compact />
    </span>
  );
}
