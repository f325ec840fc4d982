import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/entry-schema';
import type { PlanView, WhatIfResult, PlanSyncProposal } from '../../shared/plan-schema';
import type { ChecklistView } from '../../shared/checklist-schema';
import { backendsForTests, countRows, ok, tempDir, validEntry } from './helpers';

const backends = backendsForTests();

async function setup(overrides: Parameters<typeof validEntry>[0] = {}) {
  const b = await backends.start();
  const entry = await ok<Entry>(b.router.call('entries.create', validEntry({ startDate: '2027-03-01', ...overrides })));
  const plan = () => ok<PlanView>(b.router.call('plan.get', { entryId: entry.id }));
  const call = (m: string, input: Record<string, unknown>) => b.router.call(m, input);
  return { b, entry, plan, call };
}

const byTitle = (p: PlanView, title: string) => p.tasks.find((t) => t.title === title)!;

describe('readiness plans', () => {
  it('come with a new entry: three workstreams, tasks from the checklist, and the readiness milestone at the end', async () => {
    const { plan } = await setup();
    const p = await plan();
    expect(new Set(p.tasks.map((t) => t.workstream))).toEqual(new Set(['regulatory_legal', 'infrastructure_technology', 'team_operations']));
    const readiness = p.tasks.filter((t) => t.isReadiness);
    expect(readiness).toHaveLength(1);
    expect(readiness[0]!.title).toBe('Operational readiness');
    expect(readiness[0]!.schedule.earlyStart).toBe(p.forecastFinish);
    for (const t of p.tasks) expect(t.schedule.earlyFinish <= p.forecastFinish).toBe(true);
    const filing = p.tasks.find((t) => t.category === 'company_registration' && t.linkedItemIds.length === 1);
    expect(filing).toBeDefined();
    // The title is the item's own, without a category prefix (the category is a tag beside it).
    expect(filing!.title).not.toMatch(/^File: /);
    expect(p.tasks.filter((t) => t.category !== null).every((t) => !/^(AI governance|Appoint or register|Register|File|Employment): /.test(t.title))).toBe(true);
    expect(p.targetDate).toBe('2027-05-30');
    expect(p.criticalPath.length).toBeGreaterThan(1);
  });

  it('forecasts against the target and slips business day for business day when the status date moves without progress', async () => {
    const { entry, plan, call } = await setup();
    const before = await plan();
    const first = byTitle(before, 'Confirm entry mode and legal entity');
    expect(first.schedule.earlyStart).toBe('2027-03-01');
    await ok(call('plan.setStatusDate', { entryId: entry.id, version: before.version, statusDate: '2027-03-08' }));
    const after = await plan();
    expect(after.statusDate).toBe('2027-03-08');
    expect(byTitle(after, 'Confirm entry mode and legal entity').schedule.earlyStart).toBe('2027-03-08');
    expect(after.businessDaysPastTarget - before.businessDaysPastTarget).toBe(5);
  });

  it('marks a task linked to checklist items done once they are all signed off', async () => {
    const { plan, call } = await setup();
    const task = (await plan()).tasks.find((t) => t.category === 'company_registration' && t.linkedItemIds.length === 1)!;
    await ok(call('settings.update', { displayName: 'Ana', role: 'legal' }));
    await ok(call('checklist.updateItem', { itemId: task.linkedItemIds[0], version: 1, patch: { status: 'in_review' } }));
    await ok(call('review.decide', { itemId: task.linkedItemIds[0], decision: 'approve', comment: 'Checked' }));
    const after = byTitle(await plan(), task.title);
    expect(after.linkedItemsSignedOff).toBe(true);
    expect(after.schedule.state).toBe('done');
  });

  it('saves a baseline and shows slippage against it', async () => {
    const { entry, plan, call } = await setup();
    await ok(call('plan.saveBaseline', { entryId: entry.id, name: 'Approved' }));
    const critical = (await plan()).tasks.find((t) => t.schedule.critical && !t.isReadiness)!;
    const after = await ok<PlanView>(call('plan.updateTask', { taskId: critical.id, version: critical.version, patch: { durationDays: critical.durationDays + 4 } }));
    expect(after.baselineFinishSlipDays).toBe(4);
    expect(byTitle(after, critical.title).baseline!.finishSlipDays).toBe(4);
    expect(await call('plan.saveBaseline', { entryId: entry.id, name: 'Approved' })).toMatchObject({ ok: false, error: { field: 'name' } });
  });

  it('previews a what-if without saving it, and applies it on request', async () => {
    const { entry, plan, call } = await setup();
    const before = await plan();
    const critical = before.tasks.find((t) => t.schedule.critical && !t.isReadiness)!;
    const w = await ok<WhatIfResult>(call('plan.whatIf', { entryId: entry.id, changes: { startShiftDays: 14, durations: [{ taskId: critical.id, durationDays: critical.durationDays + 15 }] } }));
    expect(w.currentFinish).toBe(before.forecastFinish);
    expect(w.finishDeltaDays).toBeGreaterThanOrEqual(15 + 9);
    expect((await plan()).forecastFinish).toBe(before.forecastFinish);
    const applied = await ok<PlanView>(call('plan.applyWhatIf', { entryId: entry.id, changes: { startShiftDays: 14, durations: [{ taskId: critical.id, durationDays: critical.durationDays + 15 }] } }));
    expect(applied.forecastFinish).toBe(w.scenarioFinish);
    expect(applied.projectStart).toBe('2027-03-15');
  });

  it.each([
    ['a negative duration', (t: string) => ({ taskId: t, version: 1, patch: { durationDays: -2 } }), /duration/i],
    ['a fractional duration', (t: string) => ({ taskId: t, version: 1, patch: { durationDays: 2.5 } }), /duration/i],
    ['an actual finish before its actual start', (t: string) => ({ taskId: t, version: 1, patch: { actualStart: '2027-03-05', actualFinish: '2027-03-03' } }), /finish/i],
    ['an actual start after the status date', (t: string) => ({ taskId: t, version: 1, patch: { actualStart: '2030-01-01' } }), /status date/i],
  ])('refuses %s, naming the task, and leaves the plan as it was', async (_l, patch, message) => {
    const { plan, call } = await setup();
    const before = await plan();
    const task = byTitle(before, 'Confirm entry mode and legal entity');
    const r = await call('plan.updateTask', patch(task.id));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(message);
      expect(r.error.message).toContain('Confirm entry mode and legal entity');
    }
    expect(await plan()).toEqual(before);
  });

  it('refuses a dependency that closes a loop or lags too far back, naming the tasks', async () => {
    const { entry, plan, call } = await setup();
    const p = await plan();
    const a = byTitle(p, 'Confirm entry mode and legal entity');
    const c = byTitle(p, 'Localize customer, supplier and processing contracts');
    const loop = await call('plan.addDependency', { entryId: entry.id, predecessorId: c.id, successorId: a.id, type: 'FS', lagDays: 0, version: a.version });
    expect(loop).toMatchObject({ ok: false, error: { message: expect.stringMatching(/loop/) } });
    if (!loop.ok) expect(loop.error.message).toContain('Confirm entry mode and legal entity');
    const lag = await call('plan.addDependency', { entryId: entry.id, predecessorId: a.id, successorId: c.id, type: 'FS', lagDays: -(a.durationDays + 1), version: c.version });
    expect(lag.ok).toBe(false);
    const self = await call('plan.addDependency', { entryId: entry.id, predecessorId: a.id, successorId: a.id, type: 'FS', lagDays: 0, version: a.version });
    expect(self.ok).toBe(false);
    expect(await plan()).toEqual(p);
  });

  it('keeps its holiday snapshot when the holiday data changes, and shows the difference to accept', async () => {
    const { b, entry, plan, call } = await setup();
    const p = await plan();
    expect(p.calendar.holidays!.map((h) => h.date)).toContain('2027-03-26');
    const side = new Database(b.dbFile);
    side.prepare("UPDATE plans SET holidays = json_remove(holidays, '$[0]') WHERE entry_id = ?").run(entry.id);
    side.close();
    const drift = await ok<{ added: { date: string }[]; removed: unknown[] }>(call('plan.calendarDrift', { entryId: entry.id }));
    expect(drift.added).toHaveLength(1);
    const accepted = await ok<PlanView>(call('plan.acceptCalendarUpdate', { entryId: entry.id }));
    expect(accepted.calendar.holidays).toEqual(p.calendar.holidays);
  });

  it('proposes tasks to add and retire when the checklist changes, and changes nothing until applied', async () => {
    const { entry, plan, call } = await setup({ profile: { ...validEntry().profile, entryMode: 'subsidiary' } });
    const { id: _i, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, version: _v, ...fields } = entry;
    await ok(call('entries.update', { id: entry.id, version: entry.version, fields: { ...fields, profile: { ...fields.profile, entryMode: 'employer_of_record' } } }));
    const proposal = await ok<PlanSyncProposal>(call('plan.syncProposal', { entryId: entry.id }));
    expect(proposal.retire.length).toBeGreaterThan(0);
    const before = await plan();
    for (const r of proposal.retire) expect(before.tasks.some((t) => t.id === r.taskId)).toBe(true);
    const after = await ok<PlanView>(call('plan.applySync', { entryId: entry.id }));
    for (const r of proposal.retire) expect(after.tasks.some((t) => t.id === r.taskId)).toBe(false);
    const items = (await ok<ChecklistView>(call('checklist.get', { entryId: entry.id }))).items;
    expect(items.length).toBeGreaterThan(0);
  });

  it('goes with its entry when the entry is deleted', async () => {
    const { b, entry, call } = await setup();
    await ok(call('entries.delete', { id: entry.id }));
    expect(countRows(b.dbFile, 'plan_tasks')).toBe(0);
    expect(countRows(b.dbFile, 'plans')).toBe(0);
  });
});

