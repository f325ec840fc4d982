import type Database from 'better-sqlite3';
import type { AuditRow } from '../../../shared/contract';

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  osUser: string;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

interface AuditDbRow {
  id: string;
  at: string;
  actor: string;
  os_user: string;
  entity_type: string;
  entity_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

export function auditRepo(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO audit_log (id, at, actor, os_user, entity_type, entity_id, action, before_json, after_json)
    VALUES (@id, @at, @actor, @os_user, @entity_type, @entity_id, @action, @before_json, @after_json)`);
  const forEntity = db.prepare<[string, string], AuditDbRow>(
    'SELECT * FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY at DESC, rowid DESC',
  );
  const countFor = db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM audit_log WHERE entity_type = ? AND entity_id = ?');
  return {
    insert(r: AuditRecord): void {
      insert.run({
        id: r.id,
        at: r.at,
        actor: r.actor,
        os_user: r.osUser,
        entity_type: r.entityType,
        entity_id: r.entityId,
        action: r.action,
        before_json: r.before === null || r.before === undefined ? null : JSON.stringify(r.before),
        after_json: r.after === null || r.after === undefined ? null : JSON.stringify(r.after),
      });
    },
    hasAny(entityType: string, entityId: string): boolean {
      return countFor.get(entityType, entityId)!.n > 0;
    },
    listFor(entityType: string, entityId: string): AuditRow[] {
      return forEntity.all(entityType, entityId).map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor,
        osUser: r.os_user,
        entityType: r.entity_type,
        entityId: r.entity_id,
        action: r.action,
        before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
        after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
      }));
    },
  };
}

export type AuditRepo = ReturnType<typeof auditRepo>;
