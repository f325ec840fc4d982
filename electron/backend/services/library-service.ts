/**
 * The requirements library: built-in packs shipped in resources/requirements,
 * imported pack updates (previewed as a diff, then applied in one transaction),
 * and the team's own requirements.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ImportDiff, LibraryView, PackSummary } from '../../../shared/checklist-schema';
import { PACK_SCHEMA_VERSION, type NoneKnownNote, type Pack, type Requirement } from '../../../shared/requirements/pack-schema';
import { parsePack, requirementProblem } from '../library/pack-parse';
import { fieldLabel } from '../../../shared/field-labels';
import { legalOnlyReason, type LegalAction } from '../../../shared/role-actions';
import { changedFields, compareVersions, requirementHash } from '../library/content-hash';
import type { Entry } from '../../../shared/entry-schema';
import type { ItemStatus } from '../../../shared/checklist-schema';
import type { LibraryRepo, PackOrigin, StoredPack } from '../repos/library-repo';
import { required, type Audit, type Kernel } from './kernel';

export const CUSTOM_PACK_ID = 'custom';

type Touch = ImportDiff['added'][number]['touches'][number];

function packHeader(p: StoredPack) {
  return { id: p.id, name: p.name, version: p.version, publisher: p.publisher, publicationDate: p.publicationDate, license: p.license };
}

export interface LibraryDeps {
  repo: LibraryRepo;
  kernel: Kernel;
  audit: Audit;
  /** The entries service: every entry, archived ones too. */
  entries(): Entry[];
  /** The checklist service. */
  checklist: {
    applicableFromList(reqs: Requirement[], entry: Entry): unknown[];
    pinning(requirementId: string): { id: string; entryId: string; entryName: string; status: ItemStatus }[];
    /** Adds the item for a requirement newly added (inside the import's write). */
    addRequirementItem(entryId: string, requirement: Requirement): void;
  };
  /** The sign-off service: the item's requirement changed or was withdrawn (inside the import's write). */
  onRequirementChanged(itemId: string, reason: string): void;
  /** Settings: the role declared on this machine (importing and adding requirements are Legal's). */
  role(): string;
}

