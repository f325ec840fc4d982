/**
 * Migration 012 (portfolio forecasts and snapshots): everything written before keeps every
 * row; the new tables start empty; an old plan gets its stored forecast on the first open,
 * and an item's status change marks that forecast for re-scheduling.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/index';
import { migrations } from '../../../electron/db/migrations/index';
import type { OpenedDatabase } from '../../../electron/db/connection';
import type { Dashboard } from '../../../shared/portfolio-schema';
import { ok } from '../helpers';
import { CUSTOM_ITEM_ID, ENTRY_ID, databaseAt, insertEntries, insertInstallation, insertLedger, insertLibraryAndChecklist, rows, snapshot, tableExists, upgrade } from './upgrade';

const opened: { close(): void }[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

/** The migration before 012 in the list (010 today; 011, the risk register, once it lands). */
const PREVIOUS = migrations[migrations.findIndex((m) => m.version === 12) - 1]!.version;
const OLD_TABLES = ['installation', 'settings', 'entries', 'audit_log', 'packs', 'requirements', 'checklist_items', 'entry_item_counts', 'evidence', 'signoff_ledger'];

function previous() {
  return databaseAt(PREVIOUS, (db) => {
    insertInstallation(db);
    insertEntries(db);
    insertLibraryAndChecklist(db);
    insertLedger(db);
  });
}

describe('migration 012: portfolio forecasts and snapshots', () => {
  it('keeps every older row, backed up first; the forecast and snapshot tables start empty', async () => {
    const { dataDir, file } = previous();
    const before = snapshot(file, OLD_TABLES);
    const o: OpenedDatabase = await upgrade(dataDir, PREVIOUS, before);
    opened.push(o);
    for (const t of OLD_TABLES) expect(rows(o.db, t), t).toEqual(before[t]);
    for (const t of ['plan_forecasts', 'portfolio_snapshots']) {
      expect(tableExists(o.db, t), t).toBe(true);
      expect(rows(o.db, t), t).toEqual([]);
    }
    // Library requirements per entry are counted from the rows already there (the custom item is not one).
    expect(rows(o.db, 'entry_requirement_counts')).toEqual([{ entry_id: ENTRY_ID, applicable: 2, signed_off: 1 }]);
    // One monthly snapshot per month; dates are checked.
    const insert = o.db.prepare(`INSERT INTO portfolio_snapshots (id, taken_on, month, kind, taken_at, taken_by, figures) VALUES (?, ?, ?, ?, 'now', 'Dana', '{}')`);
    insert.run('a', '2026-12-01', '2026-12', 'monthly');
    expect(() => insert.run('b', '2026-12-05', '2026-12', 'monthly')).toThrow(/UNIQUE/);
    insert.run('c', '2026-12-05', '2026-12', 'on_demand');
    expect(() => insert.run('d', '2026-02-30', '2026-02', 'on_demand')).toThrow(/CHECK/);
  });

  it('lets the app open the file: the old entry gets its plan and stored forecast on first open, and a status change marks it dirty', async () => {
    const { dataDir, file } = previous();
    const o = await upgrade(dataDir, PREVIOUS, snapshot(file, OLD_TABLES));
    o.close();
    const backend: Backend = await createBackend({ dataDir, osUser: 'tester', now: () => new Date('2026-07-15T10:00:00Z'), onInternalError: () => {} });
    opened.push(backend);
    await ok(backend.router.call('plan.get', { entryId: ENTRY_ID, baselineId: null }));
    const beforeOpen = await ok<Dashboard>(backend.router.call('portfolio.dashboard', { asOf: '2026-07-15' }));
    expect(beforeOpen.markets.find((m) => m.entryId === ENTRY_ID)!.forecast).toBeNull(); // said honestly until the plan is scheduled
    await ok(backend.router.call('portfolio.open', { today: '2026-07-15' }));
    const d = await ok<Dashboard>(backend.router.call('portfolio.dashboard', { asOf: '2026-07-15' }));
    const row = d.markets.find((m) => m.entryId === ENTRY_ID)!;
    expect(row.forecast).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(d.history).toHaveLength(1);
    await ok(backend.router.call('checklist.updateItem', { itemId: CUSTOM_ITEM_ID, version: 1, patch: { status: 'blocked' } }));
    backend.close();
    opened.pop();
    const o2 = await (await import('../../../electron/db/connection')).openDatabase(dataDir);
    opened.push(o2);
    expect(o2.db.prepare('SELECT dirty FROM plan_forecasts WHERE entry_id = ?').get(ENTRY_ID)).toEqual({ dirty: 1 });
  });
});
