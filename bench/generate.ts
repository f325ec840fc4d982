/**
 * The bench's data file: what a year of real use looks like, at the design's scale
 * (DESIGN.md: 1,000 entries, 200,000 checklist items) or `scale` times it.
 *
 * - Entries across 20 countries with varied profiles, start dates through the year, every status, 1 in 25 archived.
 * - Each entry's checklist: the requirements that really apply to it (the library's
 *   applicability rules on its country and profile), topped up with the team's own items to
 *   200, in every status: 5,000 in review overall (some of them approvals gone stale).
 * - Each entry's plan built by the real plan service from the template and its checklist
 *   (tasks linked to items, dependencies, the readiness milestone), topped up with the team's
 *   own tasks chained into it to about 100; one entry carries a 2,000-task plan (the Gantt measurement).
 * - A hash-chained sign-off ledger consistent with the items: approvals of signed-off items
 *   (a fifth of them conditional, a third of those expired), rejections of items back in
 *   progress, approvals later revoked, approvals of items that came back to review stale.
 *   The chain verifies. Evidence links on signed-off items.
 * - Not generated: audit rows for these changes (no read the bench measures touches them).
 *
 * Deterministic (seeded). Rows go in through the repos, in one transaction; the plans through
 * the plan service. The parts live in `bench/seed/` (entries, checklist, ledger, plans). `EXTRA_SEEDERS` is the hook for areas that add data of their own (the risk
 * register's 50,000 risks): each runs inside the same transaction, after the rows above.
 */
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { checklistRepo, type ItemRecord } from '../electron/backend/repos/checklist-repo';
import { entriesRepo } from '../electron/backend/repos/entries-repo';
import { evidenceRepo } from '../electron/backend/repos/evidence-repo';
import { ledgerRepo } from '../electron/backend/repos/ledger-repo';
import { planRepo } from '../electron/backend/repos/plan-repo';
import type { Services } from '../electron/backend/wiring';
import type { Entry } from '../shared/entry-schema';
import { assignStatuses, type ChecklistSeeding, requirementItems, topUpWithTeamItems } from './seed/checklist';
import { seededDraw } from './seed/draw';
import { benchEntry } from './seed/entries';
import { ledgerBook } from './seed/ledger';
import { type PlanSeeding, seedPlan } from './seed/plans';

export const DESIGN = { entries: 1000, itemsPerEntry: 200, tasksPerEntry: 100, pendingReview: 5000 } as const;

/** What a seeder gets: the open database, the services, what was generated so far, a seeded random source. */
export interface SeedContext {
  db: Database.Database;
  services: Services;
  scale: number;
  entries: Entry[];
  random(): number;
  /** The bench's "today": conditions before it are expired. */
  today: string;
}

export interface Seeder {
  name: string;
  seed(ctx: SeedContext): { rows: number };
}

/** Areas that add their own data to the bench file register here (e.g. the risk register: 50,000 risks at scale 1). */
export const EXTRA_SEEDERS: Seeder[] = [];

export interface Generated {
  entries: Entry[];
  /** An active entry with a 200-item checklist and some evidence (the checklist measurement). */
  sampleEntry: string;
  /** The entry with the 2,000-task plan. */
  bigPlanEntry: string;
  counts: Record<string, number>;
  seconds: number;
}

/** The entry whose plan is the 2,000-task one. */
const BIG_PLAN_AT = 7;

export function generate(db: Database.Database, services: Services, opts: { scale: number; today: string; log?: (m: string) => void }): Generated {
  const t0 = performance.now();
  const draw = seededDraw(20_261_201);
  const { kernel, library, checklists, plans, settings } = services;
  const newId = () => kernel.newId();
  const entriesR = entriesRepo(db);
  const itemsR = checklistRepo(db);
  const evidenceR = evidenceRepo(db);
  const reqs = library.requirements().map((r) => r.requirement);
  const entryCount = Math.round(DESIGN.entries * opts.scale);
  const pendingTarget = Math.round(DESIGN.pendingReview * opts.scale);
  const counts: Record<string, number> = { entries: 0, items: 0, tasks: 0, dependencies: 0, ledger: 0, evidence: 0, inReview: 0, conditional: 0, expiredConditional: 0 };
  const entries: Entry[] = [];
  let sampleEntry = '';
  let bigPlanEntry = '';
  const at = new Date(`${opts.today}T08:00:00Z`).toISOString();
  // Ledger records are appended in time order after the items exist; the book gathers them first.
  const ledger = ledgerBook(draw, newId);
  const checklist: ChecklistSeeding = {
    draw,
    deps: { kernel, library },
    ledger,
    counts,
    itemsPerEntry: DESIGN.itemsPerEntry,
    pendingTarget,
    pendingChance: (pendingTarget / (entryCount * DESIGN.itemsPerEntry)) * 1.3,
    today: opts.today,
    at,
  };
  const plan: PlanSeeding = { db, draw, repo: planRepo(db), newId, counts, tasksPerEntry: DESIGN.tasksPerEntry, at };

  db.transaction(() => {
    for (let e = 0; e < entryCount; e++) {
      const entry = benchEntry(draw, newId(), e, entryCount, at);
      entriesR.insert(entry);
      entries.push(entry);
      counts.entries!++;
      if (!sampleEntry && !entry.archived && entry.status === 'active') sampleEntry = entry.id;

      // The checklist: what applies; the plan is built when the entry is created, from the
      // checklist generated then; the team's items come later, then every status.
      const items: ItemRecord[] = requirementItems(checklist, entry, checklists.applicableFromList(reqs, entry));
      for (const item of items) itemsR.insert(item);
      plans.create(entry);
      const generatedCount = items.length;
      topUpWithTeamItems(checklist, entry, items);
      assignStatuses(checklist, entry, items);
      for (const item of items.slice(0, generatedCount)) itemsR.update(item);
      for (const item of items.slice(generatedCount)) itemsR.insert(item);
      counts.items! += items.length;
      for (const item of items) {
        if (item.status === 'signed_off' && draw.random() < 0.5) {
          evidenceR.insert({
            id: newId(),
            itemId: item.id,
            kind: 'link',
            name: 'Filing receipt',
            url: `https://example.org/filings/${item.id.slice(0, 8)}`,
            sha256: null,
            size: null,
            addedBy: item.owner || 'Dana Reyes',
            osUser: 'team',
            addedAt: at,
          });
          counts.evidence!++;
        }
      }

      // The plan as built, then the team's own tasks.
      if (e === BIG_PLAN_AT) bigPlanEntry = entry.id;
      seedPlan(plan, entry.id, e === BIG_PLAN_AT, e);
      if (opts.log && (e + 1) % Math.max(1, Math.floor(entryCount / 10)) === 0) opts.log(`  … ${e + 1} of ${entryCount} entries`);
    }

    // The team's tasks went in through the repo, behind the plan service: the forecasts it stored are stale until the first open.
    db.prepare('UPDATE plan_forecasts SET dirty = 1').run();
    counts.ledger = ledger.append(ledgerRepo(db), settings.installationId());

    for (const s of EXTRA_SEEDERS) {
      const { rows } = s.seed({ db, services, scale: opts.scale, entries, random: draw.random, today: opts.today });
      counts[s.name] = rows;
    }
  }).immediate();

  return { entries, sampleEntry, bigPlanEntry, counts, seconds: (performance.now() - t0) / 1000 };
}
