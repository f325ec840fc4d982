/**
 * Importing an MS Project XML file as the entry's new plan: read the file, show the
 * dry run (what the plan would hold, every problem with its line), then apply it.
 */
import { create } from 'zustand';
import type { MspdiImportPreview } from '../../../shared/mspdi-schema';
import type { PlanView } from '../../../shared/plan-schema';
import { api, ApiClientError } from '../api/client';
import { readFileAsText } from '../lib/browser-files';
import { errorMessage } from '../lib/error-message';
import { useTimeline } from './timeline-store';

interface PendingImport {
  entryId: string;
  fileName: string;
  content: string;
  preview: MspdiImportPreview;
}

interface MspdiImportState {
  pending: PendingImport | null;
  busy: boolean;
  /** Why the file could not even be previewed (unreadable, empty, too large). */
  error: string | null;
  preview(entryId: string, file: File): Promise<void>;
  /** Replaces the plan; resolves with the new plan. */
  apply(): Promise<PlanView>;
  cancel(): void;
  dismissError(): void;
}

export const useMspdiImport = create<MspdiImportState>((set, get) => ({
  pending: null,
  busy: false,
  error: null,

  async preview(entryId, file) {
    set({ error: null, busy: true, pending: null });
    try {
      const content = await readFileAsText(file);
      if (content.trim() === '') throw new ApiClientError({ code: 'invalid_input', message: `${file.name}: the file is empty.`, field: 'content' });
      const preview = await api('plan.previewMspdiImport', { entryId, fileName: file.name, content });
      set({ pending: { entryId, fileName: file.name, content, preview }, busy: false });
    } catch (err) {
      set({ error: errorMessage(err), busy: false });
    }
  },

  async apply() {
    const pending = get().pending;
    if (!pending) throw new Error('Nothing to import.');
    set({ busy: true });
    try {
      const view = await useTimeline.getState().mutate('plan.importMspdi', { entryId: pending.entryId, fileName: pending.fileName, content: pending.content });
      set({ pending: null, busy: false });
      return view;
    } catch (err) {
      set({ busy: false });
      throw err;
    }
  },

  cancel: () => set({ pending: null }),
  dismissError: () => set({ error: null }),
}));
