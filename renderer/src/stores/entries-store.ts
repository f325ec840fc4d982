/** The portfolio's list of market entries and the mutations that change it. */
import { create } from 'zustand';
import type { ProfileDiff } from '../../../shared/checklist-schema';
import type { Entry, EntryFields } from '../../../shared/entry-schema';
import { api } from '../api/client';
import { errorMessage } from '../lib/error-message';

interface EntriesState {
  entries: Entry[] | null;
  includeArchived: boolean;
  /** Archived entries hidden from an otherwise empty portfolio (so the empty state can say so). */
  hiddenArchived: number;
  loading: boolean;
  error: string | null;
  load(): Promise<void>;
  setIncludeArchived(include: boolean): Promise<void>;
  /** Mutations resolve with the changed entry and refresh the list; they reject with the api error. */
  create(fields: EntryFields): Promise<Entry>;
  /** Saves an edit based on `version` (the entry as the form loaded it); a stale one is refused. */
  update(id: string, version: number, fields: EntryFields): Promise<Entry>;
  /** Whether the ledger holds sign-offs on the entry (then it cannot be deleted). */
  holdsSignoffs(id: string): Promise<boolean>;
  /** What saving these fields would add to, remove from or restore on the entry's checklist (changes nothing). */
  previewUpdate(id: string, fields: EntryFields): Promise<ProfileDiff>;
  /** `version`, when given, is the entry as last seen (an Undo's): refused when it changed since. */
  archive(id: string, version?: number): Promise<Entry>;
  restore(id: string, version?: number): Promise<Entry>;
  remove(id: string): Promise<void>;
}

let loadSeq = 0;

export const useEntries = create<EntriesState>((set, get) => {
  async function after<T>(p: Promise<T>): Promise<T> {
    const value = await p;
    void get().load();
    return value;
  }
  return {
    entries: null,
    includeArchived: false,
    hiddenArchived: 0,
    loading: false,
    error: null,

    async load() {
      const seq = ++loadSeq;
      set({ loading: true });
      try {
        const includeArchived = get().includeArchived;
        const entries = await api('entries.list', { includeArchived });
        let hiddenArchived = 0;
        if (!includeArchived && entries.length === 0) {
          hiddenArchived = (await api('entries.list', { includeArchived: true })).length;
        }
        if (seq === loadSeq) set({ entries, hiddenArchived, loading: false, error: null });
      } catch (err) {
        if (seq === loadSeq) set({ loading: false, error: errorMessage(err) });
      }
    },

    async setIncludeArchived(include) {
      set({ includeArchived: include });
      await get().load();
    },

    create: (fields) => after(api('entries.create', fields)),
    update: (id, version, fields) => after(api('entries.update', { id, version, fields })),
    holdsSignoffs: async (id) => (await api('entries.deleteCheck', { id })).holdsSignoffs,
    previewUpdate: (id, fields) => api('entries.previewUpdate', { id, fields }),
    archive: (id, version) => after(api('entries.archive', version === undefined ? { id } : { id, version })),
    restore: (id, version) => after(api('entries.restore', version === undefined ? { id } : { id, version })),
    remove: (id) => after(api('entries.delete', { id }).then(() => undefined)),
  };
});
