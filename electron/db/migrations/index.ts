/**
 * Numbered migrations, listed statically and applied in order.
 * `PRAGMA user_version` holds the number of the last one applied.
 * Never edit a migration that has shipped: add a new one.
 */
import { m001Initial } from './001-initial';
import { m002LibraryChecklists } from './002-library-checklists';
import { m003SignoffLedger } from './003-signoff-ledger';
import { m004ReadinessPlans } from './004-readiness-plans';
import { m011Portfolio } from './011-portfolio';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [m001Initial, m002LibraryChecklists, m003SignoffLedger, m004ReadinessPlans, m011Portfolio];

/** The number of the last migration (numbers are assigned per feature, so the list may skip some). */
export const LATEST_VERSION = migrations[migrations.length - 1]!.version;
