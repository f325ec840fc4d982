/**
 * Rescheduling benchmark (DESIGN.md: "rescheduling a 2,000-task plan < 20 ms").
 *
 * Builds a synthetic 2,000-task readiness plan with a deterministic seeded generator
 * (a random layered DAG, about 3 links per task, FS/SS/FF with small lags, some tasks
 * done or in progress) on the German calendar, then times `schedule()` after warm-up,
 * each run after a one-task edit, as the app does when a duration changes.
 *
 * Beside it, the raw computation floor: the bare topological forward pass over integer
 * durations (id lookup, adjacency arrays, Kahn's algorithm) with no calendar, no
 * validation, no progress rules, no backward pass and no output objects. The ratio is
 * the price of everything the real scheduler does on top.
 *
 * `npx tsx bench/schedule-bench.ts` prints the table; `bench/run.ts` can call `scheduleBench()`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildCalendar } from '../electron/backend/reference/calendars';
import { businessDaysBetween } from '../shared/domain/business-days';
import { addDays } from '../shared/domain/iso-date';
import { seededRandom as rng } from '../shared/domain/seeded-random';
import { type PlanDependency, type PlanTask, type ScheduleInput, schedule } from '../shared/domain/schedule';

const TASKS = 2000;
const PER_LEVEL = 50;
const PROJECT_START = '2027-01-04';
const STATUS_DATE = '2027-02-15';

/**
 * A plan of `TASKS` tasks in levels of `PER_LEVEL`; each task after the first level links
 * to about 3 tasks of the two levels before it. The first level is done, the second in progress.
 */
export function syntheticPlan(seed = 20_270_104): ScheduleInput {
  const random = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const tasks: PlanTask[] = [];
  const dependencies: PlanDependency[] = [];
  for (let i = 0; i < TASKS; i++) {
    const level = Math.floor(i / PER_LEVEL);
    const milestone = i === TASKS - 1 || random() < 0.05;
    const durationDays = milestone ? 0 : int(1, 8);
    const t: PlanTask = {
      id: `task-${i.toString(36)}-${int(0, 1e9).toString(36)}`,
      title: `Synthetic task ${i + 1}`,
      durationDays,
      percentComplete: 0,
      actualStart: null,
      actualFinish: null,
      startNoEarlierThan: random() < 0.03 ? addDays(PROJECT_START, int(0, 120)) : null,
    };
    if (level === 0) {
      t.actualStart = addDays(PROJECT_START, int(0, 7));
      t.actualFinish = addDays(t.actualStart, int(0, 14));
      t.percentComplete = 100;
    } else if (level === 1 && !milestone) {
      t.actualStart = addDays(PROJECT_START, int(14, 28));
      t.percentComplete = int(0, 9) * 10;
    }
    tasks.push(t);
    if (level === 0) continue;
    const from = Math.max(0, (level - 2) * PER_LEVEL);
    const to = level * PER_LEVEL; // exclusive
    const links = i === TASKS - 1 ? 12 : int(2, 4);
    const seen = new Set<number>();
    for (let k = 0; k < links; k++) {
      const p = int(from, to - 1);
      if (seen.has(p)) continue;
      seen.add(p);
      const pred = tasks[p]!;
      const roll = random();
      const type = roll < 0.8 ? 'FS' : roll < 0.9 ? 'SS' : 'FF';
      const lagDays = Math.max(-pred.durationDays, int(-2, 3));
      dependencies.push({ predecessorId: pred.id, successorId: t.id, type, lagDays });
    }
  }
  const calendar = buildCalendar('DE', '2026-01-01', '2029-12-31');
  return { projectStart: PROJECT_START, statusDate: STATUS_DATE, calendar, tasks, dependencies };
}

/**
 * The raw computation floor: earliest finish of the plan by a bare topological forward
 * pass over integer durations, lags and link types (no calendar, validation, progress,
 * backward pass or output objects).
 */