describe('plan templates', () => {
  it('uses an edited copy in the data folder for new entries, and falls back to the shipped one when the copy is broken', async () => {
    const dataDir = tempDir();
    const shipped = JSON.parse(fs.readFileSync(path.resolve('resources/plan-templates/readiness-90.json'), 'utf8')) as { tasks: { title: string }[] };
    shipped.tasks[0]!.title = 'Board approval of the market entry';
    fs.mkdirSync(path.join(dataDir, 'plan-templates'));
    fs.writeFileSync(path.join(dataDir, 'plan-templates', 'readiness-90.json'), JSON.stringify(shipped));
    const b = await backends.start({ dataDir });
    const entry = await ok<Entry>(b.router.call('entries.create', validEntry()));
    const p = await ok<PlanView>(b.router.call('plan.get', { entryId: entry.id }));
    expect(p.tasks.some((t) => t.title === 'Board approval of the market entry')).toBe(true);
    backends.closeLast();

    fs.writeFileSync(path.join(dataDir, 'plan-templates', 'readiness-90.json'), '{ "broken": ');
    const problems: unknown[] = [];
    const again = await backends.start({ dataDir, onInternalError: (e) => problems.push(e) });
    expect(String(problems[0])).toMatch(/Your plan template was not used: .*not valid JSON/);
    const second = await ok<Entry>(again.router.call('entries.create', validEntry()));
    const p2 = await ok<PlanView>(again.router.call('plan.get', { entryId: second.id }));
    expect(p2.tasks.some((t) => t.title === 'Confirm entry mode and legal entity')).toBe(true);
  });
});
