/**
 * The requirements library: packs and requirements, the filters over them, the
 * requirement being read, and a pack import waiting for review (previewed as a diff,
 * applied only when the user says so).
 */
import { create } from 'zustand';
import type { ImportDiff, LibraryView } from '../../../shared/checklist-schema';
import type { Requirement } from '../../../shared/requirements/pack-schema';
import { api, ApiClientError } from '../api/client';
import { hostCapabilities } from '../api/host-capabilities';
import { readFileAsText } from '../lib/browser-files';
import { errorMessage } from '../lib/error-message';

export interface LibraryFilters {
  search: string;
  jurisdiction: string;
  category: string;
  pack: string;
  /** '', 'verified' or 'unverified'. */
  verified: string;
}

const noFilters: LibraryFilters = { search: '', jurisdiction: '', category: '', pack: '', verified: '' };

export interface PendingImport {
  fileName: string;
  content: string;
  diff: ImportDiff;
}

interface LibraryState {
  view: LibraryView | null;
  loading: boolean;
  error: string | null;
  filters: LibraryFilters;
  openRequirementId: string | null;
  pendingImport: PendingImport | null;
  /** Why the last import was refused, as one sentence. */
  importError: string | null;
  importBusy: boolean;

  load(): Promise<void>;
  setFilter<K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]): void;
  clearFilters(): void;
  openRequirement(id: string): void;
  closeRequirement(): void;
  /** Reads the file and asks for the diff; on a refusal, sets importError and leaves the library alone. */
  previewImport(file: File): Promise<void>;
  /** Applies the pending import; resolves with what changed. */
  applyImport(): Promise<ImportDiff>;
  cancelImport(): void;
  dismissImportError(): void;
  exportPack(packId: string): Promise<void>;
  addCustom(requirement: Requirement): Promise<ImportDiff>;
}

export const useLibrary = create<LibraryState>((set, get) => ({
  view: null,
  loading: false,
  error: null,
  filters: noFilters,
  openRequirementId: null,
  pendingImport: null,
  importError: null,
  importBusy: false,

  async load() {
    set({ loading: true });
    try {
      set({ view: await api('library.get', {}), loading: false, error: null });
    } catch (err) {
      set({ loading: false, error: errorMessage(err) });
    }
  },

  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: noFilters }),
  openRequirement: (id) => set({ openRequirementId: id }),
  closeRequirement: () => set({ openRequirementId: null }),

  async previewImport(file) {
    set({ importError: null, importBusy: true, pendingImport: null });
    try {
      const content = await readFileAsText(file);
      if (content.trim() === '') throw new ApiClientError({ code: 'invalid_input', message: `${file.name}: the file is empty.`, field: 'content' });
      const diff = await api('library.previewImport', { fileName: file.name, content });
      set({ pendingImport: { fileName: file.name, content, diff }, importBusy: false });
    } catch (err) {
      set({ importError: errorMessage(err), importBusy: false });
    }
  },

  async applyImport() {
    const pending = get().pendingImport;
    if (!pending) throw new Error('Nothing to import.');
    set({ importBusy: true });
    try {
      const diff = await api('library.applyImport', { fileName: pending.fileName, content: pending.content });
      set({ pendingImport: null, importBusy: false, importError: null });
      await get().load();
      return diff;
    } catch (err) {
      set({ importBusy: false });
      throw err;
    }
  },

  cancelImport: () => set({ pendingImport: null }),
  dismissImportError: () => set({ importError: null }),

  async exportPack(packId) {
    const file = await api('library.exportPack', { packId });
    await hostCapabilities().saveFile({
      suggestedName: file.fileName,
      bytes: new TextEncoder().encode(file.content),
      filters: [{ name: 'Landfall requirement pack', extensions: ['json'] }],
    });
  },

  async addCustom(requirement) {
    const diff = await api('library.addCustom', requirement);
    await get().load();
    return diff;
  },
}));
