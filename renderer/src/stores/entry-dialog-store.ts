/** The New / Edit market entry dialog: open or closed, and which entry it edits. */
import { create } from 'zustand';
import type { Entry } from '../../../shared/entry-schema';

interface EntryDialogState {
  open: boolean;
  editing: Entry | null;
  /** Bumped on every open so the form starts fresh. */
  session: number;
  openCreate(): void;
  openEdit(entry: Entry): void;
  close(): void;
}

export const useEntryDialog = create<EntryDialogState>((set) => ({
  open: false,
  editing: null,
  session: 0,
  openCreate: () => set((s) => ({ open: true, editing: null, session: s.session + 1 })),
  openEdit: (entry) => set((s) => ({ open: true, editing: entry, session: s.session + 1 })),
  close: () => set({ open: false }),
}));
