/**
 * The checklist of the entry being viewed: its items and readiness, the filters and
 * selection the user has made, which item is open, and the mutations that change it.
 * A one-item edit puts the item the backend answers with in place (readiness recounted
 * from the items); the other mutations reload the checklist.
 */
import { create } from 'zustand';
import {
  MAX_EVIDENCE_BYTES,
  type BulkPatch,
  type ChecklistItem,
  type ChecklistView,
  type CustomItemInput,
  type Evidence,
  type ItemPatch,
  type SETTABLE_STATUSES,
} from '../../../shared/checklist-schema';
import { readinessOf } from '../../../shared/domain/readiness';
import { api, ApiClientError } from '../api/client';
import { hostCapabilities } from '../api/host-capabilities';
import { base64ToBytes, readFileAsBase64 } from '../lib/browser-files';
import { actionErrorState, entryReader, requireEntryId, type ActionErrorState, type EntryScoped } from '../lib/entry-store';
import { formatMegabytes } from '../lib/format-bytes';

export interface ChecklistFilters {
  search: string;
  status: string;
  /** An owner's name, '' for everyone, or UNASSIGNED. */
  owner: string;
  category: string;
  workstream: string;
}

export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

export type BulkField = 'owner' | 'status' | 'dueDate';

export interface BulkDialogRequest {
  field: BulkField;
  itemIds: string[];
  /** A status to start with (a row's select asking for a not-applicable reason). */
  status?: SettableStatus;
}

export const UNASSIGNED = '\u0000unassigned';

const noFilters: ChecklistFilters = { search: '', status: '', owner: '', category: '', workstream: '' };

interface ChecklistState extends EntryScoped, ActionErrorState {
  view: ChecklistView | null;
  filters: ChecklistFilters;
  /** Ids of the selected items (the bulk bar acts on those still visible). */
  selected: ReadonlySet<string>;
  openItemId: string | null;
  /** The change-several-items dialog, when open: what it sets and for which items. */
  bulkDialog: BulkDialogRequest | null;

  load(entryId: string): Promise<void>;
  reload(): Promise<void>;
  setFilter<K extends keyof ChecklistFilters>(key: K, value: ChecklistFilters[K]): void;
  clearFilters(): void;
  setSelected(ids: Iterable<string>, selected: boolean): void;
  clearSelection(): void;
  openItem(id: string): void;
  closeItem(): void;
  openBulkDialog(request: BulkDialogRequest): void;
  closeBulkDialog(): void;
  /** Shows (or clears) a refused change made in the table: a thrown error, a sentence or null. */
  setActionError(error: unknown): void;

  /** Mutations resolve when saved (and the checklist reloaded); they reject with the api error. */
  /** Saves an edit based on `version` (the item as the form or row loaded it); a stale one is refused. */
  updateItem(itemId: string, version: number, patch: ItemPatch): Promise<ChecklistItem>;
  /** Each item with the version it was shown at; one that changed since refuses the whole change. */
  bulkUpdate(items: { itemId: string; version: number }[], patch: BulkPatch): Promise<number>;
  /** Takes evidence off its item with a reason (kept in the item's history). */
  removeEvidence(evidenceId: string, reason: string): Promise<void>;
  addCustomItem(input: Omit<CustomItemInput, 'entryId'>): Promise<ChecklistItem>;
  addEvidenceFile(itemId: string, file: File): Promise<Evidence>;
  addEvidenceLink(itemId: string, name: string, url: string): Promise<Evidence>;
  /** Saves a stored evidence file where the user chooses (a download in browser mode). */
  downloadEvidence(evidenceId: string): Promise<void>;
  /** Shows a stored evidence file in its folder (desktop only); never opens it. */
  revealEvidence(sha256: string): Promise<boolean>;
}

/**
 * The items as the checklist on screen shows them, each with its version (what a bulk change
 * is based on). An item no longer shown is refused as out of date.
 */
export function shownVersions(itemIds: readonly string[]): { itemId: string; version: number }[] {
  const shown = new Map((useChecklist.getState().view?.items ?? []).map((i) => [i.id, i.version]));
  return itemIds.map((itemId) => {
    const version = shown.get(itemId);
    if (version === undefined) throw new ApiClientError({ code: 'conflict', message: 'An item in the selection is no longer on the checklist; reload and try again.', field: 'version' });
    return { itemId, version };
  });
}

