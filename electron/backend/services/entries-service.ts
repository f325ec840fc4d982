/**
 * Market entries: create, edit, archive, restore, delete. One user action is one
 * immediate transaction, and its audit row is written inside it.
 */
import { AppError } from '../../../shared/errors';
import type { Entry, EntryFields } from '../../../shared/entry-schema';
import type { AuditRow } from '../../../shared/contract';
import { targetDate } from '../../../shared/domain/entry-window';
import { isKnownCountry, subdivisionsOf } from '../reference/countries';
import { writeAudit, type ServiceContext } from './context';
import type { ChecklistService } from './checklist-service';
import type { ProfileDiff } from '../../../shared/checklist-schema';

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
}

/** What else follows an entry's life, inside the same transaction (its readiness plan). */
export interface EntryHooks {
  created(entry: Entry): void;
  updated(before: Entry, after: Entry): void;
}

export function entriesService(ctx: ServiceContext, checklists: ChecklistService, hooks: EntryHooks = { created: () => {}, updated: () => {} }) {
  function mustGet(id: string): Entry {
    const e = ctx.entries.get(id);
    if (!e) throw new AppError('not_found', 'That market entry no longer exists.', 'id');
    return e;
  }

  /** Runs `change` on the current entry and stores the result with one audit row, atomically. */
  function mutate(id: string, action: string, change: (before: Entry) => Entry): Entry {
    return ctx.db.transaction(() => {
      const before = mustGet(id);
      const after = { ...change(before), updatedAt: ctx.now().toISOString() };
      ctx.entries.update(after);
      writeAudit(ctx, ENTITY, id, action, before, after);
      return after;
    }).immediate();
  }

  return {
    list(includeArchived: boolean): Entry[] {
      return ctx.entries.list(includeArchived);
    },

    get: mustGet,

    create(fields: EntryFields): Entry {
      checkReferences(fields);
      const at = ctx.now().toISOString();
      const entry: Entry = {
        ...fields,
        id: ctx.newId(),
        targetDate: targetDate(fields.startDate, fields.targetDays),
        archived: false,
        createdAt: at,
        updatedAt: at,
      };
      ctx.db.transaction(() => {
        ctx.entries.insert(entry);
        const checklistItems = checklists.generate(entry);
        hooks.created(entry);
        writeAudit(ctx, ENTITY, entry.id, 'create', null, { ...entry, checklistItems });
      }).immediate();
      return entry;
    },

    /** What the checklist would gain and lose if the entry were saved with these fields. */
    previewUpdate(id: string, fields: EntryFields): ProfileDiff {
      checkReferences(fields);
      const before = mustGet(id);
      return checklists.profileDiff(before, { ...before, ...fields, targetDate: targetDate(fields.startDate, fields.targetDays) });
    },

    update(id: string, fields: EntryFields): Entry {
      checkReferences(fields);
      return ctx.db.transaction(() => {
        const before = mustGet(id);
        const after: Entry = { ...before, ...fields, targetDate: targetDate(fields.startDate, fields.targetDays), updatedAt: ctx.now().toISOString() };
        ctx.entries.update(after);
        const checklist = checklists.syncToEntry(before, after);
        hooks.updated(before, after);
        writeAudit(ctx, ENTITY, id, 'update', before, { ...after, checklistChanges: checklist });
        return after;
      }).immediate();
    },

    archive(id: string): Entry {
      return mutate(id, 'archive', (before) => ({ ...before, archived: true }));
    },

    restore(id: string): Entry {
      return mutate(id, 'restore', (before) => ({ ...before, archived: false }));
    },

    delete(id: string): { id: string } {
      ctx.db.transaction(() => {
        const before = mustGet(id);
        if (ctx.ledger.entryHasRecords(id)) {
          throw new AppError('conflict', `"${before.name}" holds legal sign-offs, so it cannot be deleted; archive it instead. The ledger keeps every decision.`, 'id');
        }
        ctx.entries.delete(id);
        writeAudit(ctx, ENTITY, id, 'delete', before, null);
      }).immediate();
      return { id };
    },

    history(id: string): AuditRow[] {
      return ctx.audit.listFor(ENTITY, id);
    },
  };
}

export type EntriesService = ReturnType<typeof entriesService>;
