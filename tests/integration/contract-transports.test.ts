/**
 * One contract suite, two transports: every method is exercised through an
 * IPC-style call (structured clone both ways, as Electron does) and over HTTP,
 * and both must give the same answers: the same values, and the values the scenario
 * created (names, owners, evidence bytes, sign-offs, plan changes, settings).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/index';
import { startHost, type RunningHost } from '../../electron/host/server';
import { createHash } from 'node:crypto';
import { methodNames, type MethodName, type MethodOutput } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';
import { tempDir, validEntry } from './helpers';
import { riskInput } from '../fixtures/risk';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const fixedClock = { now: () => new Date('2027-02-15T10:00:00Z'), osUser: 'tester', onInternalError: () => {} };

async function openBackend(): Promise<Backend> {
  const b: Backend = await createBackend({ dataDir: tempDir(), ...fixedClock });
  cleanups.push(() => b.close());
  return b;
}

function ipcOver(b: Backend): Call {
  return async (method, input) => structuredClone(await b.router.call(method, structuredClone(input)));
}

async function ipcTransport(): Promise<Call> {
  return ipcOver(await openBackend());
}

async function httpOver(b: Backend): Promise<Call> {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  const host: RunningHost = await startHost({ router: b.router, staticDir, token: 'tok' });
  cleanups.push(() => host.close());
  return async (method, input) => {
    const res = await fetch(`http://127.0.0.1:${host.port}/rpc/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as ApiResult<unknown>;
  };
}

async function httpTransport(): Promise<Call> {
  return httpOver(await openBackend());
}

type Answers = { [M in MethodName]: ApiResult<MethodOutput<M>> };

/**
 * A scenario that calls every method in the contract; returns what each answered (the last
 * call of a method), ids normalised, and the answers as they came.
 */
