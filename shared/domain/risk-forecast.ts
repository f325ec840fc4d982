/**
 * The risk-adjusted readiness forecast: a Monte Carlo run over the open risks' schedule
 * impacts. In each iteration every risk occurs with the probability its likelihood level
 * declares; when it occurs, a delay drawn from its triangular (min, most likely, max)
 * distribution in working days is added to the remaining work of each task it threatens,
 * and the existing scheduler re-runs the plan on the market's calendar. Same inputs, same
 * seed: same answer. With no schedule-impacting risk the answer is the deterministic date.
 */
import { schedule, type ScheduleInput } from './schedule';
import { dayNumberOf, dateOfDayNumber } from './business-days';
import type { IsoDate } from './iso-date';
import { seededRandom } from './seeded-random';

export interface ScheduleRisk {
  id: string;
  title: string;
  /** Chance the risk occurs in the window (0..1), from its likelihood level. */
  probability: number;
  minDays: number;
  likelyDays: number;
  maxDays: number;
  /** Plan tasks the delay lands on; tasks already done are not delayed. */
  taskIds: string[];
}

export interface ForecastInput {
  plan: ScheduleInput;
  risks: ScheduleRisk[];
  targetDate: IsoDate;
  iterations: number;
  seed: number;
}

export interface RiskDriver {
  riskId: string;
  title: string;
  /** Calendar days by which P80 is later across the runs where this risk occurred than where it did not. */
  p80ShiftDays: number;
  occurred: number;
}

export interface Forecast {
  deterministic: IsoDate;
  p50: IsoDate;
  p80: IsoDate;
  p95: IsoDate;
  /** Share of runs (0..1) finishing on or before the target date. */
  probabilityOnTarget: number;
  iterations: number;
  /** Risks that move P80 most, largest first (only those that move it). */
  drivers: RiskDriver[];
}

export const MAX_ITERATIONS = 20_000;

/** Inverse-CDF sample of a triangular distribution, rounded to whole working days. */
export function triangular(u: number, min: number, mode: number, max: number): number {
  if (max <= min) return Math.round(min);
  const c = (mode - min) / (max - min);
  const x = u < c ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  return Math.round(x);
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export function forecastReadiness(input: ForecastInput): Forecast {
  const { plan, targetDate } = input;
  const base = schedule(plan);
  const deterministic = base.finish;
  const known = new Set(plan.tasks.map((t) => t.id));
  const risks = input.risks.filter((r) => r.probability > 0 && r.maxDays > 0 && r.taskIds.some((id) => known.has(id)));
  const iterations = Math.max(1, Math.min(MAX_ITERATIONS, Math.floor(input.iterations)));
  if (risks.length === 0) {
    return { deterministic, p50: deterministic, p80: deterministic, p95: deterministic, probabilityOnTarget: deterministic <= targetDate ? 1 : 0, iterations, drivers: [] };
  }
  const index = new Map(plan.tasks.map((t, i) => [t.id, i]));
  const baseDay = dayNumberOf(deterministic);
  const targetDay = dayNumberOf(targetDate);
  const rand = seededRandom(input.seed);
  const finishes = new Float64Array(iterations);
  const occurred: Uint8Array[] = risks.map(() => new Uint8Array(iterations));
  const extra = new Float64Array(plan.tasks.length);
  const cache = new Map<string, number>();
  const slack = plan.tasks.map((t) => base.tasks[t.id]?.totalSlack ?? 0);
  const sumExtra = (x: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < x.length; i++) sum += x[i]!;
    return sum;
  };
  const minSlackOf = (x: Float64Array) => {
    let min = Infinity;
    for (let i = 0; i < x.length; i++) if (x[i]! > 0 && slack[i]! < min) min = slack[i]!;
    return min;
  };
  for (let it = 0; it < iterations; it++) {
    extra.fill(0);
    let any = false;
    risks.forEach((r, k) => {
      const hit = rand() < r.probability;
      const u = rand(); // drawn either way, so one risk's outcome never shifts another's stream
      if (!hit) return;
      const delay = triangular(u, r.minDays, r.likelyDays, r.maxDays);
      occurred[k]![it] = 1;
      if (delay <= 0) return;
      for (const id of r.taskIds) {
        const i = index.get(id);
        if (i !== undefined) {
          extra[i]! += delay;
          any = true;
        }
      }
    });
    // Delays that fit inside the slack of every task they land on cannot move the finish: a path
    // through any of them has at least that task's total slack, and gains at most the sum.
    if (!any || (sumExtra(extra) <= minSlackOf(extra))) {
      finishes[it] = baseDay;
      continue;
    }
    const key = extra.join(',');
    let day = cache.get(key);
    if (day === undefined) {
      day = dayNumberOf(schedule(delayed(plan, extra)).finish);
      cache.set(key, day);
    }
    finishes[it] = day;
  }
  const all = Array.from(finishes).sort((a, b) => a - b);
  const onTarget = all.filter((d) => d <= targetDay).length / iterations;
  const p80 = quantile(all, 0.8);
  const drivers = risks
    .map((r, k) => {
      const hit: number[] = [];
      const miss: number[] = [];
      for (let it = 0; it < iterations; it++) (occurred[k]![it] ? hit : miss).push(finishes[it]!);
      const shift = hit.length === 0 ? 0 : quantile(hit.sort((a, b) => a - b), 0.8) - (miss.length ? quantile(miss.sort((a, b) => a - b), 0.8) : baseDay);
      return { riskId: r.id, title: r.title, p80ShiftDays: shift, occurred: hit.length };
    })
    .filter((d) => d.p80ShiftDays > 0)
    .sort((a, b) => b.p80ShiftDays - a.p80ShiftDays || a.title.localeCompare(b.title));
  return {
    deterministic,
    p50: dateOfDayNumber(quantile(all, 0.5)),
    p80: dateOfDayNumber(p80),
    p95: dateOfDayNumber(quantile(all, 0.95)),
    probabilityOnTarget: onTarget,
    iterations,
    drivers,
  };
}

/** The plan with `extra[i]` working days added to the remaining work of task i (done tasks unchanged). */
function delayed(plan: ScheduleInput, extra: Float64Array): ScheduleInput {
  return {
    ...plan,
    tasks: plan.tasks.map((t, i) => {
      const add = extra[i]!;
      if (add === 0 || t.actualFinish !== null || t.percentComplete >= 100) return t;
      const d = t.durationDays;
      const remaining = t.percentComplete === 0 ? d : Math.max(0, Math.ceil((d * (100 - t.percentComplete)) / 100 - 1e-9));
      const duration = d + add;
      const percent = t.percentComplete === 0 ? 0 : Math.max(0, (100 * (d - remaining)) / duration);
      return { ...t, durationDays: duration, percentComplete: percent };
    }),
  };
}
