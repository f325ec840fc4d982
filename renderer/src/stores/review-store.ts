/**
 * Legal review: one page of counsel's queue at a time (a tab, a market, words to look for, a
 * sort — all applied by the backend), the counts the navigation and the tabs show (a cheap
 * call of their own), the item open in the decision dialog, each item's sign-off history,
 * the last ledger verification, and the decisions themselves. A decision reloads the page,
 * the counts, the item's history and, when it is open, that entry's checklist.
 */
import { create } from 'zustand';
import type { DecisionInput, LedgerRecord, QueueEntry, QueuePage, ReviewCounts, ReviewSort, ReviewView, VerifyResult } from '../../../shared/signoff-schema';
import { api, ApiClientError } from '../api/client';
import { hostCapabilities } from '../api/host-capabilities';
import { base64ToBytes } from '../lib/browser-files';
import { errorMessage } from '../lib/error-message';
import { useChecklist } from './checklist-store';
import { useEntries } from './entries-store';

export const REVIEW_PAGE_SIZE = 100;

/** What the page shows: the tab, the page, the sort (null: the tab's own order) and the search words. The market is in the address. */
export interface QueueQueryState {
  view: ReviewView;
  page: number;
  sort: { by: ReviewSort; desc: boolean } | null;
  text: string;
  market: string | null;
}

const firstPage: QueueQueryState = { view: 'pending', page: 1, sort: null, text: '', market: null };

export type RegisterFormat = 'pdf' | 'csv';

interface ReviewState {
  /** The page on screen, for `query`. */
  queue: QueuePage | null;
  query: QueueQueryState;
  queueError: string | null;
  counts: ReviewCounts | null;
  countsError: string | null;
  /** The queue item open in the decision dialog. */
  openItemId: string | null;
  /** Sign-off history per item id, oldest decision first. */
  histories: Readonly<Record<string, LedgerRecord[] | undefined>>;
  historyErrors: Readonly<Record<string, string | undefined>>;
  verifyResult: VerifyResult | null;
  verifying: boolean;
  verifyError: string | null;

  loadQueue(): Promise<void>;
  /** Changes the tab, page, sort, search or market and loads that page (back to page 1 unless a page is given). */
  setQuery(change: Partial<QueueQueryState>): Promise<void>;
  loadCounts(): Promise<void>;
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
let countsSeq = 0;
/** The counts request in flight: the navigation and the page asking at once share it. */
let countsInFlight: Promise<void> | null = null;
const historySeq = new Map<string, number>();

export const useReview = create<ReviewState>((set, get) => ({
  queue: null,
  query: firstPage,
  queueError: null,
  counts: null,
  countsError: null,
  openItemId: null,
  histories: {},
  historyErrors: {},
  verifyResult: null,
  verifying: false,
  verifyError: null,

  async loadQueue() {
    const seq = ++queueSeq;
    const q = get().query;
    try {
      const queue = await api('review.queue', {
        view: q.view,
        page: q.page,
        pageSize: REVIEW_PAGE_SIZE,
        ...(q.sort ? { sort: q.sort } : {}),
        market: q.market,
        text: q.text,
      });
      if (seq !== queueSeq) return;
      // A page emptied by decisions elsewhere: show the last page that has rows.
      const last = Math.max(1, Math.ceil(queue.total / REVIEW_PAGE_SIZE));
      if (queue.rows.length === 0 && q.page > last) {
        set((s) => ({ query: { ...s.query, page: last } }));
        return get().loadQueue();
      }
      set({ queue, queueError: null });
    } catch (err) {
      if (seq === queueSeq) set({ queueError: errorMessage(err) });
    }
  },

  async setQuery(change) {
    set((s) => ({ query: { ...s.query, page: 1, ...change } }));
    await get().loadQueue();
  },

  loadCounts() {
    if (countsInFlight) return countsInFlight;
    const seq = ++countsSeq;
    countsInFlight = (async () => {
      try {
        const counts = await api('review.counts', {});
        if (seq === countsSeq) set({ counts, countsError: null });
      } catch (err) {
        if (seq === countsSeq) set({ countsError: errorMessage(err) });
      } finally {
        countsInFlight = null;
      }
    })();
    return countsInFlight;
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
        void get().loadCounts();
        void useChecklist.getState().reload();
      }
      throw err;
    }
    // A new record changes what verify would say.
    set({ verifyResult: null, verifyError: null });
    const checklistOpen = useChecklist.getState().entryId === record.entryId;
    await Promise.all([get().loadQueue(), get().loadCounts(), get().loadHistory(input.itemId), checklistOpen ? useChecklist.getState().reload() : null]);
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

// The navigation's counts follow the checklist and the entries: putting an item in review,
// renaming, archiving or deleting an entry refreshes them (one small call, not the queue).
useChecklist.subscribe((s, prev) => {
  if (s.view !== prev.view && s.view) void useReview.getState().loadCounts();
});
useEntries.subscribe((s, prev) => {
  if (s.entries !== prev.entries && s.entries) void useReview.getState().loadCounts();
});

/** The queue entry open in the decision dialog, looked up in the page on screen. */
export function selectOpenEntry(s: Pick<ReviewState, 'queue' | 'openItemId'>): QueueEntry | null {
  if (!s.openItemId || !s.queue) return null;
  return s.queue.rows.find((q) => q.item.id === s.openItemId) ?? null;
}