async function scenario(call: Call): Promise<{ seen: Record<MethodName, unknown>; raw: Answers }> {
  const seen = {} as Record<MethodName, unknown>;
  const raw = {} as Record<MethodName, ApiResult<unknown>>;
  const norm = (v: unknown) => JSON.parse(JSON.stringify(v).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>').replace(/\b[0-9a-f]{128}\b/g, '<signature>').replace(/\b[0-9a-f]{64}\b/g, '<hash>').replace(/([0-9a-f]{4} ){15}[0-9a-f]{4}/g, '<fingerprint>')) as unknown;
  /** Exports carry their file as base64: compare the decoded text, so ids and hashes inside are normalised too. */
  const decodeFile = (f: { contentBase64: string }) => ({ ...f, contentBase64: Buffer.from(String(f.contentBase64), 'base64').toString('utf8') });
  const decoded = (r: ApiResult<unknown>) =>
    r.ok && typeof r.value === 'object' && r.value !== null && 'contentBase64' in r.value
      ? { ...r, value: decodeFile(r.value as { contentBase64: string }) }
      : r.ok && typeof r.value === 'object' && r.value !== null && 'files' in r.value
        ? { ...r, value: { files: (r.value as { files: { contentBase64: string }[] }).files.map(decodeFile) } }
        : r;
  const run = async (m: MethodName, input: unknown) => {
    const r = await call(m, input);
    seen[m] = norm(decoded(r));
    raw[m] = r;
    return r;
  };
  const created = await run('entries.create', validEntry());
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const id = (created.value as { id: string }).id;
  const { id: _i, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, version: _v, ...fields } = created.value as Record<string, unknown>;
  await run('entries.get', { id });
  await run('entries.update', { id, version: 1, fields: { ...fields, name: 'Renamed' } });
  await run('entries.deleteCheck', { id });
  await run('entries.archive', { id });
  await run('entries.restore', { id });
  await run('entries.list', { includeArchived: true });
  await run('entries.calendar', { id });
  await run('entries.history', { id });
  await run('entries.previewUpdate', { id, fields: { ...fields, profile: { ...(fields.profile as object), aiInProduct: false } } });
  const checklist = await run('checklist.get', { entryId: id });
  const items = (checklist as { ok: true; value: { items: { id: string; version: number }[] } }).value.items;
  const itemId = items[0]!.id;
  await run('checklist.updateItem', { itemId, version: items[0]!.version, patch: { owner: 'Ana', notes: 'Started' } });
  await run('checklist.bulkUpdate', { items: [{ itemId, version: items[0]!.version + 1 }, { itemId: items[1]!.id, version: items[1]!.version }], patch: { status: 'in_progress' } });
  await run('checklist.addCustomItem', { entryId: id, title: 'Board approval', category: 'company_registration', workstream: 'regulatory_legal', owner: '', dueDate: null, notes: '' });
  const file = await run('evidence.addFile', { itemId, fileName: 'policy.txt', contentBase64: Buffer.from('our privacy policy').toString('base64') });
  await run('evidence.addLink', { itemId, name: 'Register entry', url: 'https://example.org/register' });
  await run('evidence.download', { evidenceId: (file as { ok: true; value: { id: string } }).value.id });
  const link = (await call('evidence.addLink', { itemId, name: 'Old register entry', url: 'https://example.org/old' })) as { ok: true; value: { id: string } };
  await run('evidence.remove', { evidenceId: link.value.id, reason: 'Superseded by the current register entry' });
  await run('settings.update', { displayName: 'Ana', role: 'legal' });
  await run('checklist.updateItem', { itemId: items[2]!.id, version: items[2]!.version, patch: { status: 'in_review' } });
  await run('review.queue', {});
  await run('review.counts', {});
  await run('review.decide', { itemId: items[2]!.id, decision: 'approve', comment: 'Checked' });
  await run('review.history', { itemId: items[2]!.id });
  await run('review.verify', {});
  await run('review.signingKey', {});
  await run('library.get', {});
  const exported = await run('library.exportPack', { packId: 'eu' });
  const content = (exported as { ok: true; value: { content: string } }).value.content;
  await run('library.previewImport', { fileName: 'eu.json', content });
  await run('library.applyImport', { fileName: 'eu.json', content });
  await run('library.addCustom', {
    id: 'custom.board-approval',
    title: 'Board approval of market entry',
    summary: 'The board approves the entry before any filing is made.',
    jurisdiction: ['DE'],
    category: 'company_registration',
    appliesWhen: { always: true },
    citation: { law: 'Internal governance policy', article: 's. 4' },
    sourceUrl: 'https://example.org/policy',
    ownerRole: 'legal',
    leadTimeDays: 5,
    evidenceExpected: ['Board minutes'],
    workstream: 'regulatory_legal',
    effectiveFrom: '2020-01-01',
    effectiveUntil: null,
    lastReviewed: '2026-11-29',
    verified: false,
  });
  await run('portfolio.summary', { today: '2027-04-01' });
  const plan = (await run('plan.get', { entryId: id })) as { ok: true; value: { version: number; tasks: { id: string; isReadiness: boolean; version: number }[] } };
  const [t1, t2] = plan.value.tasks.filter((t) => !t.isReadiness) as unknown as [{ id: string }, { id: string }];
  /** The plan settings' version and each task's, as stored now. */
  const planNow = async () => (await call('plan.get', { entryId: id, baselineId: null })) as { ok: true; value: { version: number; tasks: { id: string; version: number }[] } };
  const taskVersion = async (taskId: string) => (await planNow()).value.tasks.find((t) => t.id === taskId)!.version;
  await run('plan.updateTask', { taskId: t1.id, version: await taskVersion(t1.id), patch: { durationDays: 7, owner: 'Ana' } });
  const added = (await run('plan.addTask', { entryId: id, title: 'Bank account', workstream: 'team_operations', durationDays: 3, afterTaskId: t1.id })) as {
    ok: true;
    value: { tasks: { id: string; title: string }[]; dependencies: { id: string; predecessorId: string; successorId: string }[] };
  };
  const bank = added.value.tasks.find((t) => t.title === 'Bank account')!;
  const withDep = (await run('plan.addDependency', { entryId: id, predecessorId: t2.id, successorId: bank.id, type: 'SS', lagDays: 1, version: await taskVersion(bank.id) })) as typeof added;
  await run('plan.removeDependency', {
    dependencyId: withDep.value.dependencies.find((d) => d.predecessorId === t2.id && d.successorId === bank.id)!.id,
    version: await taskVersion(bank.id),
  });
  await run('plan.deleteTask', { taskId: bank.id });
  await run('plan.setStatusDate', { entryId: id, version: (await planNow()).value.version, statusDate: '2027-03-10' });
  await run('plan.setShutdowns', { entryId: id, version: (await planNow()).value.version, dates: ['2027-04-02'] });
  await run('plan.overrideHoliday', { entryId: id, version: (await planNow()).value.version, date: '2027-05-06', newDate: null });
  await run('plan.saveBaseline', { entryId: id, name: 'Approved plan' });
  await run('plan.whatIf', { entryId: id, changes: { startShiftDays: 14, durations: [{ taskId: t1.id, durationDays: 20 }] } });
  await run('plan.applyWhatIf', { entryId: id, changes: { startShiftDays: 0, durations: [{ taskId: t1.id, durationDays: 9 }] } });
  await run('plan.syncProposal', { entryId: id });
  await run('plan.applySync', { entryId: id });
  await run('plan.calendarDrift', { entryId: id });
  const mspdi = (await run('export.timeline', { entryId: id, format: 'mspdi' })) as ApiResult<{ contentBase64: string }>;
  // The CSV goes last: the checks below read the last answer of each method.
  await run('export.timeline', { entryId: id, format: 'csv' });
  if (!mspdi.ok) throw new Error(JSON.stringify(mspdi.error));
  const xml = { entryId: id, fileName: 'plan.xml', content: Buffer.from(mspdi.value.contentBase64, 'base64').toString('utf8') };
  await run('plan.previewMspdiImport', xml);
  await run('plan.importMspdi', xml);
  await run('export.signoffRegister', { entryId: id, format: 'csv' });
  await run('settings.targets', {});
  await run('settings.updateTargets', { readinessDays: 100, compliancePercent: 95, efficiencyPercent: 85, satisfactionPercent: 90 });
  await run('portfolio.open', { today: '2027-04-01' });
  await run('portfolio.takeSnapshot', { today: '2027-04-01' });
  await run('portfolio.dashboard', { asOf: '2027-04-01' });
  await run('export.leadershipPack', { entryIds: [id], asOf: '2027-04-01', formats: ['ics'] });
  await run('export.portfolioRegister', { format: 'csv' });
  await run('plan.acceptCalendarUpdate', { entryId: id });
  await run('reference.countries', {});
  await run('reference.subdivisions', { country: 'DE' });
  await run('efficiency.metrics', {});
  const metricFields = { name: 'Refund time', unit: 'days', direction: 'lower_is_better', weight: 1, aggregation: 'mean', money: false, currency: null, satisfaction: false, description: '' };
  await run('efficiency.addMetric', metricFields);
  await run('efficiency.updateMetric', { id: 'refund_time', version: 1, fields: { ...metricFields, weight: 2 } });
  const jan = { metricId: 'first_response_time', periodStart: '2027-01-01', periodEnd: '2027-01-31' };
  await call('efficiency.addMeasurement', { ...jan, market: 'US', value: 4 });
  const measured = (await run('efficiency.addMeasurement', { ...jan, market: id, value: 5 })) as { ok: true; value: { id: string } };
  await run('efficiency.updateMeasurement', { id: measured.value.id, version: 1, fields: { ...jan, market: id, value: 4.4 } });
  const spareMeasurement = (await call('efficiency.addMeasurement', { ...jan, metricId: 'uptime', market: id, value: 99 })) as { ok: true; value: { id: string } };
  await run('efficiency.deleteMeasurement', { id: spareMeasurement.value.id, version: 1 });
  const feb = { entryId: id, fileName: 'feb.csv', contentBase64: Buffer.from('metric,market,period_start,period_end,value\nfirst_response_time,home,2027-02-01,2027-02-28,4\nfirst_response_time,market,2027-02-01,2027-02-28,4.2\n').toString('base64') };
  await run('efficiency.previewImport', feb);
  await run('efficiency.applyImport', feb);
  await run('efficiency.measurements', { market: id });
  await run('efficiency.entryView', { entryId: id });
  await run('efficiency.comparison', { metricId: null });
  await run('export.efficiency', { format: 'pdf', metricId: null });
  await run('settings.update', { displayName: 'Ana', role: 'legal' });
  await run('settings.get', {});
  // Read the checklist again now that its items were changed, signed off and given evidence.
  await run('checklist.get', { entryId: id });
  // Risks: a suggestion taken and one dismissed, a risk of our own edited, reviewed, turned into a task and accepted; maps, forecast, matrix, files.
  const offered = (await run('risks.suggestions', { entryId: id })) as ApiResult<{ templateId: string }[]>;
  if (!offered.ok) throw new Error(JSON.stringify(offered.error));
  const taken = (await run('risks.acceptSuggestion', { entryId: id, templateId: offered.value[0]!.templateId })) as ApiResult<{ id: string; version: number }>;
  await run('risks.dismissSuggestion', { entryId: id, templateId: offered.value[1]!.templateId });
  const riskFields = riskInput();
  const made = (await run('risks.create', { entryId: id, fields: riskFields })) as ApiResult<{ id: string }>;
  if (!made.ok || !taken.ok) throw new Error('creating risks failed');
  const riskId = made.value.id;
  await run('risks.update', { id: riskId, version: 1, fields: { ...riskFields, owner: 'Ana' } });
  await run('risks.patch', { id: riskId, version: 2, patch: { status: 'treating' } });
  const reviewed = (await run('risks.markReviewed', { id: riskId, version: 3 })) as ApiResult<{ treatments: { id: string }[] }>;
  if (!reviewed.ok) throw new Error(JSON.stringify(reviewed.error));
  await run('risks.treatmentToTask', { id: riskId, version: 4, treatmentId: reviewed.value.treatments[0]!.id, durationDays: 3 });
  await run('risks.accept', { id: riskId, version: 5, rationale: 'Second bank lined up', expires: '2027-12-31' });
  await run('risks.get', { id: riskId });
  await run('risks.acceptanceQueue', {});
  await run('risks.overdue', {});
  await run('risks.heatmap', { entryId: id, stage: 'inherent' });
  await run('risks.portfolioHeatmap', { category: 'financial' });
  await run('risks.forecast', { entryId: id });
  const matrix = await run('risks.matrix', {});
  if (!matrix.ok) throw new Error(JSON.stringify(matrix.error));
  await run('risks.importMatrix', { fileName: 'matrix.json', content: JSON.stringify(matrix.value) });
  await run('risks.updateSettings', { appetite: { financial: 'high' }, reviewDays: { low: 60 } });
  await run('risks.settings', {});
  const register = (await run('risks.exportRegister', { entryId: id, format: 'csv' })) as ApiResult<{ fileName: string; contentBase64: string }>;
  if (!register.ok) throw new Error(JSON.stringify(register.error));
  const registerFile = { entryId: id, fileName: register.value.fileName, contentBase64: register.value.contentBase64 };
  await run('risks.previewImport', registerFile);
  await run('risks.applyImport', registerFile);
  await run('risks.delete', { id: taken.value.id, version: taken.value.version });
  await run('risks.list', { entryId: id });
  await run('app.logRendererError', { message: 'x is undefined', stack: 'TypeError: x is undefined\n    at Screen', where: 'Portfolio' });
  // The entry now holds a sign-off, so deleting it is refused; a second entry without one is deleted.
  const refused = await call('entries.delete', { id });
  if (refused.ok || refused.error.code !== 'conflict') throw new Error(`deleting an entry with sign-offs: ${JSON.stringify(refused)}`);
  const spare = await call('entries.create', validEntry({ name: 'Spare entry' }));
  if (!spare.ok) throw new Error(JSON.stringify(spare.error));
  await run('entries.delete', { id: (spare.value as { id: string }).id });
  await run('preferences.update', { dateFormat: 'dmy', homeMarket: 'US' });
  await run('preferences.get', {});
  // A backup made now, checked and restored: the data stays what it was. Its bytes and the
  // names of the files kept (stamped with the time) differ between two backends.
  const backup = await run('backup.create', {});
  const file64 = (backup as { ok: true; value: { contentBase64: string } }).value.contentBase64;
  seen['backup.create'] = { ok: backup.ok };
  const preview = await run('backup.inspect', { fileName: 'landfall-backup.sqlite', contentBase64: file64 });
  seen['backup.inspect'] = { ok: preview.ok, entries: (preview as { ok: true; value: { entries: number } }).value.entries };
  await run('backup.restore', { token: (preview as { ok: true; value: { token: string } }).value.token });
  seen['backup.restore'] = { ok: raw['backup.restore']!.ok, entries: (raw['backup.restore'] as { ok: true; value: { entries: number } }).value.entries };
  const status = await run('backup.status', {});
  seen['backup.status'] = { ok: status.ok };
  return { seen, raw: raw as Answers };
}

/** The value a method answered; fails naming the method and its error when it did not succeed. */
function value<M extends MethodName>(answers: Answers, m: M): MethodOutput<M> {
  const r = answers[m];
  if (!r.ok) throw new Error(`${m} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** What the scenario created, read back from the answers of one transport. */
function expectWhatWasCreated(a: Answers): void {
  const input = validEntry();
  const created = value(a, 'entries.create');
  expect(created).toEqual({
    ...input,
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    targetDate: '2027-05-30',
    archived: false,
    createdAt: '2027-02-15T10:00:00.000Z',
    updatedAt: '2027-02-15T10:00:00.000Z',
    version: 1,
  });
  const id = created.id;
  expect(value(a, 'entries.get')).toEqual(created);
  // Each change moves the entry to its next version.
  expect(value(a, 'entries.update')).toEqual({ ...created, name: 'Renamed', version: 2 });
  expect(value(a, 'entries.deleteCheck')).toEqual({ holdsSignoffs: false });
  expect(value(a, 'entries.archive')).toMatchObject({ id, name: 'Renamed', archived: true, status: 'planning', version: 3 });
  expect(value(a, 'entries.restore')).toMatchObject({ id, name: 'Renamed', archived: false, status: 'planning', version: 4 });
  expect(value(a, 'entries.list')).toEqual([value(a, 'entries.restore')]);
  expect(value(a, 'entries.calendar')).toMatchObject({ entryId: id, country: 'DE', windowStart: '2027-03-01', windowEnd: '2027-05-30', calendarDays: 91 });
  const history = value(a, 'entries.history');
  expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'update', 'archive', 'restore']));
  expect(history.every((h) => h.entityId === id && h.osUser === 'tester')).toBe(true);

  // The checklist as read at the end: the items the scenario changed. They are found by what was done to
  // them, not by position: due dates follow their plan tasks, so the plan edits in between may reorder them.
  const checklist = value(a, 'checklist.get');
  expect(checklist.entryId).toBe(id);
  expect(checklist.items.every((i) => i.entryId === id)).toBe(true);
  const first = checklist.items.find((i) => i.evidence.some((e) => e.name === 'policy.txt'))!;
  const third = checklist.items.find((i) => i.id === value(a, 'checklist.updateItem').id)!;
  const second = checklist.items.find((i) => i.status === 'in_progress' && i.id !== first.id)!;
  expect(first).toMatchObject({ owner: 'Ana', notes: 'Started', status: 'in_progress', version: expect.any(Number) });
  // The link removed with a reason is gone; the other evidence stays.
  expect(first.evidence.map((e) => [e.kind, e.name])).toEqual([
    ['file', 'policy.txt'],
    ['link', 'Register entry'],
  ]);
  expect(value(a, 'evidence.remove')).toEqual({ id: expect.any(String), itemId: first.id });
  expect(second).toMatchObject({ status: 'in_progress', owner: '' });
  expect(third).toMatchObject({ status: 'signed_off' });
  const own = checklist.items.filter((i) => i.requirementId === null || i.requirementId.startsWith('custom.'));
  expect(own.map((i) => i.title).sort()).toEqual(['Board approval', 'Board approval of market entry']);
  // The last single-item change put the third item in review.
  expect(value(a, 'checklist.updateItem')).toMatchObject({ id: third.id, status: 'in_review' });
  expect(value(a, 'checklist.bulkUpdate')).toEqual({ updated: 2 });
  expect(value(a, 'checklist.addCustomItem')).toMatchObject({
    entryId: id,
    title: 'Board approval',
    category: 'company_registration',
    workstream: 'regulatory_legal',
    certainty: 'custom',
    requirementId: null,
  });
  const file = value(a, 'evidence.addFile');
  expect(file).toMatchObject({ itemId: first.id, kind: 'file', name: 'policy.txt', sha256: sha256('our privacy policy'), size: 18, osUser: 'tester' });
  expect(value(a, 'evidence.addLink')).toMatchObject({ itemId: first.id, kind: 'link', name: 'Register entry', url: 'https://example.org/register' });
  const download = value(a, 'evidence.download');
  expect({ ...download, contentBase64: text(download.contentBase64) }).toEqual({ fileName: 'policy.txt', contentBase64: 'our privacy policy', sha256: sha256('our privacy policy') });

  const settings = { displayName: 'Ana', role: 'legal', osUser: 'tester', actor: 'Ana' };
  expect(value(a, 'settings.update')).toEqual(settings);
  expect(value(a, 'settings.get')).toEqual(settings);
  expect(value(a, 'review.queue').rows.map((q) => [q.item.id, q.entryName, q.entryCountry])).toEqual([[third.id, 'Renamed', 'DE']]);
  expect(value(a, 'review.counts')).toMatchObject({ pending: 1, pendingByMarket: [{ entryId: id, entryName: 'Renamed', entryCountry: 'DE', count: 1 }] });
  const decision = value(a, 'review.decide');
  expect(decision).toMatchObject({
    seq: 1,
    entryId: id,
    itemId: third.id,
    decision: 'approve',
    signerName: 'Ana',
    signerRole: 'legal',
    osUser: 'tester',
    comment: 'Checked',
    requirementId: third.requirementId,
    contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  expect(value(a, 'review.history')).toEqual([decision]);
  expect(value(a, 'review.verify')).toEqual({
    ok: true,
    chainId: decision.chainId,
    headHash: decision.hash,
    records: 1,
    key: { fingerprint: expect.stringMatching(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/), custody: expect.stringMatching(/whoever holds the folder can sign too/) },
    problems: [],
  });
  expect(value(a, 'review.signingKey')).toEqual({ chainId: decision.chainId, fingerprint: (value(a, 'review.verify') as { key: { fingerprint: string } }).key.fingerprint, custody: expect.any(String) });
  // The custom library requirement (DE, always) joined the checklist; every item there is applicable, but
  // a duty that applies only after the target (the AI Act's Annex I, from 2 Aug 2028) is not counted for readiness.
  const laterDuties = checklist.items.filter((i) => i.laterDuty).length;
  expect(laterDuties).toBeGreaterThan(0);
  expect(value(a, 'portfolio.summary')).toEqual([
    expect.objectContaining({ entryId: id, signedOff: 1, applicable: checklist.items.length - laterDuties, inReview: 0 }),
  ]);
  expect(checklist.readiness.applicable).toBe(checklist.items.length - laterDuties);

  const library = value(a, 'library.get');
  expect(library.packs.map((p) => p.id)).toEqual(expect.arrayContaining(['eu', 'de']));
  const exported = value(a, 'library.exportPack');
  expect(JSON.parse(exported.content)).toMatchObject({ id: 'eu' });
  const reimport = value(a, 'library.previewImport');
  expect(reimport).toMatchObject({ packId: 'eu', added: [], changed: [], removed: [], approvalsTurningStale: [] });
  expect(value(a, 'library.applyImport')).toEqual(reimport);
  expect(value(a, 'library.addCustom').added.map((r) => r.id)).toEqual(['custom.board-approval']);

  const plan = value(a, 'plan.get');
  expect(plan).toMatchObject({ entryId: id, projectStart: '2027-03-01', targetDate: '2027-05-30' });
  expect(plan.tasks.filter((t) => t.isReadiness)).toHaveLength(1);
  const [t1, t2] = plan.tasks.filter((t) => !t.isReadiness) as [(typeof plan.tasks)[0], (typeof plan.tasks)[0]];
  expect(value(a, 'plan.updateTask').tasks.find((t) => t.id === t1.id)).toMatchObject({ durationDays: 7, owner: 'Ana' });
  const added = value(a, 'plan.addTask');
  const bank = added.tasks.find((t) => t.title === 'Bank account');
  expect(bank).toMatchObject({ workstream: 'team_operations', durationDays: 3 });
  expect(added.dependencies).toContainEqual(expect.objectContaining({ predecessorId: t1.id, successorId: bank!.id }));
  const linked = value(a, 'plan.addDependency').dependencies.filter((d) => d.predecessorId === t2.id && d.successorId === bank!.id);
  expect(linked).toEqual([expect.objectContaining({ type: 'SS', lagDays: 1 })]);
  expect(value(a, 'plan.removeDependency').dependencies.some((d) => d.predecessorId === t2.id && d.successorId === bank!.id)).toBe(false);
  expect(value(a, 'plan.deleteTask').tasks.some((t) => t.id === bank!.id)).toBe(false);
  expect(value(a, 'plan.setStatusDate')).toMatchObject({ statusDate: '2027-03-10', statusDateIsToday: false });
  expect(value(a, 'plan.setShutdowns').calendar.shutdowns).toEqual(['2027-04-02']);
  expect(value(a, 'plan.overrideHoliday').calendar.overrides).toContainEqual(expect.objectContaining({ date: '2027-05-06', newDate: null }));
  expect(value(a, 'plan.saveBaseline').baselines.map((b) => b.name)).toEqual(['Approved plan']);
  const whatIf = value(a, 'plan.whatIf');
  expect(whatIf.finishDeltaDays).toBeGreaterThan(0);
  expect(whatIf.scenarioFinish > whatIf.currentFinish).toBe(true);
  expect(value(a, 'plan.applyWhatIf').tasks.find((t) => t.id === t1.id)?.durationDays).toBe(9);

  const timeline = value(a, 'export.timeline');
  expect(timeline.fileName).toMatch(/^landfall-.*-timeline-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(text(timeline.contentBase64)).toContain(t1.title);
  const register = value(a, 'export.signoffRegister');
  expect(register.fileName).toMatch(/\.csv$/);
  expect(text(register.contentBase64)).toContain(decision.hash);
  expect(text(register.contentBase64)).toContain('Checked');

  // Leadership's portfolio: the targets as set, the entry's row, the month's snapshot, the pack's ICS and the portfolio register.
  const targets = { readinessDays: 100, compliancePercent: 95, efficiencyPercent: 85, satisfactionPercent: 90 };
  expect(value(a, 'settings.updateTargets')).toEqual(targets);
  expect(value(a, 'portfolio.open').snapshot).toMatchObject({ kind: 'monthly', month: '2027-04', takenOn: '2027-04-01' });
  expect(value(a, 'portfolio.takeSnapshot')).toMatchObject({ kind: 'on_demand', takenOn: '2027-04-01' });
  const dash = value(a, 'portfolio.dashboard');
  expect(dash.targets).toEqual(targets);
  expect(dash.history.map((h) => h.kind)).toEqual(['monthly', 'on_demand']);
  expect(dash.markets).toEqual([expect.objectContaining({ entryId: id, name: 'Renamed', country: 'DE', risks: expect.objectContaining({ critical: expect.any(Number), high: expect.any(Number) }), p80: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), forecast: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })]);
  const pack = value(a, 'export.leadershipPack').files;
  expect(pack.map((f) => f.fileName)).toEqual(['landfall-portfolio-leadership-pack-2027-04-01.ics']);
  expect(text(pack[0]!.contentBase64)).toMatch(/^BEGIN:VCALENDAR[\s\S]*SUMMARY:Renamed: /);
  expect(text(value(a, 'export.portfolioRegister').contentBase64)).toMatch(/Evidence \(name and hash\),Stale approval/);

  const eff = value(a, 'efficiency.entryView');
  // February: home 4 h ÷ market 4.2 h (the CSV), the only metric with a ratio.
  expect(eff.index.percent).toBeCloseTo((4 / 4.2) * 100, 10);
  expect(eff.rows.find((r) => r.metricId === 'first_response_time')!.figure).toBe('95.2 % = home 4 h ÷ market 4.2 h, Feb 2027');
  expect(value(a, 'efficiency.applyImport').measurements).toHaveLength(2);
  expect(value(a, 'efficiency.updateMetric')).toMatchObject({ id: 'refund_time', weight: 2, version: 2 });
  expect(value(a, 'efficiency.comparison').markets.map((m) => m.entryName)).toContain('Renamed');
  expect(text(value(a, 'export.efficiency').contentBase64).startsWith('%PDF-')).toBe(true);
  expect(value(a, 'reference.countries')).toContainEqual(expect.objectContaining({ code: 'DE', name: 'Germany', eu: true, eea: true, holidayData: true }));
  expect(value(a, 'reference.subdivisions')).toHaveLength(16);
  expect(value(a, 'reference.subdivisions')).toContainEqual({ code: 'DE-BY', name: 'Bayern' });
  expect(value(a, 'entries.delete')).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  expect(value(a, 'entries.delete').id).not.toBe(id);

  const risks = value(a, 'risks.list');
  expect(risks).toEqual([expect.objectContaining({ title: 'Bank account opening delayed', owner: 'Ana', status: 'accepted', version: 6, appetite: 'high', aboveAppetite: false })]);
  expect(risks[0]!.treatments[0]!.taskId).toMatch(/^[0-9a-f-]{36}$/);
  expect(value(a, 'risks.accept').acceptance).toMatchObject({ approverName: 'Ana', approverRole: 'legal', expires: '2027-12-31' });
  expect(value(a, 'risks.applyImport')).toMatchObject({ create: [], update: [], unchanged: 2, errors: [] });
  expect(value(a, 'risks.settings')).toMatchObject({ appetite: { financial: 'high' }, reviewDays: { low: 60, critical: 7 } });
  expect(value(a, 'risks.portfolioHeatmap').total).toBe(1);
  expect(value(a, 'risks.heatmap').cells.find((c) => c.likelihood === 4 && c.impact === 4)!.risks.map((r) => r.title)).toContain('Bank account opening delayed');
}

/** Methods that only read: called through both transports on the same backend at every step. */
const READS: ReadonlySet<MethodName> = new Set<MethodName>([
  'preferences.get',
  'entries.get',
  'entries.list',
  'entries.calendar',
  'entries.history',
  'entries.previewUpdate',
  'checklist.get',
  'evidence.download',
  'review.queue',
  'review.counts',
  'review.history',
  'review.verify',
  'review.signingKey',
  'library.get',
  'library.exportPack',
  'library.previewImport',
  'portfolio.summary',
  'portfolio.dashboard',
  'settings.targets',
  'plan.get',
  'plan.whatIf',
  'plan.syncProposal',
  'plan.calendarDrift',
  'export.timeline',
  'export.signoffRegister',
  'reference.countries',
  'reference.subdivisions',
  'settings.get',
  'efficiency.metrics',
  'efficiency.measurements',
  'efficiency.previewImport',
  'efficiency.entryView',
  'efficiency.comparison',
  'export.efficiency',
  'risks.list',
  'risks.get',
  'risks.suggestions',
  'risks.acceptanceQueue',
  'risks.overdue',
  'risks.heatmap',
  'risks.portfolioHeatmap',
  'risks.forecast',
  'risks.matrix',
  'risks.settings',
  'risks.exportRegister',
  'risks.previewImport',
]);

describe('the contract over both transports', () => {
  it('every method answers the same through IPC-style structured clone and HTTP, with what was created', async () => {
    const viaIpc = await scenario(await ipcTransport());
    const viaHttp = await scenario(await httpTransport());
    expect(Object.keys(viaIpc.seen).sort()).toEqual([...methodNames].sort());
    for (const m of methodNames) {
      expect(viaIpc.seen[m], m).toMatchObject({ ok: true });
      expect(viaHttp.seen[m], m).toEqual(viaIpc.seen[m]);
    }
    expectWhatWasCreated(viaIpc.raw);
    expectWhatWasCreated(viaHttp.raw);
  });

  it('on one backend, every read answers deep-equal values through both transports at every step', async () => {
    const backend = await openBackend();
    const ipc = ipcOver(backend);
    const http = await httpOver(backend);
    const compared = new Set<string>();
    const both: Call = async (method, input) => {
      const r = await ipc(method, input);
      if (READS.has(method as MethodName)) {
        expect(await http(method, input), method).toStrictEqual(r);
        compared.add(method);
      }
      return r;
    };
    const { raw } = await scenario(both);
    expect([...compared].sort()).toEqual([...READS].sort());
    expectWhatWasCreated(raw);
  });

  it('errors cross both transports in the same shape', async () => {
    for (const call of [await ipcTransport(), await httpTransport()]) {
      const r = await call('entries.create', validEntry({ targetDays: 1000 }));
      expect(r).toEqual({ ok: false, error: { code: 'invalid_input', field: 'targetDays', message: expect.stringMatching(/^Readiness target \(days\): /) } });
    }
  });
});
