/**
 * Market entries: create, edit, archive, restore, delete. One user action is one
 * immediate transaction, and its audit row is written inside it. The entry's checklist
 * and plan follow inside the same transaction, through their own services.
 */
import { AppError } from '../../../shared/errors';
import type { Entry, EntryFields } from '../../../shared/entry-schema';
import type { HistoryRow } from '../../../shared/contract';
import type { ProfileDiff } from '../../../shared/checklist-schema';
import { targetDate } from '../../../shared/domain/entry-window';
import { isKnownCountry, subdivisionsOf } from '../reference/countries';
import type { EntriesRepo } from '../repos/entries-repo';
import { checkVersion, required, staleVersion, type Audit, type Kernel } from './kernel';

const ENTITY = 'entry';

function checkReferences(fields: EntryFields): void {
  if (!isKnownCountry(fields.targetCountry)) {
    throw new AppError('invalid_input', `Target country: "${fields.targetCountry}" is not an ISO 3166 country code.`, 'targetCountry');
  }
  if (!isKnownCountry(fields.homeCountry)) {
    throw new AppError('invalid_input', `Home market: "${fields.homeCountry}" is not an ISO 3166 country code.`, 'homeCountry');
  }
  if (fields.targetSubdivision !== null) {
    const known = subdivisionsOf(fields.targetCountry).some((s) => s.code === fields.targetSubdivision);
    if (!known) {
      throw new AppError('invalid_input', `Region: "${fields.targetSubdivision}" is not a region of the target country.`, 'targetSubdivision');
    }
  }
  const regions = fields.profile.customerRegions ?? [];
  const known = subdivisionsOf(fields.targetCountry).map((s) => s.code);
  const stranger = regions.find((code) => !code.startsWith(`${fields.targetCountry}-`) || (known.length > 0 && !known.includes(code)));
  if (stranger !== undefined) {
    throw new AppError(
      'invalid_input',
      `States or provinces with customers or sites: "${stranger}" is not a region of the target country.`,
      'profile.customerRegions',
    );
  }
}

export interface EntriesDeps {
  repo: EntriesRepo;
  kernel: Kernel;
  audit: Audit;
  /** Every change that concerns the entry (the audit service, told which records are the entry's). */
  history(entryId: string): HistoryRow[];
  /** The checklist service: generates and re-syncs the entry's checklist (inside the entry's write). */
  checklist: {
    generate(entry: Entry): number;
    profileDiff(current: Entry, next: Entry): ProfileDiff;
    syncToEntry(before: Entry, after: Entry): ProfileDiff;
  };
  /** The plan service: builds and follows the entry's readiness plan (inside the entry's write). */
  plan: {
    create(entry: Entry): void;
    entryChanged(before: Entry, after: Entry): void;
  };
  /** The sign-off service: whether the ledger holds decisions about this entry. */
  hasSignoffs(entryId: string): boolean;
}

export function entriesService({ repo, kernel, audit, history, checklist, plan, hasSignoffs }: EntriesDeps) {
  /** The entry, or not_found naming `field` (the API's `id`, or `entryId` for other areas). */
  function get(id: string, field = 'entryId'): Entry {
    return required(repo.get(id), 'entry', field);
  }

  /** Stores `after` over `before` (the row as read in this write); answers with the new version. */
  function store(before: Entry, after: Entry): Entry {
    if (!repo.update({ ...after, version: before.version })) throw staleVersion('entry', repo.get(before.id)?.updatedAt ?? before.updatedAt);
    return { ...after, version: before.version + 1 };
  }

  /** Runs `change` on the current entry (refused when it is no longer at `version`, if given) and stores the result with one audit row, atomically. */
  function mutate(id: string, action: string, change: (before: Entry) => Entry, version?: number): Entry {
    return kernel.write(() => {
      const before = get(id, 'id');
      if (version !== undefined) checkVersion(before, version, 'entry');
      const after = store(before, { ...change(before), updatedAt: kernel.now().toISOString() });
      audit(ENTITY, id, action, before, after);
      return after;
    });
  }

  return {
    get,

    list(includeArchived: boolean): Entry[] {
      return repo.list(includeArchived);
    },

    create(fields: EntryFields): Entry {
      checkReferences(fields);
      const at = kernel.now().toISOString();
      const entry: Entry = {
        ...fields,
        id: kernel.newId(),
        targetDate: targetDate(fields.startDate, fields.targetDays),
        archived: false,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      kernel.write(() => {
        repo.insert(entry);
        const checklistItems = checklist.generate(entry);
        plan.create(entry);
        audit(ENTITY, entry.id, 'create', null, { ...entry, checklistItems });
      });
      return entry;
    },

    /** What the checklist would gain and lose if the entry were saved with these fields. */
    previewUpdate(id: string, fields: EntryFields): ProfileDiff {
      checkReferences(fields);
      const before = get(id, 'id');
      return checklist.profileDiff(before, { ...before, ...fields, targetDate: targetDate(fields.startDate, fields.targetDays) });
    },

    /** Saves an edit based on `version`; refused, changing nothing, when the entry changed since. */
    update(id: string, version: number, fields: EntryFields): Entry {
      checkReferences(fields);
      return kernel.write(() => {
        const before = get(id, 'id');
        checkVersion(before, version, 'entry');
        const after = store(before, { ...before, ...fields, targetDate: targetDate(fields.startDate, fields.targetDays), updatedAt: kernel.now().toISOString() });
        const checklistChanges = checklist.syncToEntry(before, after);
        plan.entryChanged(before, after);
        audit(ENTITY, id, 'update', before, { ...after, checklistChanges });
        return after;
      });
    },

    archive(id: string, version?: number): Entry {
      return mutate(id, 'archive', (before) => ({ ...before, archived: true }), version);
    },

    restore(id: string, version?: number): Entry {
      return mutate(id, 'restore', (before) => ({ ...before, archived: false }), version);
    },

    /** Whether the ledger holds sign-offs on the entry (its delete would be refused). */
    holdsSignoffs(id: string): boolean {
      get(id, 'id');
      return hasSignoffs(id);
    },

    delete(id: string): { id: string } {
      kernel.write(() => {
        const before = get(id, 'id');
        if (hasSignoffs(id)) {
          throw new AppError('conflict', `"${before.name}" holds legal sign-offs, so it cannot be deleted; archive it instead. The ledger keeps every decision.`, 'id');
        }
        repo.delete(id);
        audit(ENTITY, id, 'delete', before, null);
      });
      return { id };
    },

    history(id: string): HistoryRow[] {
      return history(id);
    },
  };
}

export type EntriesService = ReturnType<typeof entriesService>;
