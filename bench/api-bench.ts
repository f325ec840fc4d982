/**
 * The API measurements on the generated file, each beside a floor that does the same work by
 * hand on a raw read-only better-sqlite3 connection: the same rows from one joined query,
 * the same lookups (requirement bodies, evidence), the same JSON parsing, no validation.
 */
import Database from 'better-sqlite3';
import type { Backend } from '../electron/backend/index';
import { ledgerRepo } from '../electron/backend/repos/ledger-repo';
import { schedule, type ScheduleInput } from '../shared/domain/schedule';
import type { MethodName } from '../shared/contract';
import { measure, type Measure, type Result } from './harness';
import { riskMeasures } from './risk-bench';
import { rawForwardPass, syntheticPlan } from './schedule-bench';
import { dashboardMeasure, firstOpen } from './portfolio-bench';

export interface ApiBenchInput {
  backend: Backend;
  today: string;
  sampleEntry: string;
  bigPlanEntry: string;
  rounds: number;
}

const OPEN = "('todo', 'in_progress', 'in_review', 'blocked')";

export async function apiBench({ backend, today, sampleEntry, bigPlanEntry, rounds }: ApiBenchInput): Promise<Result[]> {
  const call = async (m: MethodName, input: unknown) => {
    const r = await backend.router.call(m, input);
    if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
    return r.value;
  };
  const raw = new Database(backend.dbFile, { readonly: true });
  raw.pragma('query_only = ON');

  const portfolioFloor = raw.prepare(`
    SELECT e.*, c.signed_off, c.todo + c.in_progress + c.in_review + c.blocked + c.signed_off AS applicable,
           c.todo + c.in_progress + c.in_review + c.blocked AS open, c.blocked, c.in_review,
           (SELECT count(*) FROM checklist_items i WHERE i.entry_id = e.id AND i.status IN ${OPEN} AND i.due_date < ?) AS overdue
    FROM entries e LEFT JOIN entry_item_counts c ON c.entry_id = e.id
    WHERE e.archived = 0 ORDER BY e.created_at DESC, e.id`);
  const checklistFloor = raw.prepare(`
    SELECT i.*, r.body AS req_body, r.content_hash AS req_hash, r.active AS req_active
    FROM checklist_items i LEFT JOIN requirements r ON r.id = i.requirement_id
    WHERE i.entry_id = ?
    ORDER BY CASE i.workstream WHEN 'regulatory_legal' THEN 0 WHEN 'infrastructure_technology' THEN 1 ELSE 2 END, i.category, i.due_date, i.title`);
  const evidenceOfEntry = raw.prepare('SELECT ev.* FROM evidence ev JOIN checklist_items i ON i.id = ev.item_id WHERE i.entry_id = ?');
  const queueJoins = `FROM checklist_items i JOIN entries e ON e.id = i.entry_id AND e.archived = 0
    LEFT JOIN signoff_ledger l ON l.seq = (SELECT max(m.seq) FROM signoff_ledger m WHERE m.item_id = i.id)`;
  const queueCount = raw.prepare(`SELECT count(*) AS n ${queueJoins} WHERE i.status = 'in_review'`);
  const queuePage = raw.prepare(`
    SELECT i.*, e.name AS entry_name, e.target_country, l.decision, l.at AS decided_at, l.signer_name, r.body AS req_body, r.content_hash AS req_hash
    ${queueJoins} LEFT JOIN requirements r ON r.id = i.requirement_id
    WHERE i.status = 'in_review'
    ORDER BY coalesce(i.due_date, '9999-12-31'), i.id LIMIT 100 OFFSET ?`);
  const evidenceOfItems = raw.prepare('SELECT * FROM evidence WHERE item_id IN (SELECT value FROM json_each(?))');
  const countsFloor = raw.prepare(`
    SELECT i.entry_id, e.name, e.target_country, count(*) AS n FROM checklist_items i JOIN entries e ON e.id = i.entry_id AND e.archived = 0
    WHERE i.status = 'in_review' GROUP BY i.entry_id`);
  const signedCount = raw.prepare("SELECT count(*) FROM checklist_items i JOIN entries e ON e.id = i.entry_id AND e.archived = 0 WHERE i.status = 'signed_off'");
  const latestCount = raw.prepare(`SELECT count(*) FROM signoff_ledger l JOIN checklist_items i ON i.id = l.item_id JOIN entries e ON e.id = i.entry_id AND e.archived = 0
    WHERE l.decision = ? AND l.seq = (SELECT max(m.seq) FROM signoff_ledger m WHERE m.item_id = l.item_id)`);
  const sweepSql = raw.prepare(`
    SELECT l.item_id, l.condition_expires FROM signoff_ledger l
    WHERE l.decision = 'approve_conditional' AND l.condition_expires < ?
      AND l.seq = (SELECT max(m.seq) FROM signoff_ledger m WHERE m.item_id = l.item_id)
      AND EXISTS (SELECT 1 FROM checklist_items i WHERE i.id = l.item_id AND i.status = 'signed_off')`);
  const ledgerOnRaw = ledgerRepo(raw);

  /** The floor's share of what the API does per row: JSON columns parsed, requirement bodies parsed once per call. */
  function parseItems(rows: Record<string, unknown>[]) {
    const bodies = new Map<string, unknown>();
    return rows.map((r) => {
      const id = r.requirement_id as string | null;
      let requirement: unknown = null;
      if (id && r.req_body) {
        requirement = bodies.get(id);
        if (requirement === undefined) bodies.set(id, (requirement = JSON.parse(r.req_body as string)));
      }
      return { ...r, reasons: JSON.parse(r.reasons as string), requirement, requirementChanged: r.req_hash !== r.requirement_hash } as Record<string, unknown>;
    });
  }

  const pages = Math.max(1, Math.floor((queueCount.get() as { n: number }).n / 100));
  const pageOf = (round: number) => 1 + (Math.abs(round) * 7) % pages;
  const sampleItems = (await call('checklist.get', { entryId: sampleEntry })) as { items: { id: string; status: string; version: number }[] };
  const editableItem = sampleItems.items.find((i) => i.status !== 'signed_off')!;
  const editable = editableItem.id;
  // Each edit names the version it was based on (the answer carries the next one).
  let editableVersion = editableItem.version;
  const plan: ScheduleInput = syntheticPlan();
  const edits = (round: number): ScheduleInput => {
    const tasks = plan.tasks.slice();
    const i = 100 + ((Math.abs(round) * 7919) % (tasks.length - 101));
    const t = tasks[i]!;
    tasks[i] = { ...t, durationDays: t.durationDays === 0 ? 0 : t.durationDays + 1 + (Math.abs(round) % 5) };
    return { ...plan, tasks };
  };
  const auditInsert = new Database(backend.dbFile);
  const rawUpdate = auditInsert.prepare('UPDATE checklist_items SET owner = ?, updated_at = ? WHERE id = ?');
  const rawAudit = auditInsert.prepare(
    "INSERT INTO audit_log (id, at, actor, os_user, entity_type, entity_id, action, before_json, after_json) VALUES (?, ?, 'bench', 'bench', 'checklist_item', ?, 'update', ?, ?)",
  );
  const rawRow = auditInsert.prepare('SELECT * FROM checklist_items WHERE id = ?');

  // The first open of the month refreshes every stored forecast (the generator marked them stale) and takes the snapshot.
  const opened = await firstOpen({ call: (m, input) => call(m, input), today });
  console.log(`First open of the month: ${opened.refreshed.toLocaleString('en')} plan forecasts refreshed and the snapshot taken in ${opened.ms.toFixed(0)} ms.`);

  const measures: Measure[] = [
    dashboardMeasure({ backend, raw, today, call: (m, input) => call(m, input) }),
    {
      name: 'Portfolio table (entries.list + portfolio.summary, 1,000 entries)',
      floorIs: 'one query joining entries with the trigger-kept counts and the overdue count, profiles parsed',
      budget: { maxMs: 50, maxRatio: 2 },
      app: async () => {
        await call('entries.list', { includeArchived: false });
        await call('portfolio.summary', { today });
      },
      floor: () => portfolioFloor.all(today).map((r) => ({ ...(r as object), profile: JSON.parse((r as { profile: string }).profile) })),
    },
    {
      name: "One entry's checklist (checklist.get, 200 items)",
      floorIs: 'one query of the items joined with their requirements, one for the evidence; reasons and requirement bodies parsed, evidence grouped by item',
      budget: { maxMs: 30, maxRatio: 3 },
      app: () => call('checklist.get', { entryId: sampleEntry }),
      floor: () => {
        const items = parseItems(checklistFloor.all(sampleEntry) as Record<string, unknown>[]);
        const byItem = new Map<string, unknown[]>();
        for (const e of evidenceOfEntry.all(sampleEntry) as { item_id: string }[]) byItem.set(e.item_id, [...(byItem.get(e.item_id) ?? []), e]);
        return items.map((i) => ({ ...i, evidence: byItem.get(i.id as string) ?? [] }));
      },
    },
    {
      name: 'A page of 100 review items (review.queue, 10,000 pending, a different page each round)',
      floorIs: 'the count, one query of the page joining items, entries, latest ledger record and requirement, one for the page’s evidence; parsed',
      budget: { maxMs: 50 },
      app: (round) => call('review.queue', { page: pageOf(round), pageSize: 100 }),
      floor: (round) => {
        const total = (queueCount.get() as { n: number }).n;
        const rows = parseItems(queuePage.all((pageOf(round) - 1) * 100) as Record<string, unknown>[]);
        const evidence = evidenceOfItems.all(JSON.stringify(rows.map((r) => r.id)));
        return { total, rows, evidence };
      },
    },
    {
      name: 'Navigation counts (review.counts)',
      floorIs: 'the same grouped counts written by hand (pending per market, signed off, latest conditional, latest rejection)',
      budget: { maxMs: 20 },
      app: () => call('review.counts', {}),
      floor: () => [countsFloor.all(), signedCount.pluck().get(), latestCount.pluck().get('approve_conditional'), latestCount.pluck().get('reject')],
    },
    {
      name: 'Expiry sweep query (start-up, daily, each decision; never on a read)',
      floorIs: 'the same SQL on a raw connection (the repo adds only row mapping)',
      budget: { maxMs: 5 },
      app: () => ledgerOnRaw.expiredConditionalApprovals(today),
      floor: () => sweepSql.all(today),
    },
    {
      name: 'A checklist edit, answered with the item (checklist.updateItem)',
      floorIs: 'the same UPDATE and audit row in one transaction, the row read back',
      budget: { maxMs: 30 },
      app: async (round) => {
        const item = (await call('checklist.updateItem', { itemId: editable, version: editableVersion, patch: { owner: `Owner ${round}` } })) as { version: number };
        editableVersion = item.version;
      },
      floor: (round) =>
        auditInsert.transaction(() => {
          const before = rawRow.get(editable);
          rawUpdate.run(`Floor ${round}`, new Date().toISOString(), editable);
          rawAudit.run(crypto.randomUUID(), new Date().toISOString(), editable, JSON.stringify(before), JSON.stringify(rawRow.get(editable)))
        }).immediate(),
    },
    {
      name: 'Portfolio read while a 2,000-task PDF export renders',
      floorIs: 'the same read with nothing else running',
      budget: { maxMs: 50 },
      app: async () => {
        const exporting = call('export.timeline', { entryId: bigPlanEntry, format: 'pdf', pageSize: 'A3' });
        await new Promise((r) => setTimeout(r, 5));
        const t = performance.now();
        await call('portfolio.summary', { today });
        const took = performance.now() - t;
        await exporting;
        return took;
      },
      floor: () => call('portfolio.summary', { today }),
    },
    {
      name: 'Timeline PDF of one entry (export.timeline, A4)',
      floorIs: 'plan.get: the plan the PDF draws (the data, not the rendering)',
      budget: { maxMs: 1000 },
      app: () => call('export.timeline', { entryId: sampleEntry, format: 'pdf', pageSize: 'A4' }),
      floor: () => call('plan.get', { entryId: sampleEntry, baselineId: null }),
    },
    {
      name: 'Rescheduling a 2,000-task plan (schedule(), one edit)',
      floorIs: 'a bare topological forward pass over integer durations (no calendar, validation, progress or backward pass)',
      budget: { maxMs: 20 },
      app: (round) => schedule(edits(round)),
      floor: (round) => rawForwardPass(edits(round)),
    },
    ...riskMeasures(call, raw, sampleEntry),
  ];

  const results: Result[] = [];
  for (const m of measures) {
    if (m.name.startsWith('Portfolio read while')) {
      // Timed inside: the read's own latency, not the export's.
      results.push(await measureInside(m, rounds));
    } else results.push(await measure(m, rounds));
  }
  raw.close();
  auditInsert.close();
  return results;
}

/** For the concurrency measure the app's function returns the latency it measured itself. */
async function measureInside(m: Measure, rounds: number): Promise<Result> {
  const { judge, stats } = await import('./harness');
  await m.app(-1);
  const app: number[] = [];
  const floor: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < Math.min(rounds, 9); r++) {
    const a = (await m.app(r)) as number;
    const t = performance.now();
    await m.floor!(r);
    const f = performance.now() - t;
    app.push(a);
    floor.push(f);
    ratios.push(a / Math.max(f, 1e-3));
  }
  return judge(m, stats(app), stats(floor), stats(ratios).median);
}
