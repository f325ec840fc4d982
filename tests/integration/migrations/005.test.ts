/**
 * Migration 005 (row versions): every editable row of a version-4 database is kept as it was
 * and starts at version 1 (entries, checklist items, library requirements, plan tasks, plan
 * settings); a plan's settings take their last change time from the plan's. The app then
 * takes an edit based on version 1 and refuses one based on the version before it.
 */
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/index';
import type { OpenedDatabase } from '../../../electron/db/connection';
import type { MethodOutput } from '../../../shared/contract';
import { ok } from '../helpers';
import { AT, ENTRY_ID, ITEM_ID, LEDGER_HASH, columns, asOf, databaseAt, rows, snapshot, upgrade, closedAfterEach, insertUsualRows, appOn } from './upgrade';

const opened = closedAfterEach();

const TABLES = ['installation', 'settings', 'entries', 'audit_log', 'packs', 'requirements', 'checklist_items', 'entry_item_counts', 'evidence', 'signoff_ledger', 'plans', 'plan_tasks', 'plan_dependencies'];
const VERSIONED = ['entries', 'checklist_items', 'requirements', 'plan_tasks', 'plans'];
const PLAN_AT = '2026-06-02T08:15:00.000Z';
const DPO = {
  id: 'de.bdsg.s38-dpo',
  title: 'Appoint a data protection officer',
  summary: 'A company with 20 or more people regularly processing personal data appoints a DPO.',
  jurisdiction: ['DE'],
  category: 'data_protection',
  appliesWhen: { always: true },
  citation: { law: 'BDSG', article: '§ 38' },
  sourceUrl: 'https://www.gesetze-im-internet.de/bdsg_2018/__38.html',
  ownerRole: 'legal',
  leadTimeDays: 10,
  evidenceExpected: ['DPO appointment letter'],
  workstream: 'regulatory_legal',
  effectiveFrom: '2018-05-25',
  effectiveUntil: null,
  lastReviewed: '2026-05-01',
  verified: true,
};

