import type Database from 'better-sqlite3';
import type { Entry } from '../../../shared/entry-schema';
import type { ApplicabilityProfile } from '../../../shared/entry-schema';

interface EntryRow {
  id: string;
  name: string;
  target_country: string;
  target_subdivision: string | null;
  home_country: string;
  start_date: string;
  target_days: number;
  target_date: string;
  program_manager: string;
  status: Entry['status'];
  archived: number;
  description: string;
  profile: string;
  created_at: string;
  updated_at: string;
  version: number;
}

function toEntry(r: EntryRow): Entry {
  return {
    id: r.id,
    name: r.name,
    targetCountry: r.target_country,
    targetSubdivision: r.target_subdivision,
    homeCountry: r.home_country,
    startDate: r.start_date,
    targetDays: r.target_days,
    targetDate: r.target_date,
    programManager: r.program_manager,
    status: r.status,
    archived: r.archived === 1,
    description: r.description,
    // Written only through the validated service; the router checks every answer against the contract.
    profile: JSON.parse(r.profile) as ApplicabilityProfile,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function toParams(e: Entry) {
  return {
    id: e.id,
    name: e.name,
    target_country: e.targetCountry,
    target_subdivision: e.targetSubdivision,
    home_country: e.homeCountry,
    start_date: e.startDate,
    target_days: e.targetDays,
    target_date: e.targetDate,
    program_manager: e.programManager,
    status: e.status,
    archived: e.archived ? 1 : 0,
    description: e.description,
    profile: JSON.stringify(e.profile),
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    version: e.version,
  };
}

export function entriesRepo(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO entries (id, name, target_country, target_subdivision, home_country, start_date, target_days,
      target_date, program_manager, status, archived, description, profile, created_at, updated_at, version)
    VALUES (@id, @name, @target_country, @target_subdivision, @home_country, @start_date, @target_days,
      @target_date, @program_manager, @status, @archived, @description, @profile, @created_at, @updated_at, @version)`);
  const update = db.prepare(`
    UPDATE entries SET name = @name, target_country = @target_country, target_subdivision = @target_subdivision,
      home_country = @home_country, start_date = @start_date, target_days = @target_days, target_date = @target_date,
      program_manager = @program_manager, status = @status, archived = @archived, description = @description,
      profile = @profile, updated_at = @updated_at, version = version + 1
    WHERE id = @id AND version = @version`);
  const byId = db.prepare<[string], EntryRow>('SELECT * FROM entries WHERE id = ?');
  const all = db.prepare<[], EntryRow>('SELECT * FROM entries ORDER BY created_at DESC, id');
  const active = db.prepare<[], EntryRow>('SELECT * FROM entries WHERE archived = 0 ORDER BY created_at DESC, id');
  const remove = db.prepare<[string]>('DELETE FROM entries WHERE id = ?');

  return {
    insert(e: Entry): void {
      insert.run(toParams(e));
    },
    /** Writes `e` over the stored row if that is still at `e.version` (then one higher); false when it is not. */
    update(e: Entry): boolean {
      return update.run(toParams(e)).changes === 1;
    },
    get(id: string): Entry | undefined {
      const row = byId.get(id);
      return row ? toEntry(row) : undefined;
    },
    list(includeArchived: boolean): Entry[] {
      return (includeArchived ? all : active).all().map(toEntry);
    },
    delete(id: string): boolean {
      return remove.run(id).changes === 1;
    },
  };
}

export type EntriesRepo = ReturnType<typeof entriesRepo>;
