/**
 * Hostile input to every contract method through the real HTTP host.
 *
 * For each method a valid request is built from a seeded database; fast-check then
 * replaces one part of it (any depth) with a hostile value — lone surrogates, NUL and
 * other control characters, bidi overrides, dates outside 1900–2199, huge or fractional
 * numbers, deeply nested rules, prototype keys, wrong types — or sends arbitrary JSON.
 * Every answer must be JSON with a status below 500, and no message may carry a stack
 * trace or a file path. Afterwards the database must pass integrity and foreign-key checks.
 * The seed is fixed, so a failure repeats; the run count keeps it well under a minute.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { boardApproval } from '../fixtures/requirement';
import { apply, mutation, serialize } from './fuzz-hostile-input';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/index';
import { startHost, type RunningHost } from '../../electron/host/server';
import { methodNames, type MethodName } from '../../shared/contract';
import { tempDir, validEntry } from './helpers';
import { riskInput } from '../fixtures/risk';

const TOKEN = 'fuzz-token-0123456789abcdefghijklmnop';
const SEED = 20261201;
/** Generated requests per method (there are ~50 methods). */
const RUNS_PER_METHOD = 100;

let backend: Backend;
let host: RunningHost;
let dataDir: string;
const internalErrors: unknown[] = [];
const fiveHundreds: { method: string; status: number; input: string; body: string }[] = [];
let requests = 0;

interface Seed {
  entryId: string;
  itemIds: string[];
  taskIds: string[];
  freshPair: [string, string];
  dependencyId: string;
  dependencySuccessorId: string;
  evidenceFileId: string;
  evidenceLinkId: string;
  packContent: string;
  measurementId: string;
  riskId: string;
  treatmentId: string;
  riskFile: string;
  matrixContent: string;
}
let seed: Seed;

const riskFields = () => riskInput({ treatments: [{ action: 'Open a second account in parallel' }, { action: 'Pre-file the KYC pack' }] });

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await backend.router.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

beforeAll(async () => {
  dataDir = tempDir('landfall-fuzz-');
  backend = await createBackend({ dataDir, osUser: 'tester', now: () => new Date('2027-02-15T10:00:00Z'), onInternalError: (e) => internalErrors.push(e) });
  const staticDir = tempDir('landfall-fuzz-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Landfall</title>');
  host = await startHost({ router: backend.router, staticDir, token: TOKEN });

  const entry = await call<{ id: string }>('entries.create', validEntry());
  const checklist = await call<{ items: { id: string }[] }>('checklist.get', { entryId: entry.id });
  const itemIds = checklist.items.map((i) => i.id);
  const file = await call<{ id: string }>('evidence.addFile', { itemId: itemIds[0], fileName: 'policy.txt', contentBase64: Buffer.from('policy').toString('base64') });
  const link = await call<{ id: string }>('evidence.addLink', { itemId: itemIds[0], name: 'Register', url: 'https://example.org/r' });
  await call('settings.update', { displayName: 'Ana', role: 'legal' });
  await call('checklist.updateItem', { itemId: itemIds[1], version: 1, patch: { status: 'in_review' } });
  await call('review.decide', { itemId: itemIds[1], decision: 'approve', comment: 'Checked' });
  await call('plan.addTask', { entryId: entry.id, title: 'Fuzz A', workstream: 'team_operations', durationDays: 2 });
  const plan = await call<{ tasks: { id: string; title: string }[]; dependencies: { id: string; successorId: string }[] }>('plan.addTask', {
    entryId: entry.id,
    title: 'Fuzz B',
    workstream: 'team_operations',
    durationDays: 2,
  });
  const byTitle = (t: string) => plan.tasks.find((x) => x.title === t)!.id;
  const pack = await call<{ content: string }>('library.exportPack', { packId: 'de' });
  const risk = await call<{ id: string; treatments: { id: string }[] }>('risks.create', { entryId: entry.id, fields: riskFields() });
  const riskFile = await call<{ contentBase64: string }>('risks.exportRegister', { entryId: entry.id, format: 'csv' });
  const matrix = await call<unknown>('risks.matrix', {});
  seed = {
    entryId: entry.id,
    itemIds,
    taskIds: plan.tasks.map((t) => t.id),
    freshPair: [byTitle('Fuzz A'), byTitle('Fuzz B')],
    dependencyId: plan.dependencies[0]!.id,
    dependencySuccessorId: plan.dependencies[0]!.successorId,
    evidenceFileId: file.id,
    evidenceLinkId: link.id,
    packContent: pack.content,
    measurementId: (
      await call<{ id: string }>('efficiency.addMeasurement', { metricId: 'uptime', market: entry.id, periodStart: '2027-01-01', periodEnd: '2027-01-31', value: 99.5 })
    ).id,
    riskId: risk.id,
    treatmentId: risk.treatments[0]!.id,
    riskFile: riskFile.contentBase64,
    matrixContent: JSON.stringify(matrix),
  };
});

