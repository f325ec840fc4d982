/**
 * The random plans the scheduler's property tests run on, and the independent oracle they
 * are checked against: working-day positions counted day by day with `businessDaysBetween`.
 */
import fc from 'fast-check';
import { businessDaysBetween } from '../../shared/domain/business-days';
import type { WorkCalendar } from '../../shared/domain/calendar';
import { addDays } from '../../shared/domain/iso-date';
import type { PlanDependency, PlanTask, Schedule, ScheduleInput } from '../../shared/domain/schedule';
import { SAUDI as saudi } from '../fixtures/calendars';

const germany: WorkCalendar = {
  country: 'DE',
  weekends: [{ from: null, days: [0, 6] }],
  holidays: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-10-03', '2027-12-25', '2027-12-26', '2028-01-01', '2028-04-14', '2028-04-17'].map(
    (date) => ({ date, name: 'Holiday', estimated: false }),
  ),
  shutdowns: ['2027-12-27', '2027-12-28', '2027-12-29', '2027-12-30', '2027-12-31'],
};

/** Every date in these tests is after this day. */
const ORIGIN = '2026-06-01';
const YEAR_START = '2027-01-01';

const calendarArb: fc.Arbitrary<WorkCalendar> = fc.oneof(
  fc.constant(germany),
  fc.constant(saudi),
  fc
    .record({
      weekend: fc.subarray([0, 1, 2, 3, 4, 5, 6], { maxLength: 3 }),
      holidays: fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { maxLength: 60 }),
      shutdowns: fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { maxLength: 20 }),
    })
    .map(({ weekend, holidays, shutdowns }) => ({
      country: 'XX',
      weekends: [{ from: null, days: weekend }],
      holidays: holidays.sort((a, b) => a - b).map((o) => ({ date: addDays(YEAR_START, o), name: `Holiday ${o}`, estimated: false })),
      shutdowns: shutdowns.sort((a, b) => a - b).map((o) => addDays(YEAR_START, o)),
    })),
);

export interface RawPlan {
  tasks: { duration: number; snet: number | null }[];
  links: { from: number; to: number; type: PlanDependency['type']; lagSeed: number }[];
  calendar: WorkCalendar;
  startOffset: number;
  statusOffset: number;
  shuffle: number[];
}

export const rawPlanArb = (opts: { snet: boolean; statusOffset: fc.Arbitrary<number> }): fc.Arbitrary<RawPlan> =>
  fc.record({
    tasks: fc.array(
      fc.record({
        duration: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 })),
        snet: opts.snet ? fc.option(fc.integer({ min: -5, max: 60 }), { freq: 3 }) : fc.constant(null),
      }),
      { minLength: 1, maxLength: 25 },
    ),
    links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), type: fc.constantFrom('FS' as const, 'SS' as const, 'FF' as const), lagSeed: fc.nat() }), { maxLength: 60 }),
    calendar: calendarArb,
    startOffset: fc.integer({ min: 0, max: 250 }),
    statusOffset: opts.statusOffset,
    shuffle: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
  });

/** Tasks t0…tn-1; every link goes from a lower to a higher number (so the plan is acyclic), then both lists are shuffled. */
export function buildPlan(raw: RawPlan): ScheduleInput {
  const projectStart = addDays(YEAR_START, raw.startOffset);
  const n = raw.tasks.length;
  const tasks: PlanTask[] = raw.tasks.map((t, i) => ({
    id: `t${i}`,
    title: `Task ${i}`,
    durationDays: t.duration,
    percentComplete: 0,
    actualStart: null,
    actualFinish: null,
    startNoEarlierThan: t.snet === null ? null : addDays(projectStart, t.snet),
  }));
  const dependencies: PlanDependency[] = [];
  for (const l of raw.links) {
    const a = l.from % n;
    const b = l.to % n;
    if (a === b) continue;
    const [p, s] = a < b ? [a, b] : [b, a];
    const d = raw.tasks[p]!.duration;
    dependencies.push({ predecessorId: `t${p}`, successorId: `t${s}`, type: l.type, lagDays: -d + (l.lagSeed % (d + 6)) });
  }
  return {
    projectStart,
    statusDate: addDays(projectStart, raw.statusOffset),
    calendar: raw.calendar,
    tasks: shuffled(tasks, raw.shuffle),
    dependencies: shuffled(dependencies, raw.shuffle),
  };
}

export function shuffled<T>(xs: T[], seeds: number[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (seeds[i % seeds.length]! + i) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Oracle: working days in [ORIGIN, date); for a working day, its position in the calendar. */
export function pos(cal: WorkCalendar, date: string): number {
  return businessDaysBetween(cal, ORIGIN, addDays(date, -1));
}

/** Oracle view of a task of a plan without progress: start point s, end point e = s + duration. */
export function points(input: ScheduleInput, s: Schedule) {
  const cal = input.calendar;
  const out = new Map<string, { s: number; e: number; ls: number; le: number; floor: number; task: PlanTask }>();
  const base = Math.max(pos(cal, input.projectStart), pos(cal, input.statusDate));
  for (const t of input.tasks) {
    const r = s.tasks[t.id]!;
    const start = pos(cal, r.earlyStart);
    const lateStart = pos(cal, r.lateStart);
    out.set(t.id, {
      s: start,
      e: start + t.durationDays,
      ls: lateStart,
      le: lateStart + t.durationDays,
      floor: Math.max(base, t.startNoEarlierThan === null ? -1 : pos(cal, t.startNoEarlierThan)),
      task: t,
    });
  }
  return out;
}

export type Pt = { s: number; e: number };
export function linkBound(type: PlanDependency['type'], lag: number, p: Pt, succDuration: number): number {
  // The earliest start point the link allows the successor.
  if (type === 'FS') return p.e + lag;
  if (type === 'SS') return p.s + lag;
  return p.e + lag - succDuration;
}
