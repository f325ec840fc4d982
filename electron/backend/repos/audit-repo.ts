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
  // A row concerns the entry when its entity id is the entry's (entry, plan, …), when its
  // snapshot names the entry (entryId, or entries[] for a change touching several), or when
  // its entity is one listed for the entry by the service that owns it.
  const forEntry = db.prepare<{ entry: string; scoped: string }, AuditDbRow>(`
    SELECT * FROM audit_log
    WHERE entity_id = @entry
       OR json_extract(after_json, '$.entryId') = @entry
       OR json_extract(before_json, '$.entryId') = @entry
       OR (json_type(after_json, '$.entries') = 'array' AND EXISTS (SELECT 1 FROM json_each(after_json, '$.entries') WHERE value = @entry))
       OR (entity_type, entity_id) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(@scoped))
    ORDER BY at DESC, rowid DESC`);
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
      return forEntity.all(entityType, entityId).map(toRow);
    },
    /** Every row that concerns the entry; `scoped` lists [entityType, entityId] pairs its services keep for it. */
    listForEntry(entryId: string, scoped: [string, string][]): AuditRow[] {
      return forEntry.all({ entry: entryId, scoped: JSON.stringify(scoped) }).map(toRow);
    },
  };
}

function toRow(r: AuditDbRow): AuditRow {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    osUser: r.os_user,
    entityType: r.entity_type,
    entityId: r.entity_id,
    action: r.action,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
  };
}

export type AuditRepo = ReturnType<typeof auditRepo>;
