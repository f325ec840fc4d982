/**
 * Properties of the scheduler over random acyclic plans, checked against an independent
 * oracle: working-day positions counted with business-days' `businessDaysBetween`, day by
 * day, rather than the scheduler's own working-day index.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween, isWorkingDay } from '../../shared/domain/business-days';
import { addDays } from '../../shared/domain/iso-date';
import { type PlanTask, schedule, validatePlan } from '../../shared/domain/schedule';
import { buildPlan, linkBound, points, pos, rawPlanArb, shuffled } from './schedule-arbitraries';

const RUNS = { numRuns: 200 };

describe('schedule properties over random acyclic plans without progress', () => {
  const arb = rawPlanArb({ snet: true, statusOffset: fc.integer({ min: -10, max: 30 }) }).map(buildPlan);

  it('schedules every task on working days, for its duration, no earlier than allowed and as early as allowed', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const s = schedule(input);
        const cal = input.calendar;
        const pts = points(input, s);
        for (const t of input.tasks) {
          const r = s.tasks[t.id]!;
          const p = pts.get(t.id)!;
          expect(isWorkingDay(cal, r.earlyStart)).toBe(true);
          expect(isWorkingDay(cal, r.earlyFinish)).toBe(true);
          if (t.durationDays === 0) expect(r.earlyFinish).toBe(r.earlyStart);
          else expect(businessDaysBetween(cal, r.earlyStart, r.earlyFinish)).toBe(t.durationDays);
          expect(r.earlyStart >= input.projectStart).toBe(true);
          expect(r.earlyStart >= input.statusDate).toBe(true);
          if (t.startNoEarlierThan) expect(r.earlyStart >= t.startNoEarlierThan).toBe(true);
          expect(p.s).toBeGreaterThanOrEqual(p.floor);
        }
        // No task starts before its predecessors allow, for each link type and lag.
        const tight = new Set<string>();
        for (const d of input.dependencies) {
          const pred = pts.get(d.predecessorId)!;
          const succ = pts.get(d.successorId)!;
          const bound = linkBound(d.type, d.lagDays, pred, succ.task.durationDays);
          expect(succ.s, `${d.type} ${d.lagDays} ${d.predecessorId}→${d.successorId}`).toBeGreaterThanOrEqual(bound);
          if (succ.s === bound) tight.add(d.successorId);
        }
        // …and each starts as early as that allows: on its earliest day or held by a link.
        for (const [id, p] of pts) expect(p.s === p.floor || tight.has(id), id).toBe(true);
      }),
      RUNS,
    );
  });

  it('never forecasts readiness before any task finishes, and it is the finish of one of them', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const s = schedule(input);
        const finishes = Object.values(s.tasks).map((t) => t.earlyFinish);
        for (const f of finishes) expect(s.finish >= f).toBe(true);
        expect(finishes).toContain(s.finish);
        expect(s.start <= s.finish).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives slack >= 0 everywhere, 0 somewhere, early <= late, and a late schedule that is feasible and as late as possible', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const s = schedule(input);
        const cal = input.calendar;
        const pts = points(input, s);
        const rows = Object.values(s.tasks);
        expect(rows.some((t) => t.totalSlack === 0)).toBe(true);
        const end = pos(cal, s.finish);
        for (const r of rows) {
          const p = pts.get(r.id)!;
          expect(r.totalSlack).toBeGreaterThanOrEqual(0);
          expect(r.earlyStart <= r.lateStart && r.earlyFinish <= r.lateFinish).toBe(true);
          expect(r.lateFinish <= s.finish).toBe(true);
          expect(isWorkingDay(cal, r.lateStart) && isWorkingDay(cal, r.lateFinish)).toBe(true);
          expect(p.le - p.e).toBe(r.totalSlack);
          expect(r.critical).toBe(r.totalSlack === 0);
        }
        const held = new Set<string>();
        for (const d of input.dependencies) {
          const pred = pts.get(d.predecessorId)!;
          const succ = pts.get(d.successorId)!;
          const bound = linkBound(d.type, d.lagDays, { s: pred.ls, e: pred.le }, succ.task.durationDays);
          expect(succ.ls).toBeGreaterThanOrEqual(bound);
          if (succ.ls === bound) held.add(d.predecessorId);
        }
        for (const [id, p] of pts) {
          const latestEnd = p.task.durationDays > 0 ? end + 1 : end;
          expect(p.le === latestEnd || held.has(id), id).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('has a critical path that runs without a gap from an earliest-day bound to the readiness date', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const s = schedule(input);
        const pts = points(input, s);
        const criticalIds = Object.values(s.tasks)
          .filter((t) => t.critical)
          .map((t) => t.id);
        expect([...s.criticalPath].sort()).toEqual(criticalIds.sort());
        const starts = s.criticalPath.map((id) => s.tasks[id]!.earlyStart);
        expect(starts).toEqual([...starts].sort());
        expect(s.criticalPath.some((id) => s.tasks[id]!.earlyFinish === s.finish)).toBe(true);
        for (const id of s.criticalPath) {
          const p = pts.get(id)!;
          const drivenByCritical = input.dependencies.some(
            (d) => d.successorId === id && s.tasks[d.predecessorId]!.critical && p.s === linkBound(d.type, d.lagDays, pts.get(d.predecessorId)!, p.task.durationDays),
          );
          expect(p.s === p.floor || drivenByCritical, id).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of tasks and links', () => {
    fc.assert(
      fc.property(arb, fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), (input, seeds) => {
        const a = schedule(input);
        const b = schedule({ ...input, tasks: shuffled(input.tasks, seeds), dependencies: shuffled(input.dependencies, seeds.slice(1)) });
        expect(b.tasks).toEqual(a.tasks);
        expect([b.start, b.finish]).toEqual([a.start, a.finish]);
        expect([...b.criticalPath].sort()).toEqual([...a.criticalPath].sort());
      }),
      RUNS,
    );
  });
});

describe('the status date', () => {
  it('moves every date, and the forecast, by exactly the business days it moves when nothing progresses', () => {
    const arb = rawPlanArb({ snet: false, statusOffset: fc.constant(0) }).map(buildPlan);
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 15 }), (input, k) => {
        const before = schedule(input);
        const statusDate = addBusinessDays(input.calendar, addBusinessDays(input.calendar, input.statusDate, 0), k);
        const after = schedule({ ...input, statusDate });
        const cal = input.calendar;
        expect(pos(cal, after.finish) - pos(cal, before.finish)).toBe(k);
        for (const t of input.tasks) expect(pos(cal, after.tasks[t.id]!.earlyStart) - pos(cal, before.tasks[t.id]!.earlyStart)).toBe(k);
        expect(after.criticalPath).toEqual(before.criticalPath);
      }),
      RUNS,
    );
  });
});

describe('schedule properties with recorded progress', () => {
  const progressArb = fc.array(
    fc.record({
      kind: fc.constantFrom('none', 'started', 'done', 'done-by-start', 'done-by-finish', 'percent-only'),
      startBack: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 0, max: 15 }),
      percent: fc.integer({ min: 0, max: 99 }),
    }),
    { minLength: 25, maxLength: 25 },
  );
  const arb = fc
    .tuple(rawPlanArb({ snet: true, statusOffset: fc.integer({ min: 0, max: 60 }) }).map(buildPlan), progressArb)
    .map(([input, progress]) => {
      const tasks = input.tasks.map((t, i): PlanTask => {
        const p = progress[i]!;
        const start = addDays(input.statusDate, -p.startBack);
        const finish = addDays(start, Math.min(p.length, p.startBack));
        switch (p.kind) {
          case 'started':
            return { ...t, actualStart: start, percentComplete: p.percent };
          case 'done':
            return { ...t, actualStart: start, actualFinish: finish, percentComplete: 100 };
          case 'done-by-start':
            return { ...t, actualStart: start, percentComplete: 100 };
          case 'done-by-finish':
            return { ...t, actualFinish: finish, percentComplete: 100 };
          case 'percent-only':
            return { ...t, percentComplete: p.percent };
          default:
            return t;
        }
      });
      return { ...input, tasks };
    });

  it('keeps its invariants whatever progress is recorded, in or out of sequence', () => {
    fc.assert(
      fc.property(arb, (input) => {
        expect(validatePlan(input)).toEqual([]);
        const s = schedule(input);
        const cal = input.calendar;
        const byId = new Map(input.tasks.map((t) => [t.id, t]));
        const rows = Object.values(s.tasks);
        const firstOpenDay = addBusinessDays(cal, input.statusDate > input.projectStart ? input.statusDate : input.projectStart, 0);
        for (const r of rows) {
          const t = byId.get(r.id)!;
          expect(r.totalSlack).toBeGreaterThanOrEqual(0);
          expect(r.earlyStart <= r.lateStart && r.earlyFinish <= r.lateFinish).toBe(true);
          expect(s.finish >= r.earlyFinish).toBe(true);
          if (r.state === 'done') {
            expect([r.remainingDays, r.totalSlack, r.critical]).toEqual([0, 0, false]);
            if (t.actualStart) expect(r.earlyStart).toBe(t.actualStart);
            if (t.actualFinish) expect(r.earlyFinish).toBe(t.actualFinish);
          } else if (t.actualStart) {
            // Started: the start is history, the rest is not before the status date.
            expect(r.earlyStart).toBe(t.actualStart);
            expect(r.earlyFinish >= firstOpenDay).toBe(true);
            expect(r.remainingDays).toBe(Math.ceil((t.durationDays * (100 - t.percentComplete)) / 100));
          } else {
            expect(r.earlyStart >= firstOpenDay).toBe(true);
          }
        }
        // Links into work still to do hold, counted from the predecessors' actual or forecast dates.
        const point = (id: string) => {
          const t = byId.get(id)!;
          const r = s.tasks[id]!;
          const start = pos(cal, r.earlyStart);
          if (r.state === 'done') {
            const end = t.durationDays === 0 ? pos(cal, r.earlyFinish) : pos(cal, addDays(r.earlyFinish, 1));
            return { s: start, e: end, rest: end, started: true };
          }
          const end = r.remainingDays === 0 ? start : pos(cal, r.earlyFinish) + 1;
          return { s: start, e: end, rest: end - r.remainingDays, started: t.actualStart !== null };
        };
        for (const d of input.dependencies) {
          if (s.tasks[d.successorId]!.state === 'done') continue;
          const p = point(d.predecessorId);
          const q = point(d.successorId);
          if (d.type === 'FS') expect(q.rest).toBeGreaterThanOrEqual(p.e + d.lagDays);
          if (d.type === 'SS' && !q.started) expect(q.rest).toBeGreaterThanOrEqual(p.s + d.lagDays);
          if (d.type === 'FF') expect(q.e).toBeGreaterThanOrEqual(p.e + d.lagDays);
        }
      }),
      RUNS,
    );
  });
});

describe('loops', () => {
  it('refuses any plan where a link closes a loop, naming tasks that really form one', () => {
    const arb = rawPlanArb({ snet: false, statusOffset: fc.constant(0) })
      .map(buildPlan)
      .filter((p) => p.dependencies.length > 0);
    fc.assert(
      fc.property(arb, fc.nat(), (input, pick) => {
        const closing = input.dependencies[pick % input.dependencies.length]!;
        const deps = [...input.dependencies, { predecessorId: closing.successorId, successorId: closing.predecessorId, type: 'FS' as const, lagDays: 0 }];
        const looped = { ...input, dependencies: deps };
        const cycles = validatePlan(looped).filter((p) => p.code === 'cycle');
        expect(cycles.length).toBeGreaterThan(0);
        const linked = new Set(deps.map((d) => `${d.predecessorId}>${d.successorId}`));
        const title = new Map(input.tasks.map((t) => [t.id, t.title]));
        for (const c of cycles) {
          const ids = c.taskIds;
          expect(ids.length).toBeGreaterThanOrEqual(2);
          expect(new Set(ids).size).toBe(ids.length);
          ids.forEach((id, i) => expect(linked.has(`${id}>${ids[(i + 1) % ids.length]}`)).toBe(true));
          expect(c.message).toBe(`These tasks depend on each other in a loop: ${[...ids, ids[0]!].map((id) => title.get(id)).join(' → ')}.`);
        }
        expect(() => schedule(looped)).toThrow('These tasks depend on each other in a loop');
      }),
      RUNS,
    );
  });
});