export function libraryService({ repo, kernel, audit, entries, checklist, onRequirementChanged, role }: LibraryDeps) {
  /** Refuses, naming the role, when the declared role may not take `action`. */
  function requireLegal(action: LegalAction): void {
    const reason = legalOnlyReason(action, role());
    if (reason) throw new AppError('invalid_input', reason, 'role');
  }

  function entriesTouchedByNew(r: Requirement): Touch[] {
    return entries()
      .filter((e) => checklist.applicableFromList([r], e).length > 0)
      .map((e) => ({ entryId: e.id, entryName: e.name, itemId: null, itemStatus: null }));
  }

  function itemsPinning(id: string): Touch[] {
    return checklist.pinning(id).map((i) => ({ entryId: i.entryId, entryName: i.entryName, itemId: i.id, itemStatus: i.status }));
  }

  function diffFor(p: Pack): ImportDiff {
    const stored = repo.pack(p.id);
    const old = new Map(repo.requirementsOf(p.id).filter((r) => r.active).map((r) => [r.requirement.id, r.requirement]));
    const diff: ImportDiff = { packId: p.id, packName: p.name, fromVersion: stored?.version ?? null, toVersion: p.version, added: [], changed: [], removed: [], unchanged: 0, approvalsTurningStale: [] };
    for (const r of p.requirements) {
      const owner = repo.requirement(r.id);
      if (owner && owner.packId !== p.id) {
        throw new AppError('invalid_input', `Pack ${p.id}, requirement ${r.id}: this id already belongs to the pack "${owner.packId}".`, 'pack');
      }
      const before = old.get(r.id);
      if (!before) diff.added.push({ id: r.id, title: r.title, touches: entriesTouchedByNew(r) });
      else if (requirementHash(before) !== requirementHash(r)) diff.changed.push({ id: r.id, title: r.title, fields: changedFields(before, r), touches: itemsPinning(r.id) });
      else diff.unchanged++;
    }
    const incoming = new Set(p.requirements.map((r) => r.id));
    for (const [id, r] of old) if (!incoming.has(id)) diff.removed.push({ id, title: r.title, touches: itemsPinning(id) });
    diff.approvalsTurningStale = [...diff.changed, ...diff.removed].flatMap((c) => c.touches.filter((t) => t.itemStatus === 'signed_off'));
    return diff;
  }

  /** Stores a pack and brings checklists along: new requirements are added where they apply. Call inside a transaction. */
  function store(p: Pack, origin: PackOrigin, action: string): ImportDiff {
    const diff = diffFor(p);
    const at = kernel.now().toISOString();
    repo.savePack(p, origin, at);
    for (const r of p.requirements) repo.saveRequirement(p.id, r, requirementHash(r));
    for (const r of diff.removed) repo.withdrawRequirement(r.id);
    for (const c of diff.changed) {
      for (const t of c.touches) if (t.itemId) onRequirementChanged(t.itemId, `Stale — needs re-review: requirement ${c.id} changed in ${p.name} ${p.version}.`);
    }
    for (const r of diff.removed) {
      for (const t of r.touches) if (t.itemId) onRequirementChanged(t.itemId, `Stale — needs re-review: requirement ${r.id} was withdrawn in ${p.name} ${p.version}.`);
    }
    for (const added of diff.added) {
      const requirement = p.requirements.find((r) => r.id === added.id)!;
      for (const t of added.touches) checklist.addRequirementItem(t.entryId, requirement);
    }
    audit('pack', p.id, action, diff.fromVersion ? { version: diff.fromVersion } : null, {
      version: p.version,
      added: diff.added.map((a) => a.id),
      changed: diff.changed.map((c) => c.id),
      removed: diff.removed.map((r) => r.id),
      // The entries this import touched, so each one's history shows it.
      entries: [...new Set([...diff.added, ...diff.changed, ...diff.removed].flatMap((c) => c.touches.map((t) => t.entryId)))],
    });
    return diff;
  }

  function activeRequirements(packId: string): Requirement[] {
    return repo.requirementsOf(packId).filter((r) => r.active).map((r) => r.requirement);
  }

  function summary(id: string): PackSummary {
    const p = repo.pack(id)!;
    const reqs = activeRequirements(id);
    const reviewed = [...reqs.map((r) => r.lastReviewed), ...p.noneKnown.map((n) => n.lastReviewed)].sort();
    return {
      ...packHeader(p),
      origin: p.origin,
      requirementCount: reqs.length,
      verifiedCount: reqs.filter((r) => r.verified).length,
      lastReviewed: reviewed.at(-1) ?? null,
      noneKnown: p.noneKnown,
    };
  }

  return {
    /** The active requirements (or all, withdrawn ones too). */
    requirements: (includeWithdrawn = false) => repo.requirements(includeWithdrawn),
    requirement: (id: string) => repo.requirement(id),
    requirementsById: (ids: readonly string[]) => repo.requirementsById(ids),
    pack: (id: string) => repo.pack(id),
    /** Every installed pack's "looked for, none known" notes. */
    noneKnown: (): NoneKnownNote[] => repo.packs().flatMap((p) => p.noneKnown),

    /**
     * Loads the packs shipped with the app: new ones are installed, newer versions of
     * built-in packs are applied like an import. A broken shipped file is reported, not fatal.
     */
    syncBuiltins(dir: string, onProblem: (message: string) => void): void {
      if (!fs.existsSync(dir)) return;
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
        try {
          const text = fs.readFileSync(path.join(dir, file), 'utf8');
          // Every start reads the shipped files; only a new pack or a newer built-in version
          // is validated in full and stored (the tests validate every shipped file).
          const head = JSON.parse(text) as { id?: unknown; version?: unknown };
          const known = typeof head.id === 'string' ? repo.pack(head.id) : undefined;
          if (known && (known.origin !== 'builtin' || typeof head.version !== 'string' || compareVersions(head.version, known.version) <= 0)) continue;
          const p = parsePack(file, text);
          const stored = repo.pack(p.id);
          kernel.write(() => store(p, 'builtin', stored ? 'update_builtin' : 'install_builtin'));
        } catch (err) {
          onProblem(err instanceof Error ? err.message : String(err));
        }
      }
    },

    view(): LibraryView {
      const packs = repo.packs().map((p) => summary(p.id));
      const versions = new Map(packs.map((p) => [p.id, p.version]));
      const requirements = repo
        .requirements(false)
        .map((r) => ({ packId: r.packId, packVersion: versions.get(r.packId) ?? '', contentHash: r.contentHash, active: r.active, version: r.version, requirement: r.requirement }));
      return { packs, requirements };
    },

    previewImport(fileName: string, text: string): ImportDiff {
      return diffFor(parsePack(fileName, text));
    },

    applyImport(fileName: string, text: string): ImportDiff {
      requireLegal('import_pack');
      const p = parsePack(fileName, text);
      if (p.id === CUSTOM_PACK_ID) throw new AppError('invalid_input', `${fileName}: the pack id "custom" is reserved for your own requirements.`, 'pack');
      return kernel.write(() => store(p, 'imported', 'import'));
    },

    exportPack(packId: string): { fileName: string; content: string } {
      const p = required(repo.pack(packId), 'pack', 'packId');
      const pack: Pack = {
        schemaVersion: PACK_SCHEMA_VERSION,
        ...packHeader(p),
        ...(p.description ? { description: p.description } : {}),
        requirements: activeRequirements(packId),
        noneKnown: p.noneKnown,
      };
      return { fileName: `landfall-pack-${p.id}-${p.version}.json`, content: JSON.stringify(pack, null, 2) + '\n' };
    },

    addCustom(r: Requirement): ImportDiff {
      requireLegal('edit_requirements');
      const problem = requirementProblem(r);
      if (problem) throw new AppError('invalid_input', `${fieldLabel(problem.field)}: ${problem.message}`, problem.field);
      return kernel.write(() => {
        const stored = repo.pack(CUSTOM_PACK_ID);
        const existing = repo.requirementsOf(CUSTOM_PACK_ID).filter((x) => x.active).map((x) => x.requirement);
        if (existing.some((x) => x.id === r.id) || repo.requirement(r.id)) {
          throw new AppError('invalid_input', `Id: "${r.id}" is already used by another requirement.`, 'id');
        }
        const [major, minor, patch] = (stored?.version ?? '1.0.0').split('.').map(Number) as [number, number, number];
        const pack: Pack = {
          schemaVersion: PACK_SCHEMA_VERSION,
          id: CUSTOM_PACK_ID,
          name: 'Your own requirements',
          version: stored ? `${major}.${minor}.${patch + 1}` : '1.0.0',
          publisher: 'This installation',
          publicationDate: r.lastReviewed,
          license: 'Internal',
          requirements: [...existing, r],
          noneKnown: [],
        };
        return store(pack, 'custom', 'add_custom_requirement');
      });
    },
  };
}
