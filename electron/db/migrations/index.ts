/**
 * Numbered migrations, listed statically and applied in order.
 * `PRAGMA user_version` holds the number of the last one applied.
 * Never edit a migration that has shipped: add a new one.
 */
import { m001Initial } from './001-initial';
import { m002LibraryChecklists } from './002-library-checklists';
import { m003SignoffLedger } from './003-signoff-ledger';
import { m004ReadinessPlans } from './004-readiness-plans';
import { m009RiskRegisters } from './009-risk-registers';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [m001Initial, m002LibraryChecklists, m003SignoffLedger, m004ReadinessPlans, m009RiskRegisters];

/** The last migration's number (numbers may skip while branches land in any order). */
export const LATEST_VERSION = migrations[migrations.length - 1]!.version;
