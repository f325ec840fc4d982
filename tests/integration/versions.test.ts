/**
 * No lost updates: every edit names the version of the row it was based on, and one based
 * on an older version is refused with one sentence (the time the row last changed, in the
 * user's local time), changing nothing. Bulk changes refuse as a whole. Evidence: the same
 * file twice on one item is refused; removing evidence takes a reason, is kept in the
 * item's history and makes an approval that covered it stale, and the file stays stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChecklistView } from '../../shared/checklist-schema';
import type { Entry } from '../../shared/entry-schema';
import type { PlanView } from '../../shared/plan-schema';
import type { Backend } from '../../electron/backend/index';
import { backendsForTests, countAudit, countRows, ok, validEntry } from './helpers';

const backends = backendsForTests();

/** HH:mm of an instant in this machine's local time, as the user reads a clock. */
const clock = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const sentence = (what: string, iso: string, it = 'it') =>
  `Someone changed ${what} at ${clock(iso)} since you opened ${it}; your changes are kept in the form — reload to see theirs.`;

/** A backend whose clock the test moves, with one German entry. */
async function setup() {
  let now = new Date('2027-02-15T09:30:00Z');
  const b = await backends.start({ now: () => now });
  const entry = await ok<Entry>(b.router.call('entries.create', validEntry()));
  const call = (m: string, input: unknown) => b.router.call(m, input);
  const items = async () => (await ok<ChecklistView>(call('checklist.get', { entryId: entry.id }))).items;
  const plan = async () => ok<PlanView>(call('plan.get', { entryId: entry.id, baselineId: null }));
  return { b, entry, call, items, plan, at: (iso: string) => (now = new Date(iso)) };
}

function fieldsOf(e: Entry) {
  const { id: _i, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, version: _v, ...fields } = e;
  return fields;
}

function auditActions(b: Backend, entityId: string): string[] {
  const db = new Database(b.dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY rowid').all(entityId) as { action: string }[]).map((r) => r.action);
  } finally {
    db.close();
  }
}

