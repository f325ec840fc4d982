/**
 * Migration 004 (readiness plans): entries, checklists and sign-offs written at version 3
 * keep every row; the plan tables start empty, and the app builds an old entry's plan from
 * its checklist the first time it is asked for it.
 */
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/index';
import type { OpenedDatabase } from '../../../electron/db/connection';
import type { MethodOutput } from '../../../shared/contract';
import { ok } from '../helpers';
import {
  AT,
  ENTRY_ID,
  ITEM_ID,
  LEDGER_HASH,
  SIGNED_ITEM_ID,
  databaseAt,
  insertLedger,
  rows,
  snapshot,
  tableExists,
  upgrade,
  asOf,
  closedAfterEach,
  insertUsualRows,
  appOn,
} from './upgrade';

const opened = closedAfterEach();

const OLD_TABLES = [
  'installation',
  'settings',
  'entries',
  'audit_log',
  'packs',
  'requirements',
  'checklist_items',
  'entry_item_counts',
  'evidence',
  'signoff_ledger',
];
const PLAN_TABLES = ['plans', 'plan_tasks', 'plan_dependencies', 'plan_task_items', 'plan_baselines'];

function version3() {
  return databaseAt(3, (db) => {
    insertUsualRows(db, 'checklist');
    db.prepare("UPDATE checklist_items SET stale_reason = 'The evidence changed after the approval.' WHERE id = ?").run(ITEM_ID);
    insertLedger(db);
  });
}

describe('migration 004: readiness plans', () => {
  it('keeps every row of a version-3 database, ledger included, backed up first; plan tables start empty', async () => {
    const { dataDir, file } = version3();
    const before = snapshot(file, OLD_TABLES);
    expect(before.signoff_ledger).toEqual([expect.objectContaining({ hash: LEDGER_HASH, item_id: SIGNED_ITEM_ID })]);

    const o: OpenedDatabase = await upgrade(dataDir, 3, before);
    opened.push(o);
    for (const t of OLD_TABLES) expect(asOf(4, t, rows(o.db, t)), t).toEqual(before[t]);
    // Migration 007 later adds format, kind, snapshot and signature to each old record.
    expect(rows(o.db, 'signoff_ledger').map((r) => [r.format, r.kind, r.snapshot, r.signature])).toEqual(before.signoff_ledger!.map(() => [1, 'item_decision', null, null]));
    for (const t of PLAN_TABLES) {
      expect(tableExists(o.db, t), t).toBe(true);
      expect(asOf(4, t, rows(o.db, t)), t).toEqual([]);
    }
    // The ledger is still append-only after the upgrade.
    expect(() => o.db.prepare('DELETE FROM signoff_ledger').run()).toThrow(/append-only/);
  });

  it('fills the defaults of a plan and its tasks written with only their required columns', async () => {
    const { dataDir, file } = version3();
    const o = await upgrade(dataDir, 3, snapshot(file, OLD_TABLES));
    opened.push(o);
    o.db
      .prepare(`INSERT INTO plans (entry_id, project_start, template_id, template_version, calendar_from, calendar_to, created_at, updated_at)
        VALUES (?, '2026-07-01', 'readiness-90', '1.0.0', '2026-07-01', '2027-09-29', ?, ?)`)
      .run(ENTRY_ID, AT, AT);
    o.db
      .prepare(`INSERT INTO plan_tasks (id, entry_id, title, workstream, duration_days, created_at, updated_at)
        VALUES ('task-1', ?, 'Open a bank account', 'team_operations', 5, ?, ?)`)
      .run(ENTRY_ID, AT, AT);
    expect(o.db.prepare('SELECT status_date, holidays, holiday_overrides, shutdowns FROM plans').get()).toEqual({
      status_date: null,
      holidays: null,
      holiday_overrides: '[]',
      shutdowns: '[]',
    });
    expect(o.db.prepare('SELECT owner, percent_complete, is_readiness, sort, actual_start, template_key FROM plan_tasks').get()).toEqual({
      owner: '',
      percent_complete: 0,
      is_readiness: 0,
      sort: 0,
      actual_start: null,
      template_key: null,
    });
  });

  it('lets the app open the upgraded file: the old entry keeps its checklist and sign-off and gets a plan on first view', async () => {
    const { dataDir, file } = version3();
    const o = await upgrade(dataDir, 3, snapshot(file, OLD_TABLES));
    o.close();
    const backend: Backend = await appOn(dataDir, '2026-07-15T10:00:00Z');
    opened.push(backend);
    const entry = await ok<MethodOutput<'entries.get'>>(backend.router.call('entries.get', { id: ENTRY_ID }));
    expect(entry).toMatchObject({ name: 'Germany launch', targetCountry: 'DE', targetSubdivision: 'DE-BY', status: 'active', archived: false, targetDate: '2026-09-29' });
    const history = await ok<MethodOutput<'review.history'>>(backend.router.call('review.history', { itemId: SIGNED_ITEM_ID }));
    expect(history).toEqual([expect.objectContaining({ seq: 1, decision: 'approve', signerName: 'Lee Counsel', comment: 'Registration confirmed', hash: LEDGER_HASH })]);
    const plan = await ok<MethodOutput<'plan.get'>>(backend.router.call('plan.get', { entryId: ENTRY_ID }));
    expect(plan).toMatchObject({ entryId: ENTRY_ID, projectStart: '2026-07-01', targetDate: '2026-09-29' });
    expect(plan.tasks.filter((t) => t.isReadiness)).toHaveLength(1);
    expect(plan.tasks.length).toBeGreaterThan(1);
  });
});
