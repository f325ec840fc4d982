/**
 * The risk register in the bench (issue 14). `riskSeeder` (registered in EXTRA_SEEDERS by
 * bench/run.ts) gives every entry 50 risks (50,000 over the design's 1,000 entries): a mix of
 * categories, levels and statuses, a third with a schedule impact on open tasks of the entry's
 * own plan, reviews due around today (some overdue), and about 2 % accepted through the real
 * sign-off service (signed `risk_acceptance` records, some expiring within 30 days).
 * `riskMeasures` adds three measurements beside their floors: the forecast (2,000 iterations
 * over a 200-task plan, aim < 300 ms), one entry's register, and the portfolio heat map.
 */
import type Database from 'better-sqlite3';
import { riskRepo, type RiskRecord } from '../electron/backend/repos/risk-repo';
import { forecastReadiness, type ScheduleRisk } from '../shared/domain/risk-forecast';
import { addDays } from '../shared/domain/iso-date';
import { seededRandom } from '../shared/domain/seeded-random';
import type { ScheduleInput } from '../shared/domain/schedule';
import { WORKSTREAMS } from '../shared/requirements/pack-schema';
import { RISK_CATEGORIES, RISK_RESPONSES, type RiskStatus } from '../shared/risks/risk-enums';
import type { MethodName } from '../shared/contract';
import type { Measure } from './harness';
import type { SeedContext, Seeder } from './generate';
import { rawForwardPass, syntheticPlan } from './schedule-bench';

export const RISKS_PER_ENTRY = 50;
const ITERATIONS = 2000;

/** The first 200 tasks of the synthetic plan, links kept where both ends stay. */
export function plan200(): ScheduleInput {
  const full = syntheticPlan();
  const tasks = full.tasks.slice(0, 200);
  const ids = new Set(tasks.map((t) => t.id));
  return { ...full, tasks, dependencies: full.dependencies.filter((d) => ids.has(d.predecessorId) && ids.has(d.successorId)) };
}

/** 25 risks with triangular delays on random open tasks of the plan (seeded). */
export function benchRisks(plan: ScheduleInput, random: () => number, count = 25): ScheduleRisk[] {
  const open = plan.tasks.filter((t) => t.actualFinish === null && t.durationDays > 0);
  return Array.from({ length: count }, (_, i) => {
    const min = Math.floor(random() * 5);
    const likely = min + Math.floor(random() * 8);
    return {
      id: `risk-${i}`,
      title: `Synthetic risk ${i + 1}`,
      probability: [0.05, 0.15, 0.35, 0.6, 0.85][Math.floor(random() * 5)]!,
      minDays: min,
      likelyDays: likely,
      maxDays: likely + 1 + Math.floor(random() * 15),
      taskIds: [open[Math.floor(random() * open.length)]!.id],
    };
  });
}

/** Likelihood and impact steps leaning to the middle of the 5 × 5 matrix, as real registers do. */
const STEPS = [1, 2, 2, 3, 3, 3, 4, 4, 5];
const STATUSES: RiskStatus[] = ['open', 'open', 'open', 'open', 'open', 'treating', 'treating', 'treating', 'closed', 'became_issue'];

export const riskSeeder: Seeder = {
  name: 'risks',
  seed({ db, services, entries, random, today }: SeedContext) {
    const repo = riskRepo(db);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const step = () => pick(STEPS);
    const openTasks = new Map<string, string[]>();
    for (const t of db.prepare("SELECT id, entry_id FROM plan_tasks WHERE is_readiness = 0 AND actual_finish IS NULL AND duration_days > 0").all() as { id: string; entry_id: string }[]) {
      openTasks.set(t.entry_id, [...(openTasks.get(t.entry_id) ?? []), t.id]);
    }
    services.settings.update({ displayName: 'Lee Counsel', role: 'legal' });
    const at = new Date(`${addDays(today, -60)}T09:00:00.000Z`).toISOString();
    let rows = 0;
    for (const entry of entries) {
      const tasks = openTasks.get(entry.id) ?? [];
      for (let i = 0; i < RISKS_PER_ENTRY; i++) {
        const inherent = { likelihood: step(), impact: step() };
        const current = { likelihood: Math.max(1, inherent.likelihood - (random() < 0.6 ? 1 : 0)), impact: inherent.impact };
        const residual = { likelihood: Math.max(1, current.likelihood - 1), impact: Math.max(1, current.impact - (random() < 0.4 ? 1 : 0)) };
        const min = Math.floor(random() * 4);
        const likely = min + Math.floor(random() * 6);
        const r: RiskRecord = {
          id: services.kernel.newId(),
          entryId: entry.id,
          templateId: null,
          title: `Risk ${i + 1} of ${entry.name}`,
          cause: 'A dependency outside the team',
          event: 'The step takes longer than planned',
          effect: 'Launch readiness slips',
          category: pick(RISK_CATEGORIES),
          workstream: pick(WORKSTREAMS),
          owner: `Owner ${i % 7}`,
          status: pick(STATUSES),
          inherent,
          current,
          residual,
          controls: random() < 0.5 ? [{ id: services.kernel.newId(), description: 'Weekly check-in with the provider', effectiveness: 'partial' }] : [],
          response: pick(RISK_RESPONSES),
          treatments: [{ id: services.kernel.newId(), action: 'Line up a fallback', owner: `Owner ${i % 5}`, dueDate: addDays(today, 20 + (i % 40)), taskId: null }],
          targetLevel: null,
          targetDate: null,
          earlyWarning: '',
          scheduleImpact: tasks.length && random() < 0.33 ? { minDays: min, likelyDays: likely, maxDays: likely + 2 + Math.floor(random() * 10), taskIds: [pick(tasks)] } : null,
          costImpact: random() < 0.2 ? { amount: 1000 * (1 + Math.floor(random() * 50)), currency: 'EUR' } : null,
          lastReview: addDays(today, -Math.floor(random() * 40)),
          nextReview: addDays(today, Math.floor(random() * 50) - 12),
          acceptanceSeq: null,
          acceptanceExpires: null,
          matrixId: 'landfall-5x5',
          matrixVersion: '1.0.0',
          version: 1,
          createdAt: at,
          updatedAt: at,
        };
        // About 2 %: accepted through the real sign-off service (a signed ledger record), a third of them expiring within 30 days.
        if (!entry.archived && r.status === 'open' && random() < 0.04) {
          const expires = addDays(today, random() < 0.33 ? 5 + Math.floor(random() * 20) : 45 + Math.floor(random() * 120));
          const rec = services.signoff.appendRecord({
            kind: 'risk_acceptance',
            entryId: entry.id,
            subjectId: r.id,
            snapshot: { riskId: r.id, title: r.title, current: r.current, rationale: 'Within appetite for launch', expires },
            decision: 'accept',
            comment: 'Within appetite for launch',
            expiresOn: expires,
          });
          Object.assign(r, { status: 'accepted', acceptanceSeq: rec.seq, acceptanceExpires: expires });
        }
        repo.insert(r);
        rows++;
      }
    }
    return { rows };
  },
};