describe('an edit based on an older version', () => {
  it('of an entry is refused with the time of the change that overtook it, and the newer description stays', async () => {
    const { b, entry, call, at } = await setup();
    // Tab A opened the entry at version 1; tab B saves first, at 10:42.
    at('2027-02-15T10:42:00Z');
    const theirs = await ok<Entry>(call('entries.update', { id: entry.id, version: 1, fields: { ...fieldsOf(entry), description: 'Description from tab B' } }));
    expect(theirs).toMatchObject({ version: 2, description: 'Description from tab B' });
    const audits = countAudit(b.dbFile, 'entry');

    at('2027-02-15T10:45:00Z');
    const mine = await call('entries.update', { id: entry.id, version: 1, fields: { ...fieldsOf(entry), description: 'Description from tab A' } });
    expect(mine).toEqual({ ok: false, error: { code: 'conflict', field: 'version', message: sentence('this entry', '2027-02-15T10:42:00.000Z') } });
    expect(await ok<Entry>(call('entries.get', { id: entry.id }))).toMatchObject({ version: 2, description: 'Description from tab B', updatedAt: '2027-02-15T10:42:00.000Z' });
    expect(countAudit(b.dbFile, 'entry')).toBe(audits);
    // Archiving is a change too: an edit opened before it is refused.
    await ok(call('entries.archive', { id: entry.id }));
    expect(await call('entries.update', { id: entry.id, version: 2, fields: fieldsOf(entry) })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('of a checklist item is refused, and the other edit stays', async () => {
    const { b, call, items, at } = await setup();
    const [item] = await items();
    at('2027-02-15T11:05:00Z');
    await ok(call('checklist.updateItem', { itemId: item!.id, version: item!.version, patch: { notes: 'Theirs' } }));
    const before = auditActions(b, item!.id);
    const r = await call('checklist.updateItem', { itemId: item!.id, version: item!.version, patch: { notes: 'Mine', owner: 'Ana' } });
    expect(r).toEqual({ ok: false, error: { code: 'conflict', field: 'version', message: sentence('this checklist item', '2027-02-15T11:05:00.000Z') } });
    expect((await items()).find((i) => i.id === item!.id)).toMatchObject({ notes: 'Theirs', owner: '', version: item!.version + 1 });
    expect(auditActions(b, item!.id)).toEqual(before);
  });

  it('refuses a bulk change as a whole when one item changed, and changes no item', async () => {
    const { b, call, items, at } = await setup();
    const [x, y, z] = (await items()) as [ChecklistView['items'][0], ChecklistView['items'][0], ChecklistView['items'][0]];
    at('2027-02-15T12:10:00Z');
    await ok(call('checklist.updateItem', { itemId: y.id, version: y.version, patch: { owner: 'Someone else' } }));
    const audits = countAudit(b.dbFile, 'checklist_item');
    const r = await call('checklist.bulkUpdate', {
      items: [x, y, z].map((i) => ({ itemId: i.id, version: i.version })),
      patch: { owner: 'Ana', status: 'in_progress' },
    });
    expect(r).toEqual({ ok: false, error: { code: 'conflict', field: 'version', message: sentence('this checklist item', '2027-02-15T12:10:00.000Z') } });
    const now = await items();
    for (const i of [x, z]) expect(now.find((n) => n.id === i.id)).toMatchObject({ owner: '', status: i.status, version: i.version });
    expect(now.find((n) => n.id === y.id)).toMatchObject({ owner: 'Someone else', status: y.status });
    expect(countAudit(b.dbFile, 'checklist_item')).toBe(audits);
    // With the current versions the same change lands on all three, each one version on.
    const fresh = now.filter((n) => [x.id, y.id, z.id].includes(n.id));
    expect(await ok(call('checklist.bulkUpdate', { items: fresh.map((i) => ({ itemId: i.id, version: i.version })), patch: { owner: 'Ana' } }))).toEqual({ updated: 3 });
    expect((await items()).filter((n) => [x.id, y.id, z.id].includes(n.id)).map((i) => [i.owner, i.version])).toEqual(fresh.map((i) => ['Ana', i.version + 1]));
  });

  it('of a task is refused, for its fields and for its links alike', async () => {
    const { call, plan, at } = await setup();
    const p = await plan();
    const [a, c] = p.tasks.filter((t) => !t.isReadiness) as [PlanView['tasks'][0], PlanView['tasks'][0]];
    at('2027-02-15T13:20:00Z');
    const after = await ok<PlanView>(call('plan.updateTask', { taskId: c.id, version: c.version, patch: { owner: 'Theirs' } }));
    expect(after.tasks.find((t) => t.id === c.id)).toMatchObject({ owner: 'Theirs', version: c.version + 1 });
    const stale = { code: 'conflict', field: 'version', message: sentence('this task', '2027-02-15T13:20:00.000Z') };
    expect(await call('plan.updateTask', { taskId: c.id, version: c.version, patch: { durationDays: 30 } })).toEqual({ ok: false, error: stale });
    expect(await call('plan.addDependency', { entryId: p.entryId, predecessorId: a.id, successorId: c.id, type: 'SS', lagDays: 0, version: c.version })).toEqual({ ok: false, error: stale });
    const link = after.dependencies.find((d) => d.successorId === c.id);
    if (link) expect(await call('plan.removeDependency', { dependencyId: link.id, version: c.version })).toEqual({ ok: false, error: stale });
    const unchanged = await plan();
    expect(unchanged.tasks.find((t) => t.id === c.id)).toMatchObject({ owner: 'Theirs', durationDays: c.durationDays, version: c.version + 1 });
    expect(unchanged.dependencies).toEqual(after.dependencies);
    // A task edit is not a change of the plan's settings.
    expect(unchanged.version).toBe(p.version);
  });

  it('saves a task and its links together in one change, and moves the successors it touches on', async () => {
    const { call, plan } = await setup();
    const p = await plan();
    const [a, b2, c] = p.tasks.filter((t) => !t.isReadiness) as [PlanView['tasks'][0], PlanView['tasks'][0], PlanView['tasks'][0]];
    const successors = p.dependencies.filter((d) => d.predecessorId === b2.id);
    const saved = await ok<PlanView>(
      call('plan.updateTask', {
        taskId: b2.id,
        version: b2.version,
        patch: { owner: 'Ana', dependencies: [{ predecessorId: a.id, type: 'SS', lagDays: 1 }], successors: [{ successorId: c.id, type: 'FS', lagDays: 0 }] },
      }),
    );
    expect(saved.tasks.find((t) => t.id === b2.id)).toMatchObject({ owner: 'Ana', version: b2.version + 1 });
    expect(saved.dependencies.filter((d) => d.successorId === b2.id).map((d) => [d.predecessorId, d.type, d.lagDays])).toEqual([[a.id, 'SS', 1]]);
    expect(saved.dependencies.filter((d) => d.predecessorId === b2.id).map((d) => d.successorId)).toEqual([c.id]);
    // A successor that lost or gained a link is at its next version: an editor open on it is refused.
    for (const d of successors.filter((s) => s.successorId !== c.id)) {
      const t = p.tasks.find((x) => x.id === d.successorId)!;
      expect(saved.tasks.find((x) => x.id === t.id)!.version).toBe(t.version + 1);
    }
    // A loop among the links is refused as a whole: nothing of the edit lands.
    const r = await call('plan.updateTask', { taskId: a.id, version: a.version, patch: { owner: 'Loop', dependencies: [{ predecessorId: b2.id, type: 'FS', lagDays: 0 }] } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/loop/) } });
    expect((await plan()).tasks.find((t) => t.id === a.id)).toMatchObject({ owner: '', version: a.version });
  });

  it("of the plan's settings is refused for the status date, shutdown days and holidays", async () => {
    const { call, plan, at } = await setup();
    const p = await plan();
    at('2027-02-15T14:05:00Z');
    const moved = await ok<PlanView>(call('plan.setStatusDate', { entryId: p.entryId, version: p.version, statusDate: '2027-03-08' }));
    expect(moved.version).toBe(p.version + 1);
    const stale = { code: 'conflict', field: 'version', message: sentence("the plan's settings (status date, shutdown days, holidays)", '2027-02-15T14:05:00.000Z', 'them') };
    expect(await call('plan.setShutdowns', { entryId: p.entryId, version: p.version, dates: ['2027-04-02'] })).toEqual({ ok: false, error: stale });
    expect(await call('plan.setStatusDate', { entryId: p.entryId, version: p.version, statusDate: null })).toEqual({ ok: false, error: stale });
    const holiday = p.calendar.holidays![0]!;
    expect(await call('plan.overrideHoliday', { entryId: p.entryId, version: p.version, date: holiday.date, newDate: null })).toEqual({ ok: false, error: stale });
    expect(await plan()).toMatchObject({ version: p.version + 1, statusDate: '2027-03-08', calendar: { shutdowns: [], overrides: [] } });
  });

  it('is refused with a sentence naming the version when the version is missing or not a number', async () => {
    const { entry, call } = await setup();
    const r = await call('entries.update', { id: entry.id, fields: fieldsOf(entry) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'version', message: expect.stringMatching(/^Version: /) } });
    expect(await call('entries.update', { id: entry.id, version: 0, fields: fieldsOf(entry) })).toMatchObject({ ok: false, error: { field: 'version' } });
  });
});

