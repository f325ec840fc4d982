import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { EntryFields } from '../../shared/entry-schema';
import type { ApiResult } from '../../shared/errors';
import { createBackend, type Backend, type BackendOptions } from '../../electron/backend/index';
import { GERMANY_LAUNCH } from '../fixtures/entry';
import { sampleProfile } from '../fixtures/profile';

/** Unwraps an API result, failing the test with the error when it is not ok. */
export async function ok<T>(p: Promise<ApiResult<unknown>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** Opens backends for a test file and closes them after each test. */
export function backendsForTests() {
  const open: Backend[] = [];
  afterEach(() => {
    while (open.length) open.pop()!.close();
  });
  return {
    async start(opts: Partial<BackendOptions> = {}): Promise<Backend> {
      const b = await createBackend({ dataDir: tempDir(), osUser: 'tester', now: () => new Date('2027-02-15T10:00:00Z'), onInternalError: () => {}, ...opts });
      open.push(b);
      return b;
    },
    closeLast(): void {
      open.pop()?.close();
    },
  };
}

export function tempDir(prefix = 'landfall-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Reads counts straight from the file with a separate connection, as an outsider would. */
export function countRows(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Audit rows about one kind of record (the library writes its own rows when packs load). */
export function countAudit(file: string, entityType: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM audit_log WHERE entity_type = ?').get(entityType) as { n: number }).n;
  } finally {
    db.close();
  }
}

export function validEntry(overrides: Partial<EntryFields> = {}): EntryFields {
  return {
    ...GERMANY_LAUNCH,
    profile: sampleProfile({
      dataSubjects: '10k_to_100k',
      paymentData: true,
      aiInProduct: true,
      expectedMarketRevenue: { amount: 2_500_000, currency: 'EUR' },
      globalRevenue: { amount: 80_000_000, currency: 'USD' },
    }),
    ...overrides,
  };
}
