/**
 * Numbered migrations, listed statically and applied in order.
 * `PRAGMA user_version` holds the number of the last one applied.
 * Never edit a migration that has shipped: add a new one.
 */
import { m001Initial } from './001-initial';
import { m002LibraryChecklists } from './002-library-checklists';
import { m003SignoffLedger } from './003-signoff-ledger';
import { m004ReadinessPlans } from './004-readiness-plans';
import { m005RowVersions } from './005-row-versions';
import { m007SignedLedger } from './007-signed-ledger';
import { m008ReadIndexes } from './008-read-indexes';
import { m010Efficiency } from './010-efficiency';
import { m011RiskRegisters } from './011-risk-registers';
import { m012Portfolio } from './012-portfolio';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [m001Initial, m002LibraryChecklists, m003SignoffLedger, m004ReadinessPlans, m005RowVersions, m007SignedLedger, m008ReadIndexes, m010Efficiency, m011RiskRegisters, m012Portfolio];

/** The number of the last migration (numbers are assigned per change, so they need not be contiguous). */
export const LATEST_VERSION = migrations[migrations.length - 1]!.version;
