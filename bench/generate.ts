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
 * the plan service. `EXTRA_SEEDERS` is the hook for areas that add data of their own (the risk
 * register's 50,000 risks): each runs inside the same transaction, after the rows above.
 */
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { sha256Hex } from '../electron/backend/library/content-hash';
import { checklistRepo, type ItemRecord } from '../electron/backend/repos/checklist-repo';
import { entriesRepo } from '../electron/backend/repos/entries-repo';
import { evidenceRepo } from '../electron/backend/repos/evidence-repo';
import { ledgerRepo } from '../electron/backend/repos/ledger-repo';
import { planRepo, type TaskRecord } from '../electron/backend/repos/plan-repo';
import type { Services } from '../electron/backend/wiring';
import { canonicalJson } from '../shared/canonical-json';
import type { ItemStatus } from '../shared/checklist-schema';
import { GENESIS_HASH, recordHash } from '../shared/domain/ledger-chain';
import { addDays } from '../shared/domain/iso-date';
import type { Entry } from '../shared/entry-schema';
import type { LedgerRecord } from '../shared/signoff-schema';
import type { Workstream } from '../shared/requirements/pack-schema';
import { syntheticPlan } from './schedule-bench';

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

const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'BR', 'IN', 'ES', 'IT', 'NL', 'PL', 'JP', 'SG', 'AU', 'CA', 'MX', 'IE', 'CH', 'AE', 'ZA', 'KR'];
const NAMES: Record<string, string> = {
  DE: 'Germany', FR: 'France', GB: 'United Kingdom', US: 'United States', BR: 'Brazil', IN: 'India', ES: 'Spain', IT: 'Italy', NL: 'Netherlands',
  PL: 'Poland', JP: 'Japan', SG: 'Singapore', AU: 'Australia', CA: 'Canada', MX: 'Mexico', IE: 'Ireland', CH: 'Switzerland', AE: 'UAE', ZA: 'South Africa', KR: 'Korea',
};
const KINDS = ['launch', 'subsidiary', 'pilot', 'expansion', 'B2B rollout', 'payments launch'];
const PEOPLE = ['Dana Reyes', 'Ana Silva', 'Kenji Mori', 'Priya Nair', 'Tom Becker', 'Lea Martin', 'Omar Haddad', 'Sofia Rossi', 'Jan Kowalski', 'Mia Chen'];
const COUNSEL = ['Lee Counsel', 'Ruth Okafor', 'Marc Dubois'];
const TEAM_ITEMS: [string, Workstream, string][] = [
  ['Open a local bank account', 'team_operations', 'company_registration'],
  ['Sign the office lease', 'team_operations', 'company_registration'],
  ['Choose a payroll provider', 'team_operations', 'employment'],
  ['Localise the terms of service', 'regulatory_legal', 'consumer_platform'],
  ['Translate the privacy notice', 'regulatory_legal', 'data_protection'],
  ['Set up the support rota', 'team_operations', 'employment'],
  ['Provision the regional cloud account', 'infrastructure_technology', 'data_localization'],
  ['Load-test the local payment methods', 'infrastructure_technology', 'consumer_platform'],
  ['Register the trademark locally', 'regulatory_legal', 'intellectual_property'],
  ['Brief the sales team on local rules', 'team_operations', 'employment'],
  ['Set up VAT invoicing', 'team_operations', 'tax_vat_gst'],
  ['Configure incident reporting contacts', 'infrastructure_technology', 'security_incident_reporting'],
];

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A status for an item, by the shares a year of use shows (pending review is placed separately). */
function drawStatus(r: number, entryStatus: Entry['status']): ItemStatus {
  const signed = entryStatus === 'ready' ? 0.55 : entryStatus === 'planning' ? 0.08 : 0.28;
  if (r < signed) return 'signed_off';
  if (r < signed + 0.24) return 'in_progress';
  if (r < signed + 0.3) return 'blocked';
  if (r < signed + 0.38) return 'not_applicable';
  return 'todo';
}

