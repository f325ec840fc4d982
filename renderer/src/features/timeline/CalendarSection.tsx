import { format, parseISO } from 'date-fns';
import type { PlanView } from '../../../../shared/plan-schema';
import { formatDate, plural } from '../../lib/format-date';
import { HolidayRow } from './HolidayRow';
import { RemovedHolidayRow } from './RemovedHolidayRow';
import { ShutdownDays } from './ShutdownDays';
import { planWindow, weekendSentence } from './calendar-window';
import { Panel } from '../../components/Section';
import './calendar.css';

/**
 * The plan's working calendar: the weekend rule, the public holidays in the plan's
 * window (estimated ones can be set to their announced date), and company shutdown days.
 */
export function CalendarSection({ view }: { view: PlanView }) {
  const { from, to } = planWindow(view);
  const holidays = view.calendar.holidays?.filter((h) => h.date >= from && h.date <= to) ?? null;
  const removed = view.calendar.overrides.filter((o) => o.newDate === null && o.date >= from && o.date <= to);
  const estimated = holidays?.filter((h) => h.estimated).length ?? 0;
  return (
    <Panel
      id="plan-calendar-title"
      title="Working calendar"
      className="calendar-section"
      head={{
        className: 'panel-title-row',
        actions: (
          <span className="table-count">
            {formatDate(from)} to {formatDate(to)}
          </span>
        ),
      }}
    >
      <div className="calendar-columns">
        <div>
          <p className="calendar-weekend">{weekendSentence(view.calendar.weekendDays, from, to)}</p>
          {holidays === null ? (
            <p className="holiday-note">No holiday data for this country: only weekends and shutdown days are non-working.</p>
          ) : (
            <>
              <p className="holiday-note">
                {holidays.length === 0 ? 'No public holidays fall in the plan’s window.' : `${plural(holidays.length, 'public holiday')} in the plan’s window`}
                {estimated > 0 ? ` (${estimated} estimated: Islamic-calendar dates can move by a day or so once announced)` : ''}
                {holidays.length === 0 ? '' : ':'}
              </p>
              <ul className="holiday-list plan-holidays" aria-label="Public holidays in the plan’s window">
                {holidays.map((h) => (
                  <HolidayRow key={`${h.date}-${h.name}`} holiday={h} view={view} />
                ))}
                {removed.map((o) => (
                  <RemovedHolidayRow key={`removed-${o.date}`} date={o.date} entryId={view.entryId} />
                ))}
              </ul>
            </>
          )}
        </div>
        <ShutdownDays view={view} />
      </div>
      <p className="field-hint calendar-source">
        Holidays are stored with the plan ({format(parseISO(view.calendar.from), 'd MMM yyyy')} to {format(parseISO(view.calendar.to), 'd MMM yyyy')}), so a later data update never moves dates without your say.
      </p>
    </Panel>
  );
}
