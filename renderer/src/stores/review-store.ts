/**
 * Legal review: the queue of items awaiting a decision across every active entry, the
 * item open in the decision dialog, each item's sign-off history, the last ledger
 * verification, and the decisions themselves. A decision reloads the queue, the item's
 * history and the open checklist, so readiness comes straight from the backend.
 */
import { create } from 'zustand';
import type { DecisionInput, LedgerRecord, QueueEntry, VerifyResult } from '../../../shared/signoff-schema';
import { api, ApiClientError } from '../api/client';
import { hostCapabilities } from '../api/host-capabilities';
import { base64ToBytes } from '../lib/browser-files';
import { errorMessage } from '../lib/error-message';
import { useChecklist } from './checklist-store';
import { useEntries } from './entries-store';

export type RegisterFormat = 'pdf' | 'csv';

interface ReviewState {
  queue: QueueEntry[] | null;
  queueError: string | null;
  /** The queue item open in the decision dialog. */
  openItemId: string | null;
  /** Sign-off history per item id, oldest decision first. */
  histories: Readonly<Record<string, LedgerRecord[] | undefined>>;
  historyErrors: Readonly<Record<string, string | undefined>>;
  verifyResult: VerifyResult | null;
  verifying: boolean;
  verifyError: string | null;

  loadQueue(): Promise<void>;
  openItem(itemId: string): void;
  closeItem(): void;
  loadHistory(itemId: string): Promise<void>;
  /** Records a decision; resolves with the ledger record, rejects with the api error (its `field` names the input). */
  decide(input: DecisionInput): Promise<LedgerRecord>;
  verify(): Promise<void>;
  clearVerify(): void;
  /** Saves the entry's sign-off register (a download in browser mode); resolves with the file name, or null when the user cancelled. */
  exportRegister(entryId: string, format: RegisterFormat): Promise<string | null>;
}

let queueSeq = 0;
const historySeq = new Map<string, number>();

export const useReview = create<ReviewState>((set, get) => ({
  queue: null,
  queueError: null,
  openItemId: null,
  histories: {},
  historyErrors: {},
  verifyResult: null,
  verifying: false,
  verifyError: null,

  async loadQueue() {
    const seq = ++queueSeq;
    try {
      const queue = await api('review.queue', {});
      if (seq === queueSeq) set({ queue, queueError: null });
    } catch (err) {
      if (seq === queueSeq) set({ queueError: errorMessage(err) });
    }
  },

  openItem: (itemId) => set({ openItemId: itemId }),
  closeItem: () => set({ openItemId: null }),

  async loadHistory(itemId) {
    const seq = (historySeq.get(itemId) ?? 0) + 1;
    historySeq.set(itemId, seq);
    try {
      const records = await api('review.history', { itemId });
      if (historySeq.get(itemId) !== seq) return;
      set((s) => ({ histories: { ...s.histories, [itemId]: records }, historyErrors: { ...s.historyErrors, [itemId]: undefined } }));
    } catch (err) {
      if (historySeq.get(itemId) !== seq) return;
      set((s) => ({ historyErrors: { ...s.historyErrors, [itemId]: errorMessage(err) } }));
    }
  },

  async decide(input) {
    let record: LedgerRecord;
    try {
      record = await api('review.decide', input);
    } catch (err) {
      // Someone else may have decided first: show the queue as it is now.
      if (err instanceof ApiClientError && (err.code === 'conflict' || err.code === 'not_found')) {
        void get().loadQueue();
        void useChecklist.getState().reload();
      }
      throw err;
    }
    // A new record changes what verify would say.
    set({ verifyResult: null, verifyError: null });
    await Promise.all([get().loadQueue(), get().loadHistory(input.itemId), useChecklist.getState().reload()]);
    return record;
  },

  async verify() {
    set({ verifying: true, verifyError: null });
    try {
      set({ verifyResult: await api('review.verify', {}), verifying: false });
    } catch (err) {
      set({ verifyResult: null, verifyError: errorMessage(err), verifying: false });
    }
  },

  clearVerify: () => set({ verifyResult: null, verifyError: null }),

  async exportRegister(entryId, format) {
    const file = await api('export.signoffRegister', { entryId, format });
    const { saved, name } = await hostCapabilities().saveFile({
      suggestedName: file.fileName,
      bytes: base64ToBytes(file.contentBase64),
      filters: [format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'CSV', extensions: ['csv'] }],
    });
    return saved ? (name ?? file.fileName) : null;
  },
}));

// The queue follows the checklist and the entries: putting an item in review (or any change
// that reloads the open checklist), renaming, archiving or deleting an entry refreshes the
// counts in the navigation.
useChecklist.subscribe((s, prev) => {
  if (s.view !== prev.view && s.view) void useReview.getState().loadQueue();
});
useEntries.subscribe((s, prev) => {
  if (s.entries !== prev.entries && s.entries) void useReview.getState().loadQueue();
});

/** The queue entry open in the decision dialog, looked up in the current queue. */
export function selectOpenEntry(s: Pick<ReviewState, 'queue' | 'openItemId'>): QueueEntry | null {
  if (!s.openItemId || !s.queue) return null;
  return s.queue.find((q) => q.item.id === s.openItemId) ?? null;
}
