/**
 * Timing for the bench: the app's call and its floor run one after the other in each round
 * (alternating which goes first), so both see the same machine load; the report is the
 * median with min–max of each, and the median of the per-round ratios (app ÷ floor).
 */
import { performance } from 'node:perf_hooks';

export interface Budget {
  /** The app's median must be under this many ms. */
  maxMs?: number;
  /** The median of the paired ratios must be at most this. */
  maxRatio?: number;
  /** The app's 95th percentile must be under this many ms. */
  maxP95Ms?: number;
}

export interface Measure {
  name: string;
  /** What the floor does, said in the report. */
  floorIs: string;
  budget: Budget;
  app(round: number): unknown | Promise<unknown>;
  floor?(round: number): unknown | Promise<unknown>;
  /** Rounds for this measure when it needs more than the run's default (a p95 wants 20 or more). */
  rounds?: number;
}

export interface Stats {
  median: number;
  /** 95th percentile, nearest rank. */
  p95: number;
  min: number;
  max: number;
}

export interface Result {
  name: string;
  floorIs: string;
  budget: Budget;
  app: Stats;
  floor: Stats | null;
  ratio: number | null;
  missed: string[];
}

export function stats(xs: readonly number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  const median = s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, p95: s[Math.max(0, Math.ceil(0.95 * s.length) - 1)]!, min: s[0]!, max: s[s.length - 1]! };
}

async function timeOnce(fn: (round: number) => unknown, round: number): Promise<number> {
  const t = performance.now();
  await fn(round);
  return performance.now() - t;
}

export async function measure(m: Measure, rounds: number, warmup = 3): Promise<Result> {
  for (let i = 0; i < warmup; i++) {
    await m.app(-1 - i);
    if (m.floor) await m.floor(-1 - i);
  }
  const app: number[] = [];
  const floor: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < (m.rounds ?? rounds); r++) {
    let a: number;
    let f = 0;
    if (!m.floor) a = await timeOnce(m.app, r);
    else if (r % 2 === 0) {
      a = await timeOnce(m.app, r);
      f = await timeOnce(m.floor, r);
    } else {
      f = await timeOnce(m.floor, r);
      a = await timeOnce(m.app, r);
    }
    app.push(a);
    if (m.floor) {
      floor.push(f);
      ratios.push(a / Math.max(f, 1e-3));
    }
  }
  return judge(m, stats(app), m.floor ? stats(floor) : null, m.floor ? stats(ratios).median : null);
}

export function judge(m: Pick<Measure, 'name' | 'floorIs' | 'budget'>, app: Stats, floor: Stats | null, ratio: number | null): Result {
  const missed: string[] = [];
  if (m.budget.maxMs !== undefined && app.median >= m.budget.maxMs) missed.push(`median ${app.median.toFixed(1)} ms ≥ ${m.budget.maxMs} ms`);
  if (m.budget.maxP95Ms !== undefined && app.p95 >= m.budget.maxP95Ms) missed.push(`p95 ${app.p95.toFixed(1)} ms ≥ ${m.budget.maxP95Ms} ms`);
  if (m.budget.maxRatio !== undefined && ratio !== null && ratio > m.budget.maxRatio) missed.push(`ratio ${ratio.toFixed(1)}× > ${m.budget.maxRatio}×`);
  return { name: m.name, floorIs: m.floorIs, budget: m.budget, app, floor, ratio, missed };
}

const ms = (s: Stats) => `${fmt(s.median)} · p95 ${fmt(s.p95)} (${fmt(s.min)}–${fmt(s.max)})`;
function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function budgetText(b: Budget, unit = 'ms'): string {
  return [b.maxMs !== undefined ? `< ${b.maxMs} ${unit}` : null, b.maxP95Ms !== undefined ? `p95 < ${b.maxP95Ms} ${unit}` : null, b.maxRatio !== undefined ? `≤ ${b.maxRatio}× floor` : null].filter(Boolean).join(', ') || 'none';
}

/** The results as a Markdown table (what the closing note quotes), then what each floor is. */
export function report(title: string, results: readonly Result[], unit = 'ms'): string {
  const lines = [
    `### ${title}`,
    '',
    `| measure | budget | app median · p95 (min–max) ${unit} | floor median · p95 (min–max) ${unit} | median ratio | verdict |`,
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${budgetText(r.budget, unit)} | ${ms(r.app)} | ${r.floor ? ms(r.floor) : '—'} | ${r.ratio !== null ? `${r.ratio.toFixed(1)}×` : '—'} | ${r.missed.length ? `MISSED: ${r.missed.join('; ')}` : 'ok'} |`,
    ),
    '',
    'Floors:',
    ...results.map((r) => `- ${r.name}: ${r.floorIs}`),
    '',
  ];
  return lines.join('\n');
}
