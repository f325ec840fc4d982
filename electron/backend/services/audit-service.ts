/**
 * The audit log: one row per mutation, written inside the mutation's transaction, with the
 * actor (display name from Settings, else the OS user). No foreign keys: history outlives
 * what it describes.
 */
import type { AuditRow } from '../../../shared/contract';
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
    hasHistory(entityType: string, entityId: string): boolean {
      return repo.hasAny(entityType, entityId);
    },
  };
}

export type AuditService = ReturnType<typeof auditService>;
