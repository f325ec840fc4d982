/**
 * Migration 010 (efficiency): a database written by the build before it keeps every row;
 * the metric and measurement tables start empty, the app seeds the shipped catalogue on
 * first open, and an old entry can be measured at once. Dates and markets are checked by
 * the schema itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index';
import type { MethodOutput } from '../../../shared/contract';
import { ok } from '../helpers';
import { AT, CORE_TABLES, coreDatabaseAt, ENTRY_ID, rows, snapshot, tableExists, upgrade, versionBefore } from './upgrade';

const opened: { close(): void }[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const PREVIOUS = versionBefore(10);
const OLD_TABLES = CORE_TABLES;
const previousVersion = () => coreDatabaseAt(PREVIOUS);

describe('migration 010: efficiency metrics and measurements', () => {
  it('keeps every row, backed up first; the efficiency tables start empty', async () => {
    const { dataDir, file } = previousVersion();
    const before = snapshot(file, OLD_TABLES);
    const o = await upgrade(dataDir, PREVIOUS, before);
    opened.push(o);
    for (const t of OLD_TABLES) expect(rows(o.db, t), t).toEqual(before[t]);
    for (const t of ['efficiency_metrics', 'efficiency_measurements']) {
      expect(tableExists(o.db, t), t).toBe(true);
      expect(rows(o.db, t), t).toEqual([]);
    }
  });

  it('refuses impossible rows: a date that does not exist, a period ending before it starts, a row for two markets', async () => {
    const { dataDir, file } = previousVersion();
    const o = await upgrade(dataDir, PREVIOUS, snapshot(file, OLD_TABLES));
    opened.push(o);
    o.db
      .prepare(`INSERT INTO efficiency_metrics (id, name, unit, direction, weight, aggregation, money, origin, sort, created_at, updated_at)
        VALUES ('uptime', 'Uptime', '%', 'higher_is_better', 1, 'mean', 0, 'builtin', 1, ?, ?)`)
      .run(AT, AT);
    const insert = o.db.prepare(`INSERT INTO efficiency_measurements (id, metric_id, home_country, entry_id, period_start, period_end, value, recorded_by, os_user, created_at, updated_at)
      VALUES (?, 'uptime', ?, ?, ?, ?, 99.5, 'Dana', 'dana', ?, ?)`);
    insert.run('m1', null, ENTRY_ID, '2026-07-01', '2026-07-31', AT, AT);
    expect(o.db.prepare('SELECT version, source_note, currency, fx_rate FROM efficiency_measurements').get()).toEqual({ version: 1, source_note: '', currency: null, fx_rate: null });
    expect(() => insert.run('m2', null, ENTRY_ID, '2026-02-01', '2026-02-30', AT, AT)).toThrow(/CHECK/);
    expect(() => insert.run('m3', null, ENTRY_ID, '2026-08-31', '2026-08-01', AT, AT)).toThrow(/CHECK/);
    expect(() => insert.run('m4', 'US', ENTRY_ID, '2026-08-01', '2026-08-31', AT, AT)).toThrow(/CHECK/);
    expect(() => insert.run('m5', null, '00000000-0000-4000-8000-000000000000', '2026-08-01', '2026-08-31', AT, AT)).toThrow(/FOREIGN KEY/);
  });

  it('lets the app open the upgraded file: the catalogue is seeded and the old entry can be measured', async () => {
    const { dataDir, file } = previousVersion();
    (await upgrade(dataDir, PREVIOUS, snapshot(file, OLD_TABLES))).close();
    const backend = await createBackend({ dataDir, osUser: 'tester', now: () => new Date('2026-09-01T10:00:00Z'), onInternalError: () => {} });
    opened.push(backend);
    const metrics = await ok<MethodOutput<'efficiency.metrics'>>(backend.router.call('efficiency.metrics', {}));
    expect(metrics).toHaveLength(10);
    expect(metrics[0]).toMatchObject({ id: 'cost_per_transaction', origin: 'builtin', catalogueVersion: '1.0.0', version: 1 });
    await ok(backend.router.call('efficiency.addMeasurement', { metricId: 'uptime', market: 'US', periodStart: '2026-08-01', periodEnd: '2026-08-31', value: 99.9 }));
    await ok(backend.router.call('efficiency.addMeasurement', { metricId: 'uptime', market: ENTRY_ID, periodStart: '2026-08-01', periodEnd: '2026-08-31', value: 99.0 }));
    const view = await ok<MethodOutput<'efficiency.entryView'>>(backend.router.call('efficiency.entryView', { entryId: ENTRY_ID }));
    expect(view.index.percent).toBeCloseTo((99 / 99.9) * 100, 10);
  });
});
