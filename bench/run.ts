/**
 * `npm run bench`: generates a file that looks like a year of real use (bench/generate.ts) in
 * a temp folder, then measures the API against hand-written floors (bench/api-bench.ts) and the
 * screens in Chromium against a bare React table fed the same JSON (bench/browser-bench.ts).
 * Every figure is checked against its budget; the run exits with status 1 when one is missed.
 *
 *   BENCH_SCALE=10        ten times the design's scale (10,000 entries, 2 million items; seeding takes minutes)
 *   BENCH_RUNS=15         rounds per API measure (each round: the app's call and its floor, interleaved)
 *   BENCH_BROWSER=0       skip the browser measurements
 *   BENCH_BROWSER_RUNS=5  rounds per browser measure
 *   BENCH_KEEP=1          keep the generated data folder (its path is printed)
 *
 * Not part of `npm test`: it takes minutes and its figures depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createBackend } from '../electron/backend/index';
import { createServices } from '../electron/backend/wiring';
import { openDatabase } from '../electron/db/connection';
import { localToday } from '../shared/domain/iso-date';
import { apiBench } from './api-bench';
import { DESIGN, EXTRA_SEEDERS, generate } from './generate';
import { riskSeeder } from './risk-bench';
import { efficiencySeeder } from './portfolio-bench';
import { report, type Result } from './harness';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BROWSER = process.env.BENCH_BROWSER !== '0';
const BROWSER_RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 5);
const resourcesDir = path.resolve('resources');

async function main(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-bench-'));
  const today = localToday();
  console.log(`Generating the bench file at ${SCALE}× the design's scale in ${dataDir} …`);
  EXTRA_SEEDERS.push(efficiencySeeder);
  const opened = await openDatabase(dataDir);
  const services = createServices(opened.db, { dataDir, resourcesDir, osUser: 'bench', onProblem: (m) => console.warn(m) });
  EXTRA_SEEDERS.push(riskSeeder);
  const gen = generate(opened.db, services, { scale: SCALE, today, log: console.log });
  await services.exportWorker.close();
  opened.close();
  console.log(
    `Generated in ${gen.seconds.toFixed(1)} s: ${Object.entries(gen.counts)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(', ')}`,
  );

  // Opening the file runs the start-up housekeeping: expired conditional approvals turn stale once, here.
  const t = performance.now();
  const backend = await createBackend({ dataDir, resourcesDir, onInternalError: (e) => console.error(e) });
  console.log(`Opened the file in ${(performance.now() - t).toFixed(0)} ms (start-up sweep included).`);

  // The review budget is stated for 10,000 pending: send enough more of the team's open items to review.
  const side = new Database(backend.dbFile);
  const pendingNow = () =>
    Number(side.prepare("SELECT count(*) FROM checklist_items i JOIN entries e ON e.id = i.entry_id AND e.archived = 0 WHERE i.status = 'in_review'").pluck().get());
  const extra = Math.max(0, Math.round(2 * DESIGN.pendingReview * SCALE) - pendingNow());
  side
    .prepare(
      `UPDATE checklist_items SET status = 'in_review' WHERE id IN (
         SELECT i.id FROM checklist_items i JOIN entries e ON e.id = i.entry_id AND e.archived = 0 WHERE i.status = 'todo' ORDER BY i.id LIMIT ?)`,
    )
    .run(extra);
  const pending = pendingNow();
  side.close();
  console.log(`Pending review for the measurements: ${Number(pending).toLocaleString('en')} items.`);

  const results: { title: string; rows: Result[]; unit?: string }[] = [];
  const api = await apiBench({ backend, today, sampleEntry: gen.sampleEntry, bigPlanEntry: gen.bigPlanEntry, rounds: RUNS });
  results.push({ title: `API (${RUNS} interleaved rounds, scale ${SCALE}×)`, rows: api });
  console.log('\n' + report(results[0]!.title, api));

  if (BROWSER) {
    console.log('Building the renderer for the browser measurements …');
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
    const { browserBench } = await import('./browser-bench');
    const browser = await browserBench({ backend, bigPlanEntry: gen.bigPlanEntry, rounds: BROWSER_RUNS });
    const timings = browser.filter((r) => !r.name.includes('in the DOM'));
    const counts = browser.filter((r) => r.name.includes('in the DOM'));
    results.push({ title: `Browser (Chromium, ${BROWSER_RUNS} interleaved rounds)`, rows: timings });
    results.push({ title: 'Browser: rows in the DOM while scrolling through each list', rows: counts, unit: 'rows' });
    console.log('\n' + report(results[1]!.title, timings));
    console.log(report(results[2]!.title, counts, 'rows'));
  } else {
    console.log('Browser measurements skipped (BENCH_BROWSER=0).');
  }

  backend.close();
  if (process.env.BENCH_KEEP === '1') console.log(`Kept the data folder: ${dataDir}`);
  else fs.rmSync(dataDir, { recursive: true, force: true });

  const missed = results.flatMap((r) => r.rows.filter((x) => x.missed.length > 0).map((x) => `${x.name}: ${x.missed.join('; ')}`));
  if (missed.length > 0) {
    console.error(`\n${missed.length} budget(s) missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`);
    return 1;
  }
  console.log('\nEvery budget met.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
