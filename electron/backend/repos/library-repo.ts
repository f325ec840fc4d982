import type Database from 'better-sqlite3';
import { noneKnownNote, requirement as requirementSchema, type Pack, type Requirement } from '../../../shared/requirements/pack-schema';
import type { NoneKnownNote } from '../../../shared/requirements/pack-schema';

export type PackOrigin = 'builtin' | 'imported' | 'custom';

export interface StoredPack {
  id: string;
  version: string;
  name: string;
  publisher: string;
  publicationDate: string;
  license: string;
  origin: PackOrigin;
  description: string | undefined;
  noneKnown: NoneKnownNote[];
}

export interface StoredRequirement {
  packId: string;
  contentHash: string;
  active: boolean;
  /** Bumped whenever the stored content changes or the requirement is withdrawn or returns. */
  version: number;
  requirement: Requirement;
}

interface PackRow {
  id: string;
  version: string;
  name: string;
  publisher: string;
  publication_date: string;
  license: string;
  origin: PackOrigin;
  meta: string;
}

interface RequirementRow {
  id: string;
  pack_id: string;
  content_hash: string;
  body: string;
  active: number;
  version: number;
}

function toPack(r: PackRow): StoredPack {
  const meta = JSON.parse(r.meta) as { description?: string; noneKnown?: unknown[] };
  return {
    id: r.id,
    version: r.version,
    name: r.name,
    publisher: r.publisher,
    publicationDate: r.publication_date,
    license: r.license,
    origin: r.origin,
    description: meta.description,
    noneKnown: (meta.noneKnown ?? []).map((n) => noneKnownNote.parse(n)),
  };
}

/** Parsed requirement bodies by content hash: the same hash always means the same content. */
const parsedByHash = new Map<string, Requirement>();

function parseBody(hash: string, body: string): Requirement {
  let r = parsedByHash.get(hash);
  if (!r) {
    r = requirementSchema.parse(JSON.parse(body));
    if (parsedByHash.size > 50_000) parsedByHash.clear();
    parsedByHash.set(hash, r);
  }
  return r;
}

function toRequirement(r: RequirementRow): StoredRequirement {
  return { packId: r.pack_id, contentHash: r.content_hash, active: r.active === 1, version: r.version, requirement: parseBody(r.content_hash, r.body) };
}

export function libraryRepo(db: Database.Database) {
  const upsertPack = db.prepare(`
    INSERT INTO packs (id, version, name, publisher, publication_date, license, origin, meta, loaded_at)
    VALUES (@id, @version, @name, @publisher, @publication_date, @license, @origin, @meta, @loaded_at)
    ON CONFLICT (id) DO UPDATE SET version = excluded.version, name = excluded.name, publisher = excluded.publisher,
      publication_date = excluded.publication_date, license = excluded.license, origin = excluded.origin,
      meta = excluded.meta, loaded_at = excluded.loaded_at`);
  const upsertRequirement = db.prepare(`
    INSERT INTO requirements (id, pack_id, content_hash, body, active) VALUES (@id, @pack_id, @content_hash, @body, 1)
    ON CONFLICT (id) DO UPDATE SET pack_id = excluded.pack_id, content_hash = excluded.content_hash, body = excluded.body, active = 1,
      version = requirements.version + (requirements.content_hash <> excluded.content_hash OR requirements.active = 0 OR requirements.pack_id <> excluded.pack_id)`);
  const deactivate = db.prepare<[string]>('UPDATE requirements SET active = 0, version = version + 1 WHERE id = ? AND active = 1');
  const packById = db.prepare<[string], PackRow>('SELECT * FROM packs WHERE id = ?');
  const allPacks = db.prepare<[], PackRow>('SELECT * FROM packs ORDER BY name');
  const allRequirements = db.prepare<[], RequirementRow>('SELECT * FROM requirements ORDER BY pack_id, id');
  const activeRequirements = db.prepare<[], RequirementRow>('SELECT * FROM requirements WHERE active = 1 ORDER BY pack_id, id');
  const requirementsOfPack = db.prepare<[string], RequirementRow>('SELECT * FROM requirements WHERE pack_id = ? ORDER BY id');
  const requirementById = db.prepare<[string], RequirementRow>('SELECT * FROM requirements WHERE id = ?');
  const requirementsByIds = db.prepare<[string], RequirementRow>('SELECT * FROM requirements WHERE id IN (SELECT value FROM json_each(?))');

  return {
    savePack(p: Pack, origin: PackOrigin, at: string): void {
      upsertPack.run({
        id: p.id,
        version: p.version,
        name: p.name,
        publisher: p.publisher,
        publication_date: p.publicationDate,
        license: p.license,
        origin,
        meta: JSON.stringify({ description: p.description, noneKnown: p.noneKnown }),
        loaded_at: at,
      });
    },
    saveRequirement(packId: string, r: Requirement, contentHash: string): void {
      upsertRequirement.run({ id: r.id, pack_id: packId, content_hash: contentHash, body: JSON.stringify(r) });
    },
    withdrawRequirement(id: string): void {
      deactivate.run(id);
    },
    pack(id: string): StoredPack | undefined {
      const row = packById.get(id);
      return row ? toPack(row) : undefined;
    },
    packs(): StoredPack[] {
      return allPacks.all().map(toPack);
    },
    requirements(includeWithdrawn: boolean): StoredRequirement[] {
      return (includeWithdrawn ? allRequirements : activeRequirements).all().map(toRequirement);
    },
    requirementsOf(packId: string): StoredRequirement[] {
      return requirementsOfPack.all(packId).map(toRequirement);
    },
    requirement(id: string): StoredRequirement | undefined {
      const row = requirementById.get(id);
      return row ? toRequirement(row) : undefined;
    },
    /** The stored requirements with these ids, by id, in one query. */
    requirementsById(ids: readonly string[]): Map<string, StoredRequirement> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Map();
      return new Map(requirementsByIds.all(JSON.stringify(unique)).map((r) => [r.id, toRequirement(r)]));
    },
  };
}

export type LibraryRepo = ReturnType<typeof libraryRepo>;
