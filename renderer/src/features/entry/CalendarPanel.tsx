import type { EntryCalendar } from '../../../../shared/contract';
import { formatCount, formatDate } from '../../lib/format-date';
import { joinWords, WEEKDAY_NAMES } from '../../lib/labels';
import { HolidayList } from './HolidayList';
import { dayOffInWords } from '../../../../shared/vocabulary/calendar';
import { Panel } from '../../components/Section';

interface CalendarPanelProps {
  calendar: EntryCalendar | null;
  error: string | null;
  countryName: string;
}

function weekendInWords(rule: readonly number[]): string {
  if (rule.length === 0) return 'Weekend: none (every day is a working day)';
  // Name the days in week order starting where the weekend starts: Friday and Saturday; Saturday and Sunday.
  const days = [...new Set(rule)].sort((a, b) => a - b);
  const start = days.findIndex((d) => !days.includes((d + 6) % 7));
  const ordered = start > 0 ? [...days.slice(start), ...days.slice(0, start)] : days;
  const names = ordered.map((d) => WEEKDAY_NAMES[d] ?? `day ${d}`);
  return `Weekend: ${joinWords(names)}`;
}

/** Business days, weekend days and public holidays inside the readiness window. */
export function CalendarPanel({ calendar, error, countryName }: CalendarPanelProps) {
  return (
    <Panel id="calendar-title" title="Calendar in the window">
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : !calendar ? (
        <p className="loading">Loading the calendar…</p>
      ) : (
        <>
          <p className="panel-intro">
            {formatDate(calendar.windowStart)} to {formatDate(calendar.windowEnd)} in {countryName}, both days included.
          </p>
          <dl className="stats">
            <div>
              <dt>Business days</dt>
              <dd>{formatCount(calendar.businessDays)}</dd>
            </div>
            <div>
              <dt>Weekend days</dt>
              <dd>{formatCount(calendar.weekendDays.length)}</dd>
            </div>
            <div>
              <dt>Public holidays</dt>
              <dd>{calendar.holidays === null ? <span className="muted">No data</span> : formatCount(calendar.holidays.length)}</dd>
            </div>
            <div>
              <dt>Shutdown days</dt>
              <dd>{formatCount(calendar.shutdowns.length)}</dd>
            </div>
            <div>
              <dt>Calendar days</dt>
              <dd>{formatCount(calendar.calendarDays)}</dd>
            </div>
          </dl>
          <p className="weekend-rule">{weekendInWords(calendar.weekendRule)}</p>
          {calendar.targetDayOff ? (
            <p className="inline-note target-day-off">
              The target date, {formatDate(calendar.windowEnd)}, is not a working day ({dayOffInWords(calendar.targetDayOff.dayOff)}); the last working day before
              it is {formatDate(calendar.targetDayOff.lastWorkingDay)}.
            </p>
          ) : null}
          <p className="panel-note">Counted in the plan&apos;s calendar: its holiday snapshot, moved holiday estimates and company shutdown days.</p>
          <HolidayList holidays={calendar.holidays} />
        </>
      )}
    </Panel>
  );
}