afterAll(async () => {
  await host?.close();
  backend?.close();
});

const customRequirement = () =>
  boardApproval({
    id: 'custom.fuzz-requirement',
    appliesWhen: { all: [{ field: 'processesPersonalData', is: true }, { not: { field: 'entryMode', in: ['branch'] } }] },
  });

const metricFields = () => ({ name: 'Refund time', unit: 'days', direction: 'lower_is_better', weight: 1, aggregation: 'mean', money: false, currency: null, satisfaction: false, description: 'Days to refund' });

/** The versions the seeded rows stand at now: a valid edit names them. */
interface Versions {
  entry: number;
  items: Map<string, number>;
  plan: number;
  tasks: Map<string, number>;
  risk: number;
}

const VERSIONED = new Set<MethodName>([
  'entries.update',
  'checklist.updateItem',
  'checklist.bulkUpdate',
  'plan.updateTask',
  'plan.addDependency',
  'plan.removeDependency',
  'plan.setStatusDate',
  'plan.setShutdowns',
  'plan.overrideHoliday',
  'risks.update',
  'risks.patch',
  'risks.markReviewed',
  'risks.delete',
  'risks.accept',
  'risks.treatmentToTask',
]);

async function versionsNow(m: MethodName, s: Seed): Promise<Versions> {
  const none: Versions = { entry: 1, items: new Map(), plan: 1, tasks: new Map(), risk: 1 };
  if (!VERSIONED.has(m)) return none;
  const entry = await backend.router.call('entries.get', { id: s.entryId });
  const checklist = await backend.router.call('checklist.get', { entryId: s.entryId });
  const plan = await backend.router.call('plan.get', { entryId: s.entryId, baselineId: null });
  const risk = await backend.router.call('risks.get', { id: s.riskId });
  return {
    risk: risk.ok ? (risk.value as { version: number }).version : 1,
    entry: entry.ok ? (entry.value as { version: number }).version : 1,
    items: new Map(checklist.ok ? (checklist.value as { items: { id: string; version: number }[] }).items.map((i) => [i.id, i.version]) : []),
    plan: plan.ok ? (plan.value as { version: number }).version : 1,
    tasks: new Map(plan.ok ? (plan.value as { tasks: { id: string; version: number }[] }).tasks.map((t) => [t.id, t.version]) : []),
  };
}