describe('evidence', () => {
  const content = Buffer.from('Signed data processing agreement, v3').toString('base64');

  it('refuses the same file twice on one item, naming the day it was attached; another item may hold it', async () => {
    const { b, call, items, at } = await setup();
    const [first, second] = await items();
    at('2027-03-03T09:00:00Z');
    await ok(call('evidence.addFile', { itemId: first!.id, fileName: 'dpa.pdf', contentBase64: content }));
    at('2027-03-05T09:00:00Z');
    const again = await call('evidence.addFile', { itemId: first!.id, fileName: 'dpa-copy.pdf', contentBase64: content });
    expect(again).toEqual({ ok: false, error: { code: 'invalid_input', field: 'file', message: 'File: this file is already attached on 3 Mar 2027 (as dpa.pdf, by tester).' } });
    expect(countRows(b.dbFile, 'evidence')).toBe(1);
    await ok(call('evidence.addFile', { itemId: second!.id, fileName: 'dpa.pdf', contentBase64: content }));
    expect(countRows(b.dbFile, 'evidence')).toBe(2);
  });

  it('is removed with a reason kept in the item history; the approval that covered it turns stale; the file stays stored', async () => {
    const { b, call, items } = await setup();
    await ok(call('settings.update', { displayName: 'Lee Counsel', role: 'legal' }));
    const [item] = await items();
    const file = await ok<{ id: string; sha256: string }>(call('evidence.addFile', { itemId: item!.id, fileName: 'dpa.pdf', contentBase64: content }));
    const current = (await items()).find((i) => i.id === item!.id)!;
    await ok(call('checklist.updateItem', { itemId: item!.id, version: current.version, patch: { status: 'in_review' } }));
    await ok(call('review.decide', { itemId: item!.id, decision: 'approve', comment: 'DPA in place' }));
    expect((await items()).find((i) => i.id === item!.id)).toMatchObject({ status: 'signed_off' });

    expect(await call('evidence.remove', { evidenceId: file.id, reason: '   ' })).toMatchObject({ ok: false, error: { field: 'reason' } });
    expect(await ok(call('evidence.remove', { evidenceId: file.id, reason: 'Uploaded the unsigned draft by mistake' }))).toEqual({ id: file.id, itemId: item!.id });

    const after = (await items()).find((i) => i.id === item!.id)!;
    expect(after.evidence).toEqual([]);
    expect(after).toMatchObject({ status: 'in_review', staleReason: 'Stale — needs re-review: evidence "dpa.pdf" was removed after the approval (Uploaded the unsigned draft by mistake).' });
    expect(auditActions(b, item!.id).slice(-2)).toEqual(['remove_evidence', 'approval_stale']);
    const db = new Database(b.dbFile, { readonly: true });
    try {
      const row = db.prepare("SELECT after_json FROM audit_log WHERE entity_id = ? AND action = 'remove_evidence'").get(item!.id) as { after_json: string };
      expect(JSON.parse(row.after_json)).toMatchObject({ reason: 'Uploaded the unsigned draft by mistake', removedBy: 'Lee Counsel', osUser: 'tester' });
    } finally {
      db.close();
    }
    // The bytes stay in the content store: the ledger's approval names their hash.
    expect(fs.existsSync(path.join(b.dataDir, 'evidence', file.sha256.slice(0, 2), file.sha256))).toBe(true);
    expect(await call('evidence.remove', { evidenceId: file.id, reason: 'Again' })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'evidenceId' } });
    expect(await ok(call('review.verify', {}))).toMatchObject({ ok: true });
    // The entry now holds a sign-off: its delete dialog can say so before Delete is pressed.
    expect(await ok(call('entries.deleteCheck', { id: after.entryId }))).toEqual({ holdsSignoffs: true });
  });
});
