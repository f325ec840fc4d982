/**
 * One contract suite, two transports: every method is exercised through an
 * IPC-style call (structured clone both ways, as Electron does) and over HTTP,
 * and both must give the same answers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/index';
import { startHost, type RunningHost } from '../../electron/host/server';
import { methodNames, type MethodName } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';
import { tempDir, validEntry } from './helpers';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const fixedClock = { now: () => new Date('2027-02-15T10:00:00Z'), osUser: 'tester', onInternalError: () => {} };

async function ipcTransport(): Promise<Call> {
  const b: Backend = await createBackend({ dataDir: tempDir(), ...fixedClock });
  cleanups.push(() => b.close());
  return async (method, input) => structuredClone(await b.router.call(method, structuredClone(input)));
}

async function httpTransport(): Promise<Call> {
  const b: Backend = await createBackend({ dataDir: tempDir(), ...fixedClock });
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  const host: RunningHost = await startHost({ router: b.router, staticDir, token: 'tok' });
  cleanups.push(async () => {
    await host.close();
    b.close();
  });
  return async (method, input) => {
    const res = await fetch(`http://127.0.0.1:${host.port}/rpc/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as ApiResult<unknown>;
  };
}

/** A scenario that calls every method in the contract; returns what each answered, ids normalised. */
async function scenario(call: Call): Promise<Record<MethodName, unknown>> {
  const seen = {} as Record<MethodName, unknown>;
  const norm = (v: unknown) => JSON.parse(JSON.stringify(v).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>').replace(/\b[0-9a-f]{64}\b/g, '<hash>')) as unknown;
  /** Exports carry their file as base64: compare the decoded text, so ids and hashes inside are normalised too. */
  const decoded = (r: ApiResult<unknown>) =>
    r.ok && typeof r.value === 'object' && r.value !== null && 'contentBase64' in r.value
      ? { ...r, value: { ...r.value, contentBase64: Buffer.from(String((r.value as { contentBase64: string }).contentBase64), 'base64').toString('utf8') } }
      : r;
  const run = async (m: MethodName, input: unknown) => {
    const r = await call(m, input);
    seen[m] = norm(decoded(r));
    return r;
  };
  const created = await run('entries.create', validEntry());
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const id = (created.value as { id: string }).id;
  const { id: _i, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, ...fields } = created.value as Record<string, unknown>;
  await run('entries.get', { id });
  await run('entries.update', { id, fields: { ...fields, name: 'Renamed' } });
  await run('entries.archive', { id });
  await run('entries.restore', { id });
  await run('entries.list', { includeArchived: true });
  await run('entries.calendar', { id });
  await run('entries.history', { id });
  await run('entries.previewUpdate', { id, fields: { ...fields, profile: { ...(fields.profile as object), aiInProduct: false } } });
  const checklist = await run('checklist.get', { entryId: id });
  const items = (checklist as { ok: true; value: { items: { id: string }[] } }).value.items;
  const itemId = items[0]!.id;
  await run('checklist.updateItem', { itemId, patch: { owner: 'Ana', notes: 'Started' } });
  await run('checklist.bulkUpdate', { itemIds: items.slice(0, 2).map((i) => i.id), patch: { status: 'in_progress' } });
  await run('checklist.addCustomItem', { entryId: id, title: 'Board approval', category: 'company_registration', workstream: 'regulatory_legal', owner: '', dueDate: null, notes: '' });
  const file = await run('evidence.addFile', { itemId, fileName: 'policy.txt', contentBase64: Buffer.from('our privacy policy').toString('base64') });
  await run('evidence.addLink', { itemId, name: 'Register entry', url: 'https://example.org/register' });
  await run('evidence.download', { evidenceId: (file as { ok: true; value: { id: string } }).value.id });
  await run('settings.update', { displayName: 'Ana', role: 'legal' });
  await run('checklist.updateItem', { itemId: items[2]!.id, patch: { status: 'in_review' } });
  await run('review.queue', {});
  await run('review.decide', { itemId: items[2]!.id, decision: 'approve', comment: 'Checked' });
  await run('review.history', { itemId: items[2]!.id });
  await run('review.verify', {});
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
  const plan = (await run('plan.get', { entryId: id })) as { ok: true; value: { tasks: { id: string; isReadiness: boolean }[] } };
  const [t1, t2] = plan.value.tasks.filter((t) => !t.isReadiness) as unknown as [{ id: string }, { id: string }];
  await run('plan.updateTask', { taskId: t1.id, patch: { durationDays: 7, owner: 'Ana' } });
  const added = (await run('plan.addTask', { entryId: id, title: 'Bank account', workstream: 'team_operations', durationDays: 3, afterTaskId: t1.id })) as {
    ok: true;
    value: { tasks: { id: string; title: string }[]; dependencies: { id: string; predecessorId: string; successorId: string }[] };
  };
  const bank = added.value.tasks.find((t) => t.title === 'Bank account')!;
  const withDep = (await run('plan.addDependency', { entryId: id, predecessorId: t2.id, successorId: bank.id, type: 'SS', lagDays: 1 })) as typeof added;
  await run('plan.removeDependency', { dependencyId: withDep.value.dependencies.find((d) => d.predecessorId === t2.id && d.successorId === bank.id)!.id });
  await run('plan.deleteTask', { taskId: bank.id });
  await run('plan.setStatusDate', { entryId: id, statusDate: '2027-03-10' });
  await run('plan.setShutdowns', { entryId: id, dates: ['2027-04-02'] });
  await run('plan.overrideHoliday', { entryId: id, date: '2027-05-06', newDate: null });
  await run('plan.saveBaseline', { entryId: id, name: 'Approved plan' });
  await run('plan.whatIf', { entryId: id, changes: { startShiftDays: 14, durations: [{ taskId: t1.id, durationDays: 20 }] } });
  await run('plan.applyWhatIf', { entryId: id, changes: { startShiftDays: 0, durations: [{ taskId: t1.id, durationDays: 9 }] } });
  await run('plan.syncProposal', { entryId: id });
  await run('plan.applySync', { entryId: id });
  await run('plan.calendarDrift', { entryId: id });
  await run('export.timeline', { entryId: id, format: 'csv' });
  const mspdi = (await run('export.timeline', { entryId: id, format: 'mspdi' })) as ApiResult<{ contentBase64: string }>;
  if (!mspdi.ok) throw new Error(JSON.stringify(mspdi.error));
  const xml = { entryId: id, fileName: 'plan.xml', content: Buffer.from(mspdi.value.contentBase64, 'base64').toString('utf8') };
  await run('plan.previewMspdiImport', xml);
  await run('plan.importMspdi', xml);
  await run('export.signoffRegister', { entryId: id, format: 'csv' });
  await run('plan.acceptCalendarUpdate', { entryId: id });
  await run('reference.countries', {});
  await run('reference.subdivisions', { country: 'DE' });
  await run('settings.update', { displayName: 'Ana', role: 'legal' });
  await run('settings.get', {});
  // The entry now holds a sign-off, so deleting it is refused; a second entry without one is deleted.
  const refused = await call('entries.delete', { id });
  if (refused.ok || refused.error.code !== 'conflict') throw new Error(`deleting an entry with sign-offs: ${JSON.stringify(refused)}`);
  const spare = await call('entries.create', validEntry({ name: 'Spare entry' }));
  if (!spare.ok) throw new Error(JSON.stringify(spare.error));
  await run('entries.delete', { id: (spare.value as { id: string }).id });
  return seen;
}

describe('the contract over both transports', () => {
  it('every method answers the same through IPC-style structured clone and HTTP', async () => {
    const viaIpc = await scenario(await ipcTransport());
    const viaHttp = await scenario(await httpTransport());
    expect(Object.keys(viaIpc).sort()).toEqual([...methodNames].sort());
    for (const m of methodNames) {
      expect(viaIpc[m], m).toMatchObject({ ok: true });
      expect(viaHttp[m], m).toEqual(viaIpc[m]);
    }
  });

  it('errors cross both transports in the same shape', async () => {
    for (const call of [await ipcTransport(), await httpTransport()]) {
      const r = await call('entries.create', validEntry({ targetDays: 1000 }));
      expect(r).toEqual({ ok: false, error: { code: 'invalid_input', field: 'targetDays', message: expect.stringMatching(/^Readiness target \(days\): /) } });
    }
  });
});
