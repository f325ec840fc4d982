/**
 * Migration 011 (risk registers): a database written by the build before it (migration 010)
 * keeps every row; the risk tables start empty, the table itself refuses impossible rows
 * (a schedule impact whose minimum exceeds its maximum, a date that does not exist, an
 * acceptance seq without its expiry), and the app opens the file, stores the shipped matrix
 * and takes risks. Acceptances are ledger records (migration 007): no table of their own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index';
import type { MethodOutput } from '../../../shared/contract';
import { ok } from '../helpers';
import { asOf, AT, CORE_TABLES, coreDatabaseAt, ENTRY_ID, rows, snapshot, tableExists, upgrade, versionBefore } from './upgrade';

const opened: { close(): void }[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

const PREVIOUS = versionBefore(11);
const OLD_TABLES = CORE_TABLES;
const previousVersion = () => coreDatabaseAt(PREVIOUS);
const RISK_TABLES = ['risks', 'risk_dismissed', 'risk_matrix', 'risk_appetite', 'risk_review_intervals', 'risk_forecasts'];

describe('migration 011: risk registers', () => {
  it('keeps every row of the previous version, backed up first; the risk tables start empty and there is no second ledger table', async () => {
    const { dataDir, file } = previousVersion();
    const before = snapshot(file, OLD_TABLES);
    const o = await upgrade(dataDir, PREVIOUS, before);
    opened.push(o);
    for (const t of OLD_TABLES) expect(asOf(PREVIOUS, t, rows(o.db, t)), t).toEqual(before[t]);
    for (const t of RISK_TABLES) {
      expect(tableExists(o.db, t), t).toBe(true);
      expect(rows(o.db, t), t).toEqual([]);
    }
    expect(tableExists(o.db, 'ledger_records')).toBe(false);
    expect(o.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(11);
  });

  it('refuses a schedule impact whose minimum exceeds its maximum, an impossible date and an acceptance without its expiry in the table itself', async () => {
    const { dataDir, file } = previousVersion();
    const o = await upgrade(dataDir, PREVIOUS, snapshot(file, OLD_TABLES));
    opened.push(o);
    const insert = (over: string, acceptance = 'NULL, NULL') =>
      o.db
        .prepare(`INSERT INTO risks (id, entry_id, title, event, category, workstream, inherent_likelihood, inherent_impact, current_likelihood, current_impact,
          residual_likelihood, residual_impact, response, matrix_id, matrix_version, created_at, updated_at, next_review, schedule_min_days, schedule_likely_days, schedule_max_days,
          acceptance_seq, acceptance_expires)
          VALUES ('r', ?, 'T', 'E', 'financial', 'team_operations', 3, 3, 3, 3, 2, 2, 'reduce', 'm', '1.0.0', ?, ?, ${over}, ${acceptance})`)
        .run(ENTRY_ID, AT, AT);
    expect(() => insert("'2026-07-01', 9, 9, 3")).toThrow(/CHECK/);
    expect(() => insert("'2026-02-30', NULL, NULL, NULL")).toThrow(/CHECK/);
    expect(() => insert("'2026-13-01', NULL, NULL, NULL")).toThrow(/CHECK/);
    expect(() => insert("'2026-07-01', NULL, NULL, NULL", "1, NULL")).toThrow(/CHECK/);
    expect(() => insert("'2026-07-01', NULL, NULL, NULL", "1, '2026-13-01'")).toThrow(/CHECK/);
    insert("'2026-07-01', 1, 2, 3");
    expect(o.db.prepare('SELECT status, owner, controls, treatments, acceptance_seq, version FROM risks').get()).toEqual({
      status: 'open',
      owner: '',
      controls: '[]',
      treatments: '[]',
      acceptance_seq: null,
      version: 1,
    });
  });

  it('lets the app open the upgraded file: it stores the shipped matrix and the old entry takes a suggested risk', async () => {
    const { dataDir, file } = previousVersion();
    (await upgrade(dataDir, PREVIOUS, snapshot(file, OLD_TABLES))).close();
    const backend = await createBackend({ dataDir, osUser: 'tester', now: () => new Date('2026-07-15T10:00:00Z'), onInternalError: () => {}, dailyBackups: false });
    opened.push(backend);
    expect(await ok<MethodOutput<'risks.matrix'>>(backend.router.call('risks.matrix', {}))).toMatchObject({ id: 'landfall-5x5', version: '1.0.0' });
    const offered = await ok<MethodOutput<'risks.suggestions'>>(backend.router.call('risks.suggestions', { entryId: ENTRY_ID }));
    expect(offered.length).toBeGreaterThan(0);
    const risk = await ok<MethodOutput<'risks.acceptSuggestion'>>(backend.router.call('risks.acceptSuggestion', { entryId: ENTRY_ID, templateId: offered[0]!.templateId }));
    expect(risk).toMatchObject({ entryId: ENTRY_ID, status: 'open', version: 1, acceptance: null });
  });
});
