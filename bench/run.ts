/**
 * `npm run bench`: builds the synthetic portfolio DESIGN.md names (1,000 market entries,
 * 200,000 checklist items) in a temp folder and times the API against the raw-SQLite
 * floor for the same data, so the overhead reads as a ratio.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../electron/db/connection';
import { createBackend } from '../electron/backend/index';
import { createServices } from '../electron/backend/wiring';
import { checklistRepo, type ItemRecord } from '../electron/backend/repos/checklist-repo';
import { entriesRepo } from '../electron/backend/repos/entries-repo';
import type { Entry } from '../shared/entry-schema';
import { addDays } from '../shared/domain/iso-date';
import { ITEM_STATUSES } from '../shared/checklist-schema';
import { scheduleBench } from './schedule-bench';
import { riskForecastBench } from './risk-bench';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1000);
const ITEMS_PER_ENTRY = Number(process.env.BENCH_ITEMS_PER_ENTRY ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'BR', 'IN', 'ES', 'IT', 'NL', 'PL', 'JP', 'SG', 'AU', 'CA', 'MX'];
const resourcesDir = path.resolve('resources');

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function time(fn: () => unknown | Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return { p50: percentile(xs, 50), p95: percentile(xs, 95) };
}

async function seed(dataDir: string): Promise<string> {
  const opened = await openDatabase(dataDir);
  // The services install the shipped packs; the synthetic rows then go straight through the repos.
  const { kernel, library } = createServices(opened.db, { dataDir, resourcesDir, osUser: 'bench', onProblem: (m) => console.warn(m) });
  const entries = entriesRepo(opened.db);
  const checklist = checklistRepo(opened.db);
  const reqs = library.requirements();
  const at = new Date().toISOString();
  let sampleEntry = '';
  opened.db.transaction(() => {
    for (let e = 0; e < ENTRIES; e++) {
      const start = addDays('2026-01-05', e % 365);
      const entry: Entry = {
        id: kernel.newId(),
        name: `Market entry ${e + 1}`,
        targetCountry: COUNTRIES[e % COUNTRIES.length]!,
        targetSubdivision: null,
        homeCountry: 'US',
        startDate: start,
        targetDays: 90,
        targetDate: addDays(start, 90),
        programManager: `PM ${e % 17}`,
        status: (['planning', 'active', 'ready', 'on_hold'] as const)[e % 4]!,
        archived: e % 25 === 0,
        description: 'Synthetic entry for the benchmark.',
        profile: {
          entryMode: 'subsidiary',
          customerType: 'both',
          processesPersonalData: true,
          dataSubjects: '100k_to_1m',
          sensitiveData: e % 3 === 0,
          childrensData: false,
          paymentData: true,
          aiInProduct: e % 2 === 0,
          aiInDecisionsAboutPeople: false,
          sellsDigitalServicesToConsumers: true,
          employsLocalStaff: true,
          regulatedSectors: [],
          expectedMarketRevenue: { amount: 1_000_000, currency: 'EUR' },
          globalRevenue: { amount: 50_000_000, currency: 'USD' },
        },
        createdAt: at,
        updatedAt: at,
      };
      entries.insert(entry);
      if (e === 0) sampleEntry = entry.id;
      for (let i = 0; i < ITEMS_PER_ENTRY; i++) {
        const r = reqs[i % Math.max(1, reqs.length)];
        const custom = i >= reqs.length || !r;
        const item: ItemRecord = {
          id: kernel.newId(),
          entryId: entry.id,
          requirementId: custom ? null : r.requirement.id,
          requirementHash: custom ? null : r.contentHash,
          packId: custom ? null : r.packId,
          packVersion: custom ? null : '1.0.0',
          title: custom ? `Custom item ${i}` : r.requirement.title,
          category: custom ? 'employment' : r.requirement.category,
          workstream: custom ? 'team_operations' : r.requirement.workstream,
          certainty: custom ? 'custom' : 'applies',
          reasons: custom ? ['added by the team'] : ['Country', 'processes personal data of residents'],
          appliesFrom: null,
          status: ITEM_STATUSES[(e + i) % 5]!,
          naReason: ITEM_STATUSES[(e + i) % 5] === 'not_applicable' ? 'Not relevant here' : null,
          profileExcluded: false,
          staleReason: null,
          statusBeforeExclusion: null,
          owner: `Owner ${i % 9}`,
          dueDate: addDays(start, (i * 3) % 90),
          dueManual: false,
          notes: '',
          createdAt: at,
          updatedAt: at,
        };
        checklist.insert(item);
      }
    }
  }).immediate();
  opened.close();
  return sampleEntry;
}

function row(name: string, budget: string, api: { p50: number; p95: number }, floor: { p50: number; p95: number }) {
  return { measure: name, budget, 'api p50 ms': api.p50.toFixed(2), 'api p95 ms': api.p95.toFixed(2), 'raw SQLite p95 ms': floor.p95.toFixed(2), ratio: (api.p95 / floor.p95).toFixed(1) + '×' };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-bench-'));
  const t0 = performance.now();
  const sampleEntry = await seed(dataDir);
  console.log(`Seeded ${ENTRIES} entries and ${ENTRIES * ITEMS_PER_ENTRY} checklist items in ${((performance.now() - t0) / 1000).toFixed(1)} s (${dataDir})`);

  const backend = await createBackend({ dataDir, resourcesDir, onInternalError: (e) => console.error(e) });
  const call = async (m: string, input: unknown) => {
    const r = await backend.router.call(m, input);
    if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
    return r.value;
  };
  const Database = (await import('better-sqlite3')).default;
  const raw = new Database(backend.dbFile, { readonly: true });
  const rawEntries = raw.prepare('SELECT * FROM entries WHERE archived = 0 ORDER BY created_at DESC');
  // The same per-entry counts query the repo runs (trigger-kept counts + overdue items by index).
  const rawSummary = raw.prepare(
    `SELECT c.*, (SELECT count(*) FROM checklist_items i WHERE i.entry_id = c.entry_id
       AND i.status IN ('todo', 'in_progress', 'in_review', 'blocked') AND i.due_date < ?) AS overdue FROM entry_item_counts c`,
  );
  const rawItems = raw.prepare('SELECT * FROM checklist_items WHERE entry_id = ? ORDER BY workstream, category, due_date, title');
  const rawEvidence = raw.prepare('SELECT ev.* FROM evidence ev JOIN checklist_items i ON i.id = ev.item_id WHERE i.entry_id = ?');

  const results = [
    row(
      'Portfolio dashboard (entries.list + portfolio.summary)',
      '< 50 ms',
      await time(async () => {
        await call('entries.list', { includeArchived: false });
        await call('portfolio.summary', { today: '2026-06-01' });
      }),
      await time(() => {
        rawEntries.all();
        rawSummary.all('2026-06-01');
      }),
    ),
    row(
      `One entry's checklist page (checklist.get, ${ITEMS_PER_ENTRY} items)`,
      '< 30 ms',
      await time(() => call('checklist.get', { entryId: sampleEntry })),
      await time(() => {
        rawItems.all(sampleEntry);
        rawEvidence.all(sampleEntry);
      }),
    ),
  ];
  const createTimes = await time(() =>
    call('entries.create', {
      name: 'Bench create',
      targetCountry: 'DE',
      targetSubdivision: null,
      homeCountry: 'US',
      startDate: '2027-03-01',
      targetDays: 90,
      programManager: '',
      status: 'planning',
      description: '',
      profile: {
        entryMode: 'subsidiary', customerType: 'both', processesPersonalData: true, dataSubjects: '100k_to_1m', sensitiveData: true,
        childrensData: true, paymentData: true, aiInProduct: true, aiInDecisionsAboutPeople: true, sellsDigitalServicesToConsumers: true,
        employsLocalStaff: true, regulatedSectors: ['finance'], expectedMarketRevenue: null, globalRevenue: null,
      },
    }),
  );
  const pdfTimes = await time(() => call('export.timeline', { entryId: sampleEntry, format: 'pdf', pageSize: 'A4' }));
  const planFloor = await time(() => call('plan.get', { entryId: sampleEntry, baselineId: null }));
  results.push(row('Leadership PDF for one entry (export.timeline, A4)', '< 1000 ms', pdfTimes, planFloor));
  const sched = await scheduleBench(RUNS);
  results.push(row(sched.measure, sched.budget, { p50: sched.p50, p95: sched.p95 }, { p50: sched.floorP95, p95: sched.floorP95 }));
  const forecast = await riskForecastBench();
  results.push(row(forecast.measure, forecast.budget, { p50: forecast.p50, p95: forecast.max }, { p50: forecast.p50, p95: forecast.max }));
  console.table(results);
  console.log(`Creating an entry with its checklist (no budget): p50 ${createTimes.p50.toFixed(1)} ms, p95 ${createTimes.p95.toFixed(1)} ms`);
  console.log('The PDF row\'s floor is building the plan it draws (plan.get). Not measured here: the 10,000-row virtualized table (a browser measurement).');
  raw.close();
  backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
