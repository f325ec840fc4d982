/**
 * A short confirmation after an action ("Created “Germany launch”."), shown in a status region.
 * A reversible action's notice also offers Undo: `showUndoable` takes the action's one
 * declarative description (lib/undoable-actions.ts) and the result the action returned.
 */
import { create } from 'zustand';
import { errorMessage } from '../lib/error-message';
import type { Undoable } from '../lib/undoable';

interface NoticeState {
  message: string | null;
  seq: number;
  /** Reverses the action the notice confirms; resolves with what to say once it has. */
  undo: (() => Promise<string>) | null;
  /** True while the Undo runs. */
  undoing: boolean;
  /** Set when the Undo was refused (the data moved on since): the sentence, in the notice. */
  failed: boolean;
  show(message: string): void;
  showUndoable<T>(action: Undoable<T>, result: T): void;
  runUndo(): Promise<void>;
  dismiss(): void;
}

export const useNotice = create<NoticeState>((set, get) => ({
  message: null,
  seq: 0,
  undo: null,
  undoing: false,
  failed: false,
  show: (message) => set((s) => ({ message, seq: s.seq + 1, undo: null, undoing: false, failed: false })),
  showUndoable: (action, result) =>
    set((s) => ({
      message: action.done(result),
      seq: s.seq + 1,
      undo: async () => action.undone(await action.undo(result)),
      undoing: false,
      failed: false,
    })),
  async runUndo() {
    const { undo, seq } = get();
    if (!undo) return;
    set({ undoing: true });
    try {
      const message = await undo();
      if (get().seq === seq) get().show(message);
    } catch (err) {
      if (get().seq === seq) set((s) => ({ message: errorMessage(err), seq: s.seq + 1, undo: null, undoing: false, failed: true }));
    }
  },
  dismiss: () => set({ message: null, undo: null, undoing: false, failed: false }),
}));