/** A valid request for each method, built from the seeded database and its rows' current versions. */
function baseInput(m: MethodName, s: Seed, v: Versions): unknown {
  const entryId = s.entryId;
  const task = s.taskIds[0];
  const fields = validEntry();
  switch (m) {
    case 'entries.list':
      return { includeArchived: true };
    case 'entries.get':
    case 'entries.archive':
    case 'entries.restore':
    case 'entries.calendar':
    case 'entries.history':
    case 'entries.delete':
      return { id: entryId };
    case 'entries.create':
      return fields;
    case 'entries.update':
      return { id: entryId, version: v.entry, fields };
    case 'entries.previewUpdate':
      return { id: entryId, fields };
    case 'entries.deleteCheck':
      return { id: entryId };
    case 'portfolio.summary':
    case 'portfolio.open':
    case 'portfolio.takeSnapshot':
      return { today: '2027-03-01' };
    case 'portfolio.dashboard':
      return { asOf: '2027-03-01' };
    case 'export.leadershipPack':
      return { entryIds: [entryId], asOf: '2027-03-01', formats: ['ics'] };
    case 'export.portfolioRegister':
      return { format: 'csv' };
    case 'settings.targets':
      return {};
    case 'settings.updateTargets':
      return { readinessDays: 90, compliancePercent: 100, efficiencyPercent: 85, satisfactionPercent: 90 };
    case 'reference.countries':
    case 'review.queue':
    case 'review.counts':
    case 'review.verify':
    case 'library.get':
    case 'settings.get':
      return {};
    case 'reference.subdivisions':
      return { country: 'DE' };
    case 'checklist.get':
      return { entryId };
    case 'checklist.updateItem':
      return { itemId: s.itemIds[2], version: v.items.get(s.itemIds[2]!) ?? 1, patch: { status: 'in_progress', owner: 'Ana', dueDate: '2027-04-01', notes: 'Started', naReason: '' } };
    case 'checklist.bulkUpdate':
      return { items: s.itemIds.slice(2, 4).map((itemId) => ({ itemId, version: v.items.get(itemId) ?? 1 })), patch: { owner: 'Ana', dueDate: '2027-04-01' } };
    case 'checklist.addCustomItem':
      return { entryId, title: 'Board approval', category: 'company_registration', workstream: 'regulatory_legal', owner: 'Ana', dueDate: '2027-04-01', notes: 'n' };
    case 'evidence.addFile':
      return { itemId: s.itemIds[0], fileName: 'minutes.txt', contentBase64: Buffer.from('minutes').toString('base64') };
    case 'evidence.addLink':
      return { itemId: s.itemIds[0], name: 'Register', url: 'https://example.org/register' };
    case 'evidence.download':
      return { evidenceId: s.evidenceFileId };
    case 'evidence.remove':
      return { evidenceId: s.evidenceLinkId, reason: 'Superseded by the signed copy' };
    case 'plan.get':
      return { entryId, baselineId: null };
    case 'plan.updateTask':
      return { taskId: task, version: v.tasks.get(task!) ?? 1, patch: { title: 'Task', owner: 'Ana', durationDays: 5, percentComplete: 10, actualStart: '2027-02-10', actualFinish: null, startNoEarlierThan: null } };
    case 'plan.addTask':
      return { entryId, title: 'Bank account', workstream: 'team_operations', owner: 'Ana', durationDays: 3, afterTaskId: task };
    case 'plan.deleteTask':
      return { taskId: s.taskIds[s.taskIds.length - 1] };
    case 'plan.addDependency':
      return { entryId, predecessorId: s.freshPair[0], successorId: s.freshPair[1], type: 'FS', lagDays: 1, version: v.tasks.get(s.freshPair[1]) ?? 1 };
    case 'plan.removeDependency':
      return { dependencyId: s.dependencyId, version: v.tasks.get(s.dependencySuccessorId) ?? 1 };
    case 'plan.setStatusDate':
      return { entryId, version: v.plan, statusDate: '2027-03-10' };
    case 'plan.setShutdowns':
      return { entryId, version: v.plan, dates: ['2027-04-02', '2027-04-05'] };
    case 'plan.overrideHoliday':
      return { entryId, version: v.plan, date: '2027-05-06', newDate: '2027-05-07', clear: false };
    case 'plan.saveBaseline':
      return { entryId, name: 'Approved plan' };
    case 'plan.whatIf':
    case 'plan.applyWhatIf':
      return { entryId, changes: { startShiftDays: 7, durations: [{ taskId: task, durationDays: 4 }] } };
    case 'plan.syncProposal':
    case 'plan.applySync':
    case 'plan.calendarDrift':
    case 'plan.acceptCalendarUpdate':
      return { entryId };
    case 'export.timeline':
      return { entryId, format: 'csv', pageSize: 'A4', includeTaskFinishes: false };
    case 'export.signoffRegister':
      return { entryId, format: 'csv' };
    case 'review.decide':
      return { itemId: s.itemIds[3], decision: 'approve_conditional', comment: 'Checked', conditionText: 'Renew', conditionExpires: '2027-06-01' };
    case 'review.history':
      return { itemId: s.itemIds[1] };
    case 'library.previewImport':
    case 'library.applyImport':
      return { fileName: 'de.json', content: s.packContent };
    case 'library.exportPack':
      return { packId: 'de' };
    case 'library.addCustom':
      return customRequirement();
    case 'settings.update':
      return { displayName: 'Ana', role: 'legal' };
    case 'efficiency.metrics':
      return {};
    case 'efficiency.addMetric':
      return metricFields();
    case 'efficiency.updateMetric':
      return { id: 'uptime', version: 1, fields: metricFields() };
    case 'efficiency.measurements':
      return { market: entryId };
    case 'efficiency.addMeasurement':
      return { metricId: 'first_response_time', market: entryId, periodStart: '2027-02-01', periodEnd: '2027-02-28', value: 4.5, sourceNote: 'BI' };
    case 'efficiency.updateMeasurement':
      return { id: s.measurementId, version: 1, fields: { metricId: 'uptime', market: entryId, periodStart: '2027-01-01', periodEnd: '2027-01-31', value: 99.1 } };
    case 'efficiency.deleteMeasurement':
      return { id: s.measurementId, version: 1 };
    case 'efficiency.previewImport':
    case 'efficiency.applyImport':
      return { entryId, fileName: 'bi.csv', contentBase64: Buffer.from('metric,market,period_start,period_end,value\nuptime,home,2027-03-01,2027-03-31,99.9\n').toString('base64') };
    case 'efficiency.entryView':
      return { entryId };
    case 'efficiency.comparison':
      return { metricId: 'uptime', includeArchived: true };
    case 'export.efficiency':
      return { format: 'xlsx', metricId: null };
    case 'risks.list':
    case 'risks.suggestions':
    case 'risks.forecast':
      return { entryId };
    case 'risks.get':
      return { id: s.riskId };
    case 'risks.create':
      return { entryId, fields: riskFields() };
    case 'risks.update':
      return { id: s.riskId, version: v.risk, fields: { ...riskFields(), owner: 'Fuzz' } };
    case 'risks.patch':
      return { id: s.riskId, version: v.risk, patch: { owner: 'Fuzz', status: 'treating', nextReview: '2027-04-01' } };
    case 'risks.markReviewed':
    case 'risks.delete':
      return { id: s.riskId, version: v.risk };
    case 'risks.acceptSuggestion':
    case 'risks.dismissSuggestion':
      return { entryId, templateId: 'reg.registration-delayed' };
    case 'risks.accept':
      return { id: s.riskId, version: v.risk, rationale: 'Within appetite', expires: '2027-12-31' };
    case 'risks.treatmentToTask':
      return { id: s.riskId, version: v.risk, treatmentId: s.treatmentId, durationDays: 3 };
    case 'risks.acceptanceQueue':
    case 'risks.overdue':
    case 'risks.matrix':
    case 'risks.settings':
      return {};
    case 'risks.heatmap':
      return { entryId, stage: 'residual' };
    case 'risks.portfolioHeatmap':
      return { category: 'financial', region: 'Europe', stage: 'current' };
    case 'risks.importMatrix':
      return { fileName: 'matrix.json', content: s.matrixContent };
    case 'risks.updateSettings':
      return { appetite: { financial: 'high' }, reviewDays: { low: 45 } };
    case 'risks.exportRegister':
      return { entryId, format: 'xlsx' };
    case 'risks.previewImport':
    case 'risks.applyImport':
      return { entryId, fileName: 'register.csv', contentBase64: s.riskFile };
  }
}

