/**
 * Migration 008 (read indexes): a database written before it keeps every row; the sweep for
 * expired conditional approvals and counsel's tabs then read indexes instead of scanning.
 */
import { describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../../electron/db/connection';
import { asOf, coreDatabaseAt, rows, snapshot, upgrade, closedAfterEach } from './upgrade';

const opened = closedAfterEach();

const TABLES = ['installation', 'settings', 'entries', 'audit_log', 'packs', 'requirements', 'checklist_items', 'entry_item_counts', 'evidence', 'signoff_ledger'];

const before = () => coreDatabaseAt(4);

function plan(o: OpenedDatabase, sql: string, ...params: unknown[]): string {
  return (o.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
}

describe('migration 008: read indexes', () => {
  it('keeps every row, backed up first, and adds the indexes', async () => {
    const { dataDir, file } = before();
    const old = snapshot(file, TABLES);
    const o = await upgrade(dataDir, 4, old);
    opened.push(o);
    for (const t of TABLES) expect(asOf(4, t, rows(o.db, t)), t).toEqual(old[t]);
    const names = o.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").pluck().all();
    expect(names).toEqual(expect.arrayContaining(['ledger_by_decision', 'items_by_status_entry']));
    expect(() => o.db.prepare('DELETE FROM signoff_ledger').run()).toThrow(/append-only/);
  });

  it('answers the expiry sweep from the index of conditional approvals, not a scan of the ledger', async () => {
    const { dataDir, file } = before();
    const o = await upgrade(dataDir, 4, snapshot(file, TABLES));
    opened.push(o);
    const sweep = plan(
      o,
      `SELECT l.item_id FROM signoff_ledger l WHERE l.decision = 'approve_conditional' AND l.condition_expires < ?
         AND l.seq = (SELECT max(m.seq) FROM signoff_ledger m WHERE m.item_id = l.item_id)`,
      '2027-01-01',
    );
    expect(sweep).toMatch(/SEARCH l USING (COVERING )?INDEX ledger_by_decision \(decision=\? AND condition_expires<\?\)/);
    expect(sweep).not.toMatch(/SCAN l\b/);
    expect(plan(o, "SELECT count(*) FROM signoff_ledger WHERE decision = 'reject'")).toMatch(/ledger_by_decision/);
  });
});
