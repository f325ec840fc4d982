import { formatDate } from '../../lib/format-date';
import './task-table.css';

/** A scheduled date; "actual" beside it when it is a recorded actual rather than a forecast. */
export function TaskDateCell({ date, actual }: { date: string; actual: boolean }) {
  return (
    <span className="task-date">
      <time dateTime={date}>{formatDate(date)}</time>
      {actual ? <span className="task-date-actual">actual</span> : null}
    </span>
  );
}
