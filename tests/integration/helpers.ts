import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { EntryFields } from '../../shared/entry-schema';

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
    name: 'Germany launch',
    targetCountry: 'DE',
    targetSubdivision: null,
    homeCountry: 'US',
    startDate: '2027-03-01',
    targetDays: 90,
    programManager: 'Dana Reyes',
    status: 'planning',
    description: 'Subsidiary in Berlin, B2B SaaS.',
    profile: {
      entryMode: 'subsidiary',
      customerType: 'b2b',
      processesPersonalData: true,
      dataSubjects: '10k_to_100k',
      sensitiveData: false,
      childrensData: false,
      paymentData: true,
      aiInProduct: true,
      aiInDecisionsAboutPeople: false,
      sellsDigitalServicesToConsumers: false,
      employsLocalStaff: true,
      regulatedSectors: [],
      expectedMarketRevenue: { amount: 2_500_000, currency: 'EUR' },
      globalRevenue: { amount: 80_000_000, currency: 'USD' },
    },
    ...overrides,
  };
}
