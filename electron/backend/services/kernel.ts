/**
 * What every service is given besides its own repos and the services it asks: one way to
 * write (an immediate transaction), a clock, the OS user and an id source. Tests pass
 * their own clock; the app passes the real one. Not the database, not other areas' repos.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { localToday } from '../../../shared/domain/iso-date';

export interface Kernel {
  /**
   * Runs `fn` in one immediate transaction: it all lands or none of it does. Called inside
   * another write it becomes a savepoint of that one, so one user action stays one transaction.
   */
  write<T>(fn: () => T): T;
  /**
   * Runs `fn` once the outermost write in progress has committed (at once outside a write);
   * dropped when that write, or the savepoint it was queued in, rolls back. For state kept
   * outside the database that must never run ahead of it (the ledger's verified head).
   */
  afterCommit(fn: () => void): void;
  now(): Date;
  /** The user's local date, YYYY-MM-DD. */
  today(): string;
  newId(): string;
  osUser: string;
}

export interface KernelOptions {
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

export function createKernel(db: Database.Database, opts: KernelOptions = {}): Kernel {
  const now = opts.now ?? (() => new Date());
  let depth = 0;
  let pending: (() => void)[] = [];
  return {
    write<T>(fn: () => T): T {
      const mark = pending.length;
      depth++;
      let result: T;
      try {
        result = db.transaction(fn).immediate();
      } catch (err) {
        pending.length = mark;
        throw err;
      } finally {
        depth--;
      }
      if (depth === 0) {
        const run = pending;
        pending = [];
        for (const f of run) f();
      }
      return result;
    },
    afterCommit(fn) {
      if (depth === 0) fn();
      else pending.push(fn);
    },
    now,
    today: () => localToday(now()),
    newId: opts.newId ?? randomUUID,
    osUser: opts.osUser ?? currentOsUser(),
  };
}

/** Writes one audit row; call it inside the mutation's own write. */
export type Audit = (entityType: string, entityId: string, action: string, before: unknown, after: unknown) => void;

/** What the user is told when something they act on is gone, declared once per kind. */
const NOT_FOUND = {
  entry: 'That market entry no longer exists.',
  item: 'That checklist item no longer exists.',
  task: 'That task no longer exists.',
  dependency: 'That dependency no longer exists.',
  baseline: 'That baseline no longer exists.',
  evidenceFile: 'That evidence file is not in the store.',
  evidence: 'That evidence is no longer attached to the item.',
  pack: 'That pack is not in the library.',
  metric: 'That metric is not in the catalogue.',
  measurement: 'That measurement no longer exists; someone may have deleted it.',
  risk: 'That risk is no longer in the register.',
  riskTemplate: 'That suggested risk is not in the template library.',
} as const;

export type Kind = keyof typeof NOT_FOUND;

/** The row, or a not_found error naming the field the caller passed its id in. */
export function required<T>(row: T | undefined | null, kind: Kind, field: string): T {
  if (row === undefined || row === null) throw new AppError('not_found', NOT_FOUND[kind], field);
  return row;
}

/** What the user is told when a row changed since they opened it, declared once per kind. */
const CHANGED = {
  entry: ['this entry', 'it'],
  item: ['this checklist item', 'it'],
  task: ['this task', 'it'],
  planSettings: ["the plan's settings (status date, shutdown days, holidays)", 'them'],
  risk: ['this risk', 'it'],
} as const;

export type VersionedKind = keyof typeof CHANGED;

/** HH:mm of an instant in the user's local time (the backend runs on the user's machine). */
export function localClock(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'an unknown time';
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * The refusal of an edit based on an older version of a row: one sentence with the time the
 * row last changed. The field is `version`, which no form shows, so forms show it for the
 * whole form and keep what the user typed.
 */
export function staleVersion(kind: VersionedKind, changedAt: string): AppError {
  return new AppError(
    'conflict',
    `Someone changed ${CHANGED[kind][0]} at ${localClock(changedAt)} since you opened ${CHANGED[kind][1]}; your changes are kept in the form — reload to see theirs.`,
    'version',
  );
}

/** Refuses unless the row is still at the version the edit was based on. */
export function checkVersion(row: { version: number; updatedAt: string }, expected: number, kind: VersionedKind): void {
  if (row.version !== expected) throw staleVersion(kind, row.updatedAt);
}
