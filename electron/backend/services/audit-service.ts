/**
 * The audit log: one row per mutation, written inside the mutation's transaction, with the
 * actor (display name from Settings, else the OS user). No foreign keys: history outlives
 * what it describes.
 */
import type { AuditRow, HistoryRow } from '../../../shared/contract';
import { historyKind } from '../../../shared/history';
import type { AuditRepo } from '../repos/audit-repo';
import type { Audit, Kernel } from './kernel';

export interface AuditDeps {
  repo: AuditRepo;
  kernel: Kernel;
  /** The name written into audit rows (the settings service). */
  actor(): string;
}

export function auditService({ repo, kernel, actor }: AuditDeps) {
  const record: Audit = (entityType, entityId, action, before, after) => {
    repo.insert({ id: kernel.newId(), at: kernel.now().toISOString(), actor: actor(), osUser: kernel.osUser, entityType, entityId, action, before, after });
  };
  return {
    record,
    history(entityType: string, entityId: string): AuditRow[] {
      return repo.listFor(entityType, entityId);
    },
    /**
     * Every change that concerns an entry, newest first, each with its kind and what it was
     * about (an item's title). `scoped` names the records other services keep for the entry.
     */
    entryHistory(entryId: string, scoped: Record<string, string[]>): HistoryRow[] {
      const pairs = Object.entries(scoped).flatMap(([type, ids]) => ids.map((id): [string, string] => [type, id]));
      return repo.listForEntry(entryId, pairs).map((row) => ({ ...row, kind: historyKind(row.entityType, row.action), subject: subjectOf(row) }));
    },
    hasHistory(entityType: string, entityId: string): boolean {
      return repo.hasAny(entityType, entityId);
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;

/** What a row was about, in the words of its snapshot: an item's or task's title, a pack's name. */
function subjectOf(row: AuditRow): string | null {
  for (const snap of [row.after, row.before]) {
    if (typeof snap === 'object' && snap !== null) {
      const s = snap as Record<string, unknown>;
      if (row.entityType === 'entry') return null;
      if (typeof s.title === 'string') return s.title;
      if (typeof s.name === 'string') return s.name;
    }
  }
  return row.entityType === 'pack' ? row.entityId : null;
}
