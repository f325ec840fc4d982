/**
 * Migration 009 (risk registers): a database written by the previous build keeps every row;
 * the risk tables and the non-item ledger table start empty, the new ledger table is
 * append-only, and the app opens the file, stores the shipped matrix and takes risks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/index';
import { migrations } from '../../../electron/db/migrations/index';
import { m009RiskRegisters } from '../../../electron/db/migrations/009-risk-registers';
import type { MethodOutput } from '../../../shared/contract';
import { ok } from '../helpers';
import { AT, ENTRY_ID, LEDGER_HASH, databaseAt, insertEntries, insertInstallation, insertLedger, insertLibraryAndChecklist, rows, snapshot, tableExists, upgrade } from './upgrade';

const opened: { close(): void }[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

/** Whatever migration comes before 009 in the list (004 on this branch, 008 once all have landed). */
const PREVIOUS = migrations.indexOf(m009RiskRegisters);
const PREVIOUS_VERSION = migrations[PREVIOUS - 1]!.version;
const OLD_TABLES = ['installation', 'settings', 'entries', 'audit_log', 'packs', 'requirements', 'checklist_items', 'evidence', 'signoff_ledger'];
const RISK_TABLES = ['risks', 'risk_dismissed', 'risk_matrix', 'risk_appetite', 'risk_review_intervals', 'risk_forecasts', 'ledger_records'];

function previous() {
  return databaseAt(PREVIOUS, (db) => {
    insertInstallation(db);
    insertEntries(db);
    insertLibraryAndChecklist(db);
    insertLedger(db);
  });
}

describe('migration 009: risk registers', () => {
  it('keeps every row of the previous version, backed up first; the risk tables start empty', async () => {
    const { dataDir, file } = previous();
    const before = snapshot(file, OLD_TABLES);
    const o = await upgrade(dataDir, PREVIOUS_VERSION, before);
    opened.push(o);
    for (const t of OLD_TABLES) expect(rows(o.db, t), t).toEqual(before[t]);
    for (const t of RISK_TABLES) {
      expect(tableExists(o.db, t), t).toBe(true);
      expect(rows(o.db, t), t).toEqual([]);
    }
    o.db
      .prepare(`INSERT INTO ledger_records (seq, chain_id, id, kind, at, entry_id, subject_id, signer_name, signer_role, os_user, payload, prev_hash, hash)
        VALUES (2, 'c', 'r1', 'risk_acceptance', ?, ?, 'risk-1', 'Lee', 'legal', 'lee', '{}', ?, ?)`)
      .run(AT, ENTRY_ID, LEDGER_HASH, 'd'.repeat(64));
    expect(() => o.db.prepare('DELETE FROM ledger_records').run()).toThrow(/append-only/);
    expect(() => o.db.prepare("UPDATE ledger_records SET payload = '[]'").run()).toThrow(/append-only/);
  });

  it('refuses a schedule impact whose minimum exceeds its maximum and an impossible review date in the table itself', async () => {
    const { dataDir, file } = previous();
    const o = await upgrade(dataDir, PREVIOUS_VERSION, snapshot(file, OLD_TABLES));
    opened.push(o);
    const insert = (over: string) =>
      o.db
        .prepare(`INSERT INTO risks (id, entry_id, title, event, category, workstream, inherent_likelihood, inherent_impact, current_likelihood, current_impact,
          residual_likelihood, residual_impact, response, matrix_id, matrix_version, created_at, updated_at, next_review, schedule_min_days, schedule_likely_days, schedule_max_days)
          VALUES ('r', ?, 'T', 'E', 'financial', 'team_operations', 3, 3, 3, 3, 2, 2, 'reduce', 'm', '1.0.0', ?, ?, ${over})`)
        .run(ENTRY_ID, AT, AT);
    expect(() => insert("'2026-07-01', 9, 9, 3")).toThrow(/CHECK/);
    expect(() => insert("'2026-02-30', NULL, NULL, NULL")).toThrow(/CHECK/);
    insert("'2026-07-01', 1, 2, 3");
    expect(o.db.prepare('SELECT status, owner, controls, treatments, version FROM risks').get()).toEqual({ status: 'open', owner: '', controls: '[]', treatments: '[]', version: 1 });
  });

  it('lets the app open the upgraded file: it stores the shipped matrix and the old entry takes a suggested risk', async () => {
    const { dataDir, file } = previous();
    (await upgrade(dataDir, PREVIOUS_VERSION, snapshot(file, OLD_TABLES))).close();
    const backend = await createBackend({ dataDir, osUser: 'tester', now: () => new Date('2026-07-15T10:00:00Z'), onInternalError: () => {} });
    opened.push(backend);
    expect(await ok<MethodOutput<'risks.matrix'>>(backend.router.call('risks.matrix', {}))).toMatchObject({ id: 'landfall-5x5', version: '1.0.0' });
    const offered = await ok<MethodOutput<'risks.suggestions'>>(backend.router.call('risks.suggestions', { entryId: ENTRY_ID }));
    expect(offered.length).toBeGreaterThan(0);
    const risk = await ok<MethodOutput<'risks.acceptSuggestion'>>(backend.router.call('risks.acceptSuggestion', { entryId: ENTRY_ID, templateId: offered[0]!.templateId }));
    expect(risk).toMatchObject({ entryId: ENTRY_ID, status: 'open', version: 1 });
  });
});