export function generate(db: Database.Database, services: Services, opts: { scale: number; today: string; log?: (m: string) => void }): Generated {
  const t0 = performance.now();
  const random = rng(20_261_201);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const { kernel, library, checklists, plans, settings } = services;
  const entriesR = entriesRepo(db);
  const itemsR = checklistRepo(db);
  const evidenceR = evidenceRepo(db);
  const ledgerR = ledgerRepo(db);
  const planR = planRepo(db);
  const reqs = library.requirements();
  const reqById = new Map(reqs.map((r) => [r.requirement.id, r]));
  const packVersion = new Map(library.view().packs.map((p) => [p.id, p.version]));
  const chainId = settings.installationId();
  const entryCount = Math.round(DESIGN.entries * opts.scale);
  const pendingTarget = Math.round(DESIGN.pendingReview * opts.scale);
  const counts: Record<string, number> = { entries: 0, items: 0, tasks: 0, dependencies: 0, ledger: 0, evidence: 0, inReview: 0, conditional: 0, expiredConditional: 0 };
  const entries: Entry[] = [];
  let sampleEntry = '';
  let bigPlanEntry = '';

  // Ledger records are appended in time order after the items exist; gather them first.
  type Pending = Omit<LedgerRecord, 'seq' | 'prevHash' | 'hash' | 'chainId'>;
  const decisions: Pending[] = [];
  const decisionAt = (start: string, k: number) => new Date(Date.parse(`${addDays(start, 10 + k)}T09:00:00Z`) + int(0, 8 * 3600) * 1000).toISOString();
  const contentHash = (i: ItemRecord) =>
    sha256Hex(canonicalJson({ requirementId: i.requirementId, requirementHash: i.requirementHash, title: i.title, category: i.category, workstream: i.workstream }));
  function decide(i: ItemRecord, start: string, k: number, decision: LedgerRecord['decision'], extra: Partial<Pending> = {}) {
    decisions.push({
      // Written as records from before signing (format 1): the bench measures reads, not signatures.
      format: 1,
      kind: 'item_decision',
      snapshot: null,
      signature: null,
      id: kernel.newId(),
      at: decisionAt(start, k),
      entryId: i.entryId,
      itemId: i.id,
      decision,
      signerName: pick(COUNSEL),
      signerRole: 'legal',
      osUser: 'counsel',
      comment: decision === 'reject' ? 'Evidence does not show the filing; attach the receipt.' : decision === 'revoke' ? 'The processor changed; needs a new review.' : 'Checked against the source.',
      conditionText: null,
      conditionExpires: null,
      requirementId: i.requirementId,
      packId: i.packId,
      packVersion: i.packVersion,
      contentHash: contentHash(i),
      evidenceHashes: [],
      ...extra,
    });
  }

  const at = new Date(`${opts.today}T08:00:00Z`).toISOString();
  db.transaction(() => {
    for (let e = 0; e < entryCount; e++) {
      const country = COUNTRIES[e % COUNTRIES.length]!;
      const start = addDays('2026-01-05', Math.floor((e * 331) / entryCount) + int(0, 20));
      const status = (['active', 'active', 'planning', 'ready', 'on_hold'] as const)[e % 5]!;
      const entry: Entry = {
        id: kernel.newId(),
        name: `${NAMES[country]} ${pick(KINDS)} ${Math.floor(e / COUNTRIES.length) + 1}`,
        targetCountry: country,
        targetSubdivision: null,
        homeCountry: 'US',
        startDate: start,
        targetDays: pick([60, 90, 90, 120]),
        targetDate: '',
        programManager: pick(PEOPLE),
        status,
        archived: e % 25 === 24,
        description: 'Entry generated for the benchmark: realistic shape, invented names.',
        profile: {
          entryMode: pick(['subsidiary', 'subsidiary', 'branch', 'cross_border'] as const),
          customerType: pick(['b2b', 'b2c', 'both'] as const),
          processesPersonalData: random() < 0.9,
          dataSubjects: pick(['1k_to_10k', '10k_to_100k', '100k_to_1m', 'over_1m'] as const),
          sensitiveData: random() < 0.3,
          childrensData: random() < 0.1,
          paymentData: random() < 0.6,
          aiInProduct: random() < 0.5,
          aiInDecisionsAboutPeople: random() < 0.15,
          sellsDigitalServicesToConsumers: random() < 0.6,
          employsLocalStaff: random() < 0.7,
          regulatedSectors: random() < 0.2 ? ['finance'] : [],
          expectedMarketRevenue: { amount: int(1, 50) * 100_000, currency: 'EUR' },
          globalRevenue: { amount: int(10, 500) * 1_000_000, currency: 'USD' },
        },
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      entry.targetDate = addDays(start, entry.targetDays);
      entriesR.insert(entry);
      entries.push(entry);
      counts.entries!++;
      if (!sampleEntry && !entry.archived && status === 'active') sampleEntry = entry.id;

      // The checklist: what applies, then the team's own items up to 200.
      const items: ItemRecord[] = [];
      const applicable = checklists.applicableFromList(
        reqs.map((r) => r.requirement),
        entry,
      );
      for (const a of applicable.slice(0, DESIGN.itemsPerEntry)) {
        const stored = reqById.get(a.requirement.id)!;
        items.push({
          id: kernel.newId(),
          entryId: entry.id,
          requirementId: a.requirement.id,
          requirementHash: stored.contentHash,
          packId: stored.packId,
          packVersion: packVersion.get(stored.packId) ?? '1.0.0',
          title: a.requirement.title,
          category: a.requirement.category,
          workstream: a.requirement.workstream,
          certainty: a.certainty,
          reasons: a.reasons,
          appliesFrom: a.appliesFrom,
          status: 'todo',
          naReason: null,
          profileExcluded: false,
          staleReason: null,
          statusBeforeExclusion: null,
          owner: pick(PEOPLE),
          dueDate: addDays(start, int(5, entry.targetDays)),
          dueManual: false,
          notes: random() < 0.3 ? 'Waiting on the local counsel’s reply.' : '',
          createdAt: at,
          updatedAt: at,
          version: 1,
        });
      }
      // The plan is built when the entry is created, from the checklist generated then (the team's items come later).
      for (const item of items) itemsR.insert(item);
      plans.create(entry);
      const generatedCount = items.length;
      for (let k = 0; items.length < DESIGN.itemsPerEntry; k++) {
        const [title, workstream, category] = TEAM_ITEMS[k % TEAM_ITEMS.length]!;
        items.push({
          id: kernel.newId(),
          entryId: entry.id,
          requirementId: null,
          requirementHash: null,
          packId: null,
          packVersion: null,
          title: k < TEAM_ITEMS.length ? title : `${title} (${Math.floor(k / TEAM_ITEMS.length) + 1})`,
          category,
          workstream,
          certainty: 'custom',
          reasons: ['added by the team'],
          appliesFrom: null,
          status: 'todo',
          naReason: null,
          profileExcluded: false,
          staleReason: null,
          statusBeforeExclusion: null,
          owner: random() < 0.8 ? pick(PEOPLE) : '',
          dueDate: random() < 0.9 ? addDays(start, int(5, entry.targetDays + 30)) : null,
          dueManual: true,
          notes: '',
          createdAt: at,
          updatedAt: at,
          version: 1,
        });
      }
      // Statuses, and the ledger history each implies.
      items.forEach((item, k) => {
        // Pending review: spread evenly over the active entries until the target is met.
        const wantPending = !entry.archived && counts.inReview! < pendingTarget && random() < (pendingTarget / (entryCount * DESIGN.itemsPerEntry)) * 1.3;
        if (wantPending) {
          item.status = 'in_review';
          counts.inReview!++;
          if (random() < 0.1) {
            decide(item, start, k % 60, 'approve');
            item.staleReason = `Stale — needs re-review: evidence "Updated DPA" was added after the approval.`;
          }
          return;
        }
        item.status = drawStatus(random(), status);
        if (item.status === 'not_applicable') item.naReason = 'Not relevant to this entry mode.';
        if (item.status === 'signed_off') {
          if (random() < 0.2) {
            const expired = random() < 1 / 3;
            const expires = expired ? addDays(opts.today, -int(1, 120)) : addDays(opts.today, int(1, 200));
            decide(item, start, k % 60, 'approve_conditional', { conditionText: 'Renew the processor agreement before it lapses.', conditionExpires: expires });
            counts.conditional!++;
            if (expired) counts.expiredConditional!++;
          } else {
            if (random() < 0.1) decide(item, start, k % 60, 'reject');
            decide(item, start, (k % 60) + 1, 'approve');
          }
        } else if (item.status === 'in_progress') {
          const r = random();
          if (r < 0.25) decide(item, start, k % 60, 'reject');
          else if (r < 0.3) {
            decide(item, start, k % 60, 'approve');
            decide(item, start, (k % 60) + 2, 'revoke');
          }
        }
      });
      for (const item of items.slice(0, generatedCount)) itemsR.update(item);
      for (const item of items.slice(generatedCount)) itemsR.insert(item);
      counts.items! += items.length;
      for (const item of items) {
        if (item.status === 'signed_off' && random() < 0.5) {
          evidenceR.insert({
            id: kernel.newId(),
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
      const built = db.prepare('SELECT count(*) AS n FROM plan_tasks WHERE entry_id = ?').pluck().get(entry.id) as number;
      const readiness = db.prepare('SELECT id FROM plan_tasks WHERE entry_id = ? AND is_readiness = 1').pluck().get(entry.id) as string;
      const big = e === 7;
      let previous: string | null = null;
      let added = 0;
      if (big) {
        bigPlanEntry = entry.id;
        const synthetic = syntheticPlan(e);
        const idOf = new Map<string, string>();
        synthetic.tasks.forEach((t, k) => {
          const task = ownTask(entry.id, `${t.title}`, (['regulatory_legal', 'infrastructure_technology', 'team_operations'] as const)[k % 3]!, t.durationDays, 20_000 + k, at);
          planR.insertTask(task);
          idOf.set(t.id, task.id);
        });
        for (const d of synthetic.dependencies) {
          planR.insertDependency({ id: kernel.newId(), entryId: entry.id, predecessorId: idOf.get(d.predecessorId)!, successorId: idOf.get(d.successorId)!, type: d.type, lagDays: d.lagDays });
          counts.dependencies!++;
        }
        added = synthetic.tasks.length;
      } else {
        for (let k = built; k < DESIGN.tasksPerEntry; k++) {
          const [title, workstream] = TEAM_ITEMS[k % TEAM_ITEMS.length]!;
          const task = ownTask(entry.id, `${title} — step ${k}`, workstream, int(1, 8), 20_000 + k, at);
          planR.insertTask(task);
          if (previous) {
            planR.insertDependency({ id: kernel.newId(), entryId: entry.id, predecessorId: previous, successorId: task.id, type: 'FS', lagDays: 0 });
            counts.dependencies!++;
          }
          previous = task.id;
          added++;
        }
        if (previous) {
          planR.insertDependency({ id: kernel.newId(), entryId: entry.id, predecessorId: previous, successorId: readiness, type: 'FS', lagDays: 0 });
          counts.dependencies!++;
        }
      }
      counts.tasks! += built + added;
      if (opts.log && (e + 1) % Math.max(1, Math.floor(entryCount / 10)) === 0) opts.log(`  … ${e + 1} of ${entryCount} entries`);
    }

    // The team's tasks went in through the repo, behind the plan service: the forecasts it stored are stale until the first open.
    db.prepare('UPDATE plan_forecasts SET dirty = 1').run();

    // The ledger, in time order, hash-chained from the genesis hash.
    decisions.sort((a, b) => a.at.localeCompare(b.at));
    let prevHash = GENESIS_HASH;
    decisions.forEach((d, n) => {
      const unsigned = { seq: n + 1, chainId, ...d, prevHash };
      const record: LedgerRecord = { ...unsigned, hash: recordHash(unsigned, sha256Hex) };
      ledgerR.append(record);
      prevHash = record.hash;
    });
    counts.ledger = decisions.length;

    for (const s of EXTRA_SEEDERS) {
      const { rows } = s.seed({ db, services, scale: opts.scale, entries, random, today: opts.today });
      counts[s.name] = rows;
    }
  }).immediate();

  function ownTask(entryId: string, title: string, workstream: Workstream, durationDays: number, sort: number, when: string): TaskRecord {
    return {
      id: kernel.newId(),
      entryId,
      title,
      workstream,
      owner: pick(PEOPLE),
      durationDays,
      percentComplete: random() < 0.3 ? int(1, 10) * 10 : 0,
      actualStart: null,
      actualFinish: null,
      startNoEarlierThan: null,
      isReadiness: false,
      templateKey: null,
      sort,
      version: 1,
      createdAt: when,
      updatedAt: when,
    };
  }

  return { entries, sampleEntry, bigPlanEntry, counts, seconds: (performance.now() - t0) / 1000 };
}
