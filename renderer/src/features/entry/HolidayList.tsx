import type { EntryCalendar } from '../../../../shared/contract';
import { dayOfWeek } from '../../../../shared/domain/iso-date';
import { formatDate, plural } from '../../lib/format-date';
import { WEEKDAY_NAMES } from '../../lib/labels';

/** The public holidays in the window, or why there are none to show. */
export function HolidayList({ holidays }: { holidays: EntryCalendar['holidays'] }) {
  if (holidays === null) return <p className="holiday-note">No holiday data for this country.</p>;
  if (holidays.length === 0) return <p className="holiday-note">No public holidays fall in this window.</p>;
  const count = holidays.length;
  return (
    <>
      <p className="holiday-note" id="holiday-list-title">
        {plural(count, 'public holiday')} {count === 1 ? 'falls' : 'fall'} in this window:
      </p>
      <ul className="holiday-list" aria-labelledby="holiday-list-title">
        {holidays.map((h) => (
          <li key={`${h.date}-${h.name}`}>
            <time dateTime={h.date} className="holiday-date">
              {formatDate(h.date)}
            </time>
            <span className="holiday-weekday">{WEEKDAY_NAMES[dayOfWeek(h.date)]?.slice(0, 3)}</span>
            <span className="holiday-name">
              {h.name}
              {h.estimated ? <span className="muted"> (estimated date)</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
