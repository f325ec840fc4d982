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
  return {
    write: (fn) => db.transaction(fn).immediate(),
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
  pack: 'That pack is not in the library.',
  risk: 'That risk is no longer in the register.',
  riskTemplate: 'That suggested risk is not in the template library.',
} as const;

export type Kind = keyof typeof NOT_FOUND;

/** The row, or a not_found error naming the field the caller passed its id in. */
export function required<T>(row: T | undefined | null, kind: Kind, field: string): T {
  if (row === undefined || row === null) throw new AppError('not_found', NOT_FOUND[kind], field);
  return row;
}
