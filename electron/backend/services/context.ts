/**
 * What every service needs: the database, its repos, a clock, the OS user and an id source.
 * Tests pass their own clock; the app passes the real one.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type Database from 'better-sqlite3';
import { auditRepo, type AuditRepo } from '../repos/audit-repo';
import { entriesRepo, type EntriesRepo } from '../repos/entries-repo';
import { settingsRepo, type SettingsRepo } from '../repos/settings-repo';
import { libraryRepo, type LibraryRepo } from '../repos/library-repo';
import { checklistRepo, type ChecklistRepo } from '../repos/checklist-repo';
import { ledgerRepo, type LedgerRepo } from '../repos/ledger-repo';
import { planRepo, type PlanRepo } from '../repos/plan-repo';

export interface ServiceContext {
  db: Database.Database;
  entries: EntriesRepo;
  audit: AuditRepo;
  settings: SettingsRepo;
  library: LibraryRepo;
  checklist: ChecklistRepo;
  ledger: LedgerRepo;
  plans: PlanRepo;
  /** The data folder (evidence files live under it). */
  dataDir: string;
  now: () => Date;
  osUser: string;
  newId: () => string;
}

export interface ContextOptions {
  now?: () => Date;
  osUser?: string;
  newId?: () => string;
}

function currentOsUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

export function createContext(db: Database.Database, dataDir: string, opts: ContextOptions = {}): ServiceContext {
  return {
    db,
    dataDir,
    library: libraryRepo(db),
    checklist: checklistRepo(db),
    ledger: ledgerRepo(db),
    plans: planRepo(db),
    entries: entriesRepo(db),
    audit: auditRepo(db),
    settings: settingsRepo(db),
    now: opts.now ?? (() => new Date()),
    osUser: opts.osUser ?? currentOsUser(),
    newId: opts.newId ?? randomUUID,
  };
}

/** The name written into audit rows: the display name from Settings, else the OS user. */
export function actorName(ctx: ServiceContext): string {
  const name = ctx.settings.get('displayName')?.trim();
  return name ? name : ctx.osUser;
}

/** Writes one audit row; call it inside the mutation's own transaction. */
export function writeAudit(
  ctx: ServiceContext,
  entityType: string,
  entityId: string,
  action: string,
  before: unknown,
  after: unknown,
): void {
  ctx.audit.insert({
    id: ctx.newId(),
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    osUser: ctx.osUser,
    entityType,
    entityId,
    action,
    before,
    after,
  });
}