/** The message shown when a file is over the limit, before anything is uploaded. */
export function evidenceTooLargeMessage(fileName: string, size: number): string {
  return `${fileName} is ${formatMegabytes(size)}; evidence files can be at most ${formatMegabytes(MAX_EVIDENCE_BYTES)}.`;
}

export const useChecklist = create<ChecklistState>((set, get) => {
  const reader = entryReader<ChecklistState>(set, get, async (entryId) => {
    const view = await api('checklist.get', { entryId });
    // Forget selected items that no longer exist (a profile change may remove some).
    const ids = new Set(view.items.map((i) => i.id));
    return { view, selected: new Set([...get().selected].filter((id) => ids.has(id))) };
  });

  async function after<T>(p: Promise<T>): Promise<T> {
    const value = await p;
    await get().reload();
    return value;
  }

  return {
    entryId: null,
    view: null,
    loading: false,
    error: null,
    filters: noFilters,
    selected: new Set(),
    openItemId: null,
    bulkDialog: null,
    actionError: null,
    actionStale: false,

    async load(entryId) {
      if (get().entryId !== entryId) {
        set({ entryId, view: null, error: null, filters: noFilters, selected: new Set(), openItemId: null, bulkDialog: null, actionError: null, actionStale: false });
      }
      await get().reload();
    },

    reload: reader.reload,

    setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
    clearFilters: () => set({ filters: noFilters }),
    setSelected: (ids, selected) =>
      set((s) => {
        const next = new Set(s.selected);
        for (const id of ids) {
          if (selected) next.add(id);
          else next.delete(id);
        }
        return { selected: next };
      }),
    clearSelection: () => set({ selected: new Set() }),
    openItem: (id) => set({ openItemId: id }),
    closeItem: () => set({ openItemId: null }),
    openBulkDialog: (request) => set({ bulkDialog: request }),
    closeBulkDialog: () => set({ bulkDialog: null }),
    setActionError: (error) => set(actionErrorState(error)),

    async updateItem(itemId, version, patch) {
      const item = await api('checklist.updateItem', { itemId, version, patch });
      // In place: no reload of the checklist (or of the review queue behind it).
      set((s) => (s.view && s.view.entryId === item.entryId ? { view: withItem(s.view, item) } : {}));
      return item;
    },

    async bulkUpdate(items, patch) {
      const { updated } = await after(api('checklist.bulkUpdate', { items, patch }));
      return updated;
    },

    async removeEvidence(evidenceId, reason) {
      await after(api('evidence.remove', { evidenceId, reason }));
    },

    addCustomItem: (input) => after(api('checklist.addCustomItem', { ...input, entryId: requireEntryId(get().entryId) })),

    async addEvidenceFile(itemId, file) {
      if (file.size > MAX_EVIDENCE_BYTES) {
        throw new ApiClientError({ code: 'invalid_input', message: evidenceTooLargeMessage(file.name, file.size), field: 'file' });
      }
      if (file.size === 0) throw new ApiClientError({ code: 'invalid_input', message: `${file.name} is empty; choose a file with content.`, field: 'file' });
      let contentBase64: string;
      try {
        contentBase64 = await readFileAsBase64(file);
      } catch {
        throw new ApiClientError({ code: 'storage', message: `${file.name} could not be read; check that it is still there and try again.`, field: 'file' });
      }
      return after(api('evidence.addFile', { itemId, fileName: file.name, contentBase64 }));
    },

    addEvidenceLink: (itemId, name, url) => after(api('evidence.addLink', { itemId, name, url })),

    async downloadEvidence(evidenceId) {
      const file = await api('evidence.download', { evidenceId });
      await hostCapabilities().saveFile({ suggestedName: file.fileName, bytes: base64ToBytes(file.contentBase64) });
    },

    async revealEvidence(sha256) {
      const { revealed } = await hostCapabilities().revealEvidence({ sha256 });
      return revealed;
    },
  };
});

/** The view with one item replaced by its stored version, readiness recounted. */
function withItem(view: ChecklistView, item: ChecklistItem): ChecklistView {
  const items = view.items.map((i) => (i.id === item.id ? item : i));
  return { ...view, items, readiness: readinessOf(items) };
}

/** The open item, looked up in the current view. */
export function selectOpenItem(s: Pick<ChecklistState, 'view' | 'openItemId'>): ChecklistItem | null {
  if (!s.openItemId || !s.view) return null;
  return s.view.items.find((i) => i.id === s.openItemId) ?? null;
}
