/**
 * The holiday snapshot stored with each plan (its span plus a year, so a data update never
 * moves dates silently), the user's moves of estimated holidays, and the working calendar
 * the scheduler counts in.
 */
import type { Entry } from '../../../../shared/entry-schema';
import type { Holiday, WorkCalendar } from '../../../../shared/domain/calendar';
import type { CalendarDrift, HolidayOverride } from '../../../../shared/plan-schema';
import { addDays } from '../../../../shared/domain/iso-date';
import { businessDaysBetween } from '../../../../shared/domain/business-days';
import { weekendPeriodsFor } from '../../../../shared/domain/weekends';
import { publicHolidays } from '../../reference/holidays';
import type { PlanRecord } from '../../repos/plan-repo';

/** How far past the target the holiday snapshot reaches, for slippage. */
const SNAPSHOT_SLACK_DAYS = 365;

type Place = Pick<Entry, 'targetCountry' | 'targetSubdivision'>;

/** The span a new snapshot covers for this entry. */
export function snapshotSpan(entry: Pick<Entry, 'startDate' | 'targetDate'>): { from: string; to: string } {
  return { from: addDays(entry.startDate, -31), to: addDays(entry.targetDate, SNAPSHOT_SLACK_DAYS) };
}

export function snapshot(entry: Place, from: string, to: string): Holiday[] | null {
  return publicHolidays(entry.targetCountry, from, to, entry.targetSubdivision ?? undefined);
}

function applyOverrides(holidays: Holiday[] | null, overrides: HolidayOverride[]): Holiday[] | null {
  if (holidays === null) return null;
  const moved = new Map(overrides.map((o) => [o.date, o.newDate]));
  const out: Holiday[] = [];
  for (const h of holidays) {
    if (!moved.has(h.date)) out.push(h);
    else {
      const to = moved.get(h.date);
      if (to) out.push({ ...h, date: to, estimated: false });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function calendarOf(plan: PlanRecord, entry: Place): WorkCalendar {
  return {
    country: entry.targetCountry,
    weekends: weekendPeriodsFor(entry.targetCountry),
    holidays: applyOverrides(plan.holidays, plan.overrides),
    shutdowns: plan.shutdowns,
  };
}

/** Business days between two working-calendar dates, signed (positive when `to` is later). */
export function signedBusinessDays(cal: WorkCalendar, from: string, to: string): number {
  if (from === to) return 0;
  return from < to ? businessDaysBetween(cal, addDays(from, 1), to) : -businessDaysBetween(cal, addDays(to, 1), from);
}

/**
 * The plan after its entry changed: the project start follows the entry's start (unless it
 * was moved by hand), and a new country, region or a target past the snapshot takes a new
 * snapshot (and drops the overrides, which were about the old one).
 */
export function followEntry(plan: PlanRecord, before: Entry, after: Entry, at: string): PlanRecord {
  const next: PlanRecord = { ...plan, updatedAt: at };
  if (plan.projectStart === before.startDate) next.projectStart = after.startDate;
  if (before.targetCountry !== after.targetCountry || before.targetSubdivision !== after.targetSubdivision || after.targetDate > addDays(plan.calendarTo, -SNAPSHOT_SLACK_DAYS)) {
    const span = snapshotSpan(after);
    next.calendarFrom = span.from;
    next.calendarTo = span.to;
    next.holidays = snapshot(after, span.from, span.to);
    next.overrides = [];
  }
  return next;
}

/** What upstream holiday data says now, against the plan's snapshot. */
export function drift(plan: PlanRecord, entry: Place): CalendarDrift {
  const fresh = snapshot(entry, plan.calendarFrom, plan.calendarTo) ?? [];
  const key = (h: Holiday) => `${h.date}|${h.name}`;
  const stored = new Set((plan.holidays ?? []).map(key));
  const now = new Set(fresh.map(key));
  return { added: fresh.filter((h) => !stored.has(key(h))), removed: (plan.holidays ?? []).filter((h) => !now.has(key(h))) };
}