function version4() {
  return databaseAt(4, (db) => {
    insertUsualRows(db, 'ledger');
    // The body as a real pack holds it, so the app can show the item.
    db.prepare("UPDATE requirements SET body = ? WHERE id = 'de.bdsg.s38-dpo'").run(JSON.stringify(DPO));
    db.prepare(`INSERT INTO plans (entry_id, project_start, status_date, template_id, template_version, calendar_from, calendar_to, holidays, holiday_overrides, shutdowns, created_at, updated_at)
      VALUES (?, '2026-07-01', '2026-07-10', 'readiness-90', '1.0.0', '2026-07-01', '2027-09-29', '[]', '[]', '["2026-08-14"]', ?, ?)`).run(ENTRY_ID, AT, PLAN_AT);
    const task = db.prepare(`INSERT INTO plan_tasks (id, entry_id, title, workstream, owner, duration_days, percent_complete, is_readiness, sort, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    task.run('7f809fa1-b2c3-4d56-8e7f-9a0b1c2d3e4f', ENTRY_ID, 'Register the company', 'regulatory_legal', 'Ana', 10, 20, 0, 0, AT, AT);
    task.run('8091a0b2-c3d4-4e67-9f80-a1b2c3d4e5f6', ENTRY_ID, 'Operational readiness', 'team_operations', '', 0, 0, 1, 1, AT, AT);
    db.prepare(`INSERT INTO plan_dependencies (id, entry_id, predecessor_id, successor_id, type, lag_days) VALUES ('91a2b3c4-d5e6-4f78-8a91-b2c3d4e5f607', ?, ?, ?, 'FS', 0)`).run(
      ENTRY_ID,
      '7f809fa1-b2c3-4d56-8e7f-9a0b1c2d3e4f',
      '8091a0b2-c3d4-4e67-9f80-a1b2c3d4e5f6',
    );
  });
}

describe('migration 005: row versions', () => {
  it('keeps every row of a version-4 database, backed up first, and starts every editable row at version 1', async () => {
    const { dataDir, file } = version4();
    const before = snapshot(file, TABLES);
    expect(before.plan_tasks).toHaveLength(2);
    expect(before.signoff_ledger).toEqual([expect.objectContaining({ hash: LEDGER_HASH })]);

    const o: OpenedDatabase = await upgrade(dataDir, 4, before);
    opened.push(o);
    for (const t of TABLES.filter((t) => !VERSIONED.includes(t))) expect(asOf(5, t, rows(o.db, t)), t).toEqual(before[t]);
    for (const t of VERSIONED) {
      expect(columns(o.db, t), t).toContain('version');
      const extra = (r: Record<string, unknown>) => (t === 'plans' ? { version: 1, settings_updated_at: r.updated_at } : { version: 1 });
      expect(rows(o.db, t), t).toEqual(before[t]!.map((r) => ({ ...r, ...extra(r) })));
    }
    expect(o.db.prepare('SELECT settings_updated_at FROM plans').get()).toEqual({ settings_updated_at: PLAN_AT });
    // A version below 1 cannot be stored.
    expect(() => o.db.prepare('UPDATE entries SET version = 0').run()).toThrow(/CHECK constraint/);
    // The ledger is still append-only after the upgrade.
    expect(() => o.db.prepare('DELETE FROM signoff_ledger').run()).toThrow(/append-only/);
  });

  it('lets the app edit the upgraded rows from version 1 and refuse an edit based on an older version', async () => {
    const { dataDir, file } = version4();
    const o = await upgrade(dataDir, 4, snapshot(file, TABLES));
    o.close();
    const backend: Backend = await appOn(dataDir, '2026-07-15T10:00:00Z');
    opened.push(backend);
    const call = backend.router.call.bind(backend.router);

    // The item first: the entry's edit below brings its checklist in step (a change, so a new version).
    const item = (await ok<MethodOutput<'checklist.get'>>(call('checklist.get', { entryId: ENTRY_ID }))).items.find((i) => i.id === ITEM_ID)!;
    expect(item.version).toBe(1);
    expect(await ok<MethodOutput<'checklist.updateItem'>>(call('checklist.updateItem', { itemId: ITEM_ID, version: 1, patch: { owner: 'Ana Souza' } }))).toMatchObject({ version: 2 });
    const entry = await ok<MethodOutput<'entries.get'>>(call('entries.get', { id: ENTRY_ID }));
    expect(entry.version).toBe(1);
    const { id: _i, targetDate: _t, archived: _a, createdAt: _c, updatedAt: _u, version: _v, ...fields } = entry;
    expect(await ok<MethodOutput<'entries.update'>>(call('entries.update', { id: ENTRY_ID, version: 1, fields: { ...fields, description: 'Munich office' } }))).toMatchObject({ version: 2 });
    expect(await call('entries.update', { id: ENTRY_ID, version: 1, fields })).toMatchObject({ ok: false, error: { code: 'conflict', field: 'version' } });


    const plan = await ok<MethodOutput<'plan.get'>>(call('plan.get', { entryId: ENTRY_ID }));
    expect(plan.version).toBe(1);
    expect(plan.tasks.map((t) => t.version)).toEqual([1, 1]);
    expect(plan.calendar.shutdowns).toEqual(['2026-08-14']);
    expect(await ok<MethodOutput<'plan.setStatusDate'>>(call('plan.setStatusDate', { entryId: ENTRY_ID, version: 1, statusDate: null }))).toMatchObject({ version: 2, statusDateIsToday: true });
    const library = await ok<MethodOutput<'library.get'>>(call('library.get', {}));
    expect(library.requirements.find((r) => r.requirement.id === 'de.bdsg.s38-dpo')?.version ?? 1).toBeGreaterThanOrEqual(1);
  });
});
