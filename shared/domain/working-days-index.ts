/**
 * The working days of a calendar from a base day onwards, numbered 0, 1, 2, … (ordinals),
 * so the scheduler can do all its date arithmetic on integers: "n working days after"
 * is `+ n`, and a date is converted to and from an ordinal once.
 *
 * The index grows on demand (the scheduler only learns how far a plan runs while it
 * schedules it). Growth stops with a ScheduleError when the calendar has no working day
 * in a whole year, or when the plan would run for more than a century, so a bad calendar
 * or absurd input can never loop forever or exhaust memory.
 */
import { dateOfDayNumber, isWorkingDay } from './business-days';
import type { WorkCalendar } from './calendar';
import type { IsoDate } from './iso-date';
import { type PlanProblem, ScheduleError } from './schedule-model';

/** More consecutive non-working days than this and the calendar is refused. */
export const MAX_DAYS_WITHOUT_WORK = 366;
/** A plan may span at most this many calendar days from its earliest date. */
export const MAX_SPAN_DAYS = 36_525;

export class WorkingDaysIndex {
  /** Day number (days since 1970-01-01) of each working day, by ordinal. */
  private days: Int32Array = new Int32Array(512);
  private count = 0;
  /** The last day number examined so far. */
  private scanned: number;
  private idle = 0;
  private readonly dates: (IsoDate | undefined)[] = [];

  constructor(
    private readonly calendar: WorkCalendar,
    /** Day number of the earliest day the plan mentions; ordinal 0 is the first working day on or after it. */
    readonly baseDay: number,
  ) {
    this.scanned = baseDay - 1;
  }

  /** Number of working days indexed so far. */
  get size(): number {
    return this.count;
  }

  /** Examines calendar days up to and including `dayNumber`. */
  scanThrough(dayNumber: number): void {
    while (this.scanned < dayNumber) this.scanOne();
  }

  /** Makes sure working day `ordinal` is indexed. */
  ensureOrdinal(ordinal: number): void {
    while (this.count <= ordinal) this.scanOne();
  }

  /** Ordinal of the first working day on or after `dayNumber` (= working days in [base, dayNumber)). */
  ordinalOnOrAfter(dayNumber: number): number {
    this.scanThrough(dayNumber);
    return this.lowerBound(dayNumber);
  }

  /** Working days in [base, dayNumber]: the ordinal of the first working day strictly after `dayNumber`. */
  ordinalAfter(dayNumber: number): number {
    this.scanThrough(dayNumber);
    return this.lowerBound(dayNumber + 1);
  }

  /** The date of working day `ordinal` (>= 0). */
  dateAt(ordinal: number): IsoDate {
    const cached = this.dates[ordinal];
    if (cached !== undefined) return cached;
    this.ensureOrdinal(ordinal);
    const date = dateOfDayNumber(this.days[ordinal]!);
    this.dates[ordinal] = date;
    return date;
  }

  private lowerBound(dayNumber: number): number {
    let lo = 0;
    let hi = this.count;
    const days = this.days;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (days[mid]! < dayNumber) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private scanOne(): void {
    const n = ++this.scanned;
    if (n - this.baseDay >= MAX_SPAN_DAYS) {
      throw new ScheduleError([
        {
          code: 'plan_too_long',
          message: `The plan would run past ${dateOfDayNumber(n)}, more than a century after ${dateOfDayNumber(this.baseDay)}: check the durations and lags.`,
          taskIds: [],
        },
      ]);
    }
    if (isWorkingDay(this.calendar, dateOfDayNumber(n))) {
      if (this.count === this.days.length) {
        const bigger = new Int32Array(this.days.length * 2);
        bigger.set(this.days);
        this.days = bigger;
      }
      this.days[this.count++] = n;
      this.idle = 0;
    } else if (++this.idle >= MAX_DAYS_WITHOUT_WORK) {
      throw new ScheduleError([noWorkingDayProblem(this.calendar, n - MAX_DAYS_WITHOUT_WORK + 1)]);
    }
  }
}

/** The problem reported for a calendar with no working day in the year from `fromDay`. */
export function noWorkingDayProblem(calendar: WorkCalendar, fromDay: number): PlanProblem {
  return {
    code: 'no_working_days',
    message: `The calendar (${calendar.country}) has no working day in the year from ${dateOfDayNumber(fromDay)}: check its weekend days, holidays and shutdown days.`,
    taskIds: [],
  };
}
