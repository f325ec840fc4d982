import { describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../../shared/domain/calendar';
import type { PlanTask, ScheduleInput } from '../../shared/domain/schedule';
import { schedule } from '../../shared/domain/schedule';
import { forecastReadiness, triangular, type ScheduleRisk } from '../../shared/domain/risk-forecast';

const calendar: WorkCalendar = { country: 'DE', weekends: [{ from: null, days: [0, 6] }], holidays: [], shutdowns: [] };

function task(id: string, durationDays: number): PlanTask {
  return { id, title: id, durationDays, percentComplete: 0, actualStart: null, actualFinish: null, startNoEarlierThan: null };
}

/** A critical chain a → b → c (30 working days) and a short side task s (5 days) with lots of slack. */
const plan: ScheduleInput = {
  projectStart: '2027-01-04',
  statusDate: '2027-01-04',
  calendar,
  tasks: [task('a', 10), task('b', 10), task('c', 10), task('s', 5)],
  dependencies: [
    { predecessorId: 'a', successorId: 'b', type: 'FS', lagDays: 0 },
    { predecessorId: 'b', successorId: 'c', type: 'FS', lagDays: 0 },
  ],
};
const deterministic = schedule(plan).finish;

function risk(id: string, probability: number, taskIds: string[], days: [number, number, number] = [3, 8, 15]): ScheduleRisk {
  return { id, title: id, probability, minDays: days[0], likelyDays: days[1], maxDays: days[2], taskIds };
}

const run = (risks: ScheduleRisk[], seed = 7) => forecastReadiness({ plan, risks, targetDate: deterministic, iterations: 2000, seed });

describe('risk-adjusted readiness forecast', () => {
  it('equals the deterministic date when no risk carries a schedule impact', () => {
    const f = run([]);
    expect([f.p50, f.p80, f.p95]).toEqual([deterministic, deterministic, deterministic]);
    expect(f.probabilityOnTarget).toBe(1);
    expect(f.drivers).toEqual([]);
  });

  it('is the same for the same seed and inputs', () => {
    const risks = [risk('r1', 0.35, ['b']), risk('r2', 0.15, ['c'], [1, 2, 4])];
    expect(run(risks, 42)).toEqual(run(risks, 42));
  });

  it('moves P80 later when a critical-path risk becomes more likely', () => {
    const unlikely = run([risk('r1', 0.15, ['b'])]);
    const likely = run([risk('r1', 0.6, ['b'])]);
    expect(unlikely.p80 <= likely.p80).toBe(true);
    expect(likely.p80 > deterministic).toBe(true);
    expect(likely.probabilityOnTarget).toBeLessThan(unlikely.probabilityOnTarget);
    expect(likely.drivers[0]?.riskId).toBe('r1');
  });

  it('does not move P80 for a risk on a task with ample slack', () => {
    const f = run([risk('slack', 0.85, ['s'], [2, 5, 10])]);
    expect(f.p80).toBe(deterministic);
    expect(f.probabilityOnTarget).toBe(1);
    expect(f.drivers).toEqual([]);
  });

  it('orders P50 ≤ P80 ≤ P95 and never earlier than the plan without risks', () => {
    const f = run([risk('r1', 0.35, ['a']), risk('r2', 0.6, ['c'], [1, 3, 6])]);
    expect(f.p50 >= deterministic && f.p50 <= f.p80 && f.p80 <= f.p95).toBe(true);
  });

  it('samples the triangular distribution within its bounds, at the mode in the middle', () => {
    expect(triangular(0, 2, 5, 10)).toBe(2);
    expect(triangular(0.999999, 2, 5, 10)).toBe(10);
    expect(triangular(3 / 8, 2, 5, 10)).toBe(5);
    expect(triangular(0.5, 4, 4, 4)).toBe(4);
  });

  it('still moves the date when a delay outgrows the slack of its task (the slack shortcut only skips what cannot matter)', () => {
    // s has 25 working days of slack: a certain 30-day delay on it ends the plan 5 working days later.
    const f = run([risk('big', 1, ['s'], [30, 30, 30])]);
    expect(f.p50).toBe(schedule({ ...plan, tasks: plan.tasks.map((t) => (t.id === 's' ? { ...t, durationDays: 35 } : t)) }).finish);
    expect(f.p50 > deterministic).toBe(true);
    // Two delays that each fit in the slack of s but not together with one on the critical chain.
    const both = run([risk('side', 1, ['s'], [20, 20, 20]), risk('chain', 1, ['b'], [2, 2, 2])]);
    expect(both.p50).toBe(schedule({ ...plan, tasks: plan.tasks.map((t) => (t.id === 's' ? { ...t, durationDays: 25 } : t.id === 'b' ? { ...t, durationDays: 12 } : t)) }).finish);
  });
});