/** A stack frame, a source file or an absolute path: none may reach the user. */
const LEAK = /\bat [\w.<>]+ \(|\bat (?:file|node):|node:internal|\.[cm]?[jt]sx?:\d+|(?:^|[\s"'(])\/(?:tmp|home|root|usr|var|work|Users|private)\/|[A-Za-z]:\\[^\s]/;

async function send(method: string, input: unknown): Promise<void> {
  requests++;
  const res = await fetch(`http://127.0.0.1:${host.port}/rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
    body: serialize(input),
  });
  const text = await res.text();
  if (res.status >= 500) fiveHundreds.push({ method, status: res.status, input: serialize(input).slice(0, 300), body: text.slice(0, 300) });
  expect(res.status, `${method} answered ${res.status}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text) as { ok: boolean; error?: { message: string } };
  expect(typeof body.ok).toBe('boolean');
  if (!body.ok) {
    expect(body.error?.message, method).toEqual(expect.any(String));
    // Names the user typed are quoted in messages ("C:\\Windows" is a valid entry name): those quotes are theirs, not ours.
    expect(body.error!.message.replace(/"[^"]*"/g, '""'), `${method} leaked: ${body.error!.message}`).not.toMatch(LEAK);
    expect(body.error!.message).not.toContain(dataDir);
  }
}

/** Destructive methods go last so that the others keep reaching deep into the seeded data. */
const LAST: MethodName[] = ['risks.delete', 'plan.deleteTask', 'entries.delete'];
const ORDER = [...methodNames.filter((m) => !LAST.includes(m)), ...LAST];

describe('hostile input to every contract method over HTTP', () => {
  it('never answers 5xx, non-JSON or a message with a stack or path, and leaves the database sound', async () => {
    for (const [i, m] of ORDER.entries()) {
      await fc.assert(
        fc.asyncProperty(mutation, async (mut) => {
          await send(m, apply(baseInput(m, seed, await versionsNow(m, seed)), mut));
        }),
        { seed: SEED + i, numRuns: RUNS_PER_METHOD, endOnFailure: true },
      );
    }
    // A path in the URL that is not a method, and raw bodies that are not JSON.
    for (const m of ['nope', '__proto__', 'constructor', 'entries.list.x', 'hasOwnProperty']) await send(m, {});

    expect(fiveHundreds).toEqual([]);
    expect(internalErrors.map(String)).toEqual([]);
    expect(requests).toBeGreaterThanOrEqual(ORDER.length * RUNS_PER_METHOD);

    const db = new Database(backend.dbFile, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  }, 120_000);
});