export function rawForwardPass(input: ScheduleInput): number {
  const { tasks, dependencies } = input;
  const n = tasks.length;
  const m = dependencies.length;
  const index = new Map<string, number>();
  const duration = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    index.set(tasks[i]!.id, i);
    duration[i] = tasks[i]!.durationDays;
  }
  const pred = new Int32Array(m);
  const succ = new Int32Array(m);
  const kind = new Uint8Array(m);
  const lag = new Int32Array(m);
  const outStart = new Int32Array(n + 1);
  const indegree = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    const d = dependencies[e]!;
    pred[e] = index.get(d.predecessorId)!;
    succ[e] = index.get(d.successorId)!;
    kind[e] = d.type === 'FS' ? 0 : d.type === 'SS' ? 1 : 2;
    lag[e] = d.lagDays;
    outStart[pred[e]! + 1]!++;
    indegree[succ[e]!]!++;
  }
  for (let i = 0; i < n; i++) outStart[i + 1]! += outStart[i]!;
  const fill = outStart.slice(0, n);
  const out = new Int32Array(m);
  for (let e = 0; e < m; e++) out[fill[pred[e]!]!++] = e;
  const start = new Int32Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue[tail++] = i;
  let finish = 0;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    const end = start[v]! + duration[v]!;
    if (end > finish) finish = end;
    for (let k = outStart[v]!; k < outStart[v + 1]!; k++) {
      const e = out[k]!;
      const s = succ[e]!;
      const bound = kind[e] === 0 ? end + lag[e]! : kind[e] === 1 ? start[v]! + lag[e]! : end + lag[e]! - duration[s]!;
      if (bound > start[s]!) start[s] = bound;
      if (--indegree[s]! === 0) queue[tail++] = s;
    }
  }
  return finish;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** A copy of `base` with one task's duration changed: what one edit in the app sends to the scheduler. */
function edited(base: ScheduleInput, run: number): ScheduleInput {
  const tasks = base.tasks.slice();
  const i = PER_LEVEL * 2 + ((run * 7919) % (tasks.length - PER_LEVEL * 2 - 1));
  const t = tasks[i]!;
  tasks[i] = { ...t, durationDays: t.durationDays === 0 ? 0 : t.durationDays + 1 + (run % 5) }; // longer only: negative lags stay valid
  return { ...base, tasks };
}

function timeRuns(runs: number, warmup: number, fn: (run: number) => unknown): { p50: number; p95: number } {
  for (let i = 0; i < warmup; i++) fn(i);
  const xs: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = fn(warmup + i);
    xs.push(performance.now() - t);
    if (r) sink++;
  }
  if (sink < 0) console.log(sink);
  return { p50: percentile(xs, 50), p95: percentile(xs, 95) };
}

export interface ScheduleBenchResult {
  measure: string;
  budget: string;
  p50: number;
  p95: number;
  floorP95: number;
}

export async function scheduleBench(runs = 40): Promise<ScheduleBenchResult> {
  const base = syntheticPlan();
  const inputs = Array.from({ length: runs + 30 }, (_, run) => edited(base, run));
  const api = timeRuns(runs, 30, (run) => schedule(inputs[run]!));
  const floor = timeRuns(runs, 30, (run) => rawForwardPass(inputs[run]!));
  return {
    measure: `Rescheduling a ${base.tasks.length.toLocaleString('en')}-task plan (schedule())`,
    budget: '< 20 ms',
    p50: api.p50,
    p95: api.p95,
    floorP95: floor.p95,
  };
}

async function main() {
  const runs = Number(process.env.BENCH_RUNS ?? 40);
  const plan = syntheticPlan();
  const s = schedule(plan);
  const span = businessDaysBetween(plan.calendar, s.start, s.finish);
  console.log(
    `Synthetic plan: ${plan.tasks.length} tasks, ${plan.dependencies.length} links, ${s.start} → ${s.finish} (${span} working days in DE), ` +
      `${s.criticalPath.length} critical tasks, status date ${plan.statusDate}.`,
  );
  const r = await scheduleBench(runs);
  console.table([
    {
      measure: r.measure,
      budget: r.budget,
      'p50 ms': r.p50.toFixed(2),
      'p95 ms': r.p95.toFixed(2),
      'raw floor p95 ms': r.floorP95.toFixed(3),
      ratio: `${(r.p95 / r.floorP95).toFixed(1)}×`,
    },
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