const LIVE = "r.status NOT IN ('closed', 'became_issue')";

/** The three risk measurements, each beside a floor on the raw read-only connection `raw`. */
export function riskMeasures(call: (m: MethodName, input: unknown) => Promise<unknown>, raw: Database.Database, sampleEntry: string): Measure[] {
  const plan = plan200();
  const risks = benchRisks(plan, seededRandom(14));
  const registerRows = raw.prepare('SELECT * FROM risks WHERE entry_id = ? ORDER BY created_at, rowid');
  const acceptances = raw.prepare(`SELECT * FROM signoff_ledger l WHERE l.kind = 'risk_acceptance' AND l.entry_id = ?
    AND l.seq = (SELECT max(m.seq) FROM signoff_ledger m WHERE m.item_id = l.item_id AND m.kind = 'risk_acceptance')`);
  const live = `${LIVE} AND r.entry_id IN (SELECT id FROM entries WHERE archived = 0)`;
  const cellCounts = raw.prepare(`SELECT r.current_likelihood, r.current_impact, count(*) AS n FROM risks r WHERE ${live} GROUP BY 1, 2`);
  const cellFirsts = raw.prepare(`SELECT * FROM (SELECT r.id, r.entry_id, r.title, r.current_likelihood, r.current_impact, r.inherent_likelihood, r.inherent_impact, r.residual_likelihood, r.residual_impact,
      row_number() OVER (PARTITION BY r.current_likelihood, r.current_impact ORDER BY r.title COLLATE NOCASE, r.id) AS k FROM risks r WHERE ${live}) WHERE k <= 12`);
  return [
    {
      name: 'Risk forecast (2,000 Monte Carlo iterations, 200-task plan, 25 risks)',
      floorIs: '2,000 bare topological forward passes over the same plan (no calendar, sampling or statistics)',
      budget: { maxMs: 300 },
      app: () => forecastReadiness({ plan, risks, targetDate: '2027-06-30', iterations: ITERATIONS, seed: 14 }),
      floor: () => {
        for (let i = 0; i < ITERATIONS; i++) rawForwardPass(plan);
      },
    },
    {
      name: `One entry's risk register (risks.list, ${RISKS_PER_ENTRY} risks)`,
      floorIs: "one query of the entry's risks and one of their latest acceptances; JSON columns parsed",
      budget: { maxMs: 30, maxRatio: 4 },
      app: () => call('risks.list', { entryId: sampleEntry }),
      floor: () => {
        const ledger = new Map((acceptances.all(sampleEntry) as { item_id: string }[]).map((a) => [a.item_id, a]));
        return (registerRows.all(sampleEntry) as Record<string, string>[]).map((r) => ({
          ...r,
          controls: JSON.parse(r.controls!),
          treatments: JSON.parse(r.treatments!),
          taskIds: JSON.parse(r.schedule_task_ids!),
          acceptance: ledger.get(r.id!) ?? null,
        }));
      },
    },
    {
      name: 'Portfolio risk heat map (risks.portfolioHeatmap, 50 risks per entry)',
      floorIs: 'the same two queries by hand (live risks of active entries counted per cell; the first 12 of each cell by title), joined to the entries table instead of a list of ids',
      budget: { maxMs: 500, maxRatio: 3 },
      app: () => call('risks.portfolioHeatmap', { category: null, region: null, stage: 'current' }),
      floor: () => [cellCounts.all(), cellFirsts.all()],
    },
  ];
}
