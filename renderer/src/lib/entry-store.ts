/**
 * What the stores of an entry's tabs (checklist, timeline) share: the entry they show,
 * reading its data again so that only the newest answer lands, and the sentence of the
 * last refused change made outside a form.
 */
import { ApiClientError } from '../api/client';
import { errorMessage, inlineErrorMessage, isStaleVersion } from './error-message';

/** The part of a store that shows one entry's data. */
export interface EntryScoped {
  entryId: string | null;
  loading: boolean;
  /** Why the entry's data could not be read. */
  error: string | null;
}

/** The last refused change made outside a form (a table cell, a row's select). */
export interface ActionErrorState {
  actionError: string | null;
  /** True when that refusal was an edit based on out-of-date data (Reload shows the current data). */
  actionStale: boolean;
}

/** The entry a mutation acts on; refused when none is open. */
export function requireEntryId(entryId: string | null): string {
  if (!entryId) throw new ApiClientError({ code: 'invalid_input', message: 'Open a market entry first.' });
  return entryId;
}

/** The action error to show for what was thrown, for a sentence, or for null (cleared). */
export function actionErrorState(error: unknown): ActionErrorState {
  if (error === null) return { actionError: null, actionStale: false };
  if (typeof error === 'string') return { actionError: error, actionStale: false };
  return { actionError: inlineErrorMessage(error), actionStale: isStaleVersion(error) };
}

export interface EntryReader {
  /** Reads the shown entry's data again; an answer lands only if no newer read or `supersede` came since, and the same entry is still shown. */
  reload(): Promise<void>;
  /** Drops the reads in flight: newer data (a mutation's answer) has just been shown. */
  supersede(): void;
}

/** Keeps a store's reads of its entry in order; `read` answers with what to set once the data has come. */
export function entryReader<S extends EntryScoped>(set: (partial: Partial<S>) => void, get: () => S, read: (entryId: string) => Promise<Partial<S>>): EntryReader {
  let seq = 0;
  return {
    async reload() {
      const entryId = get().entryId;
      if (!entryId) return;
      const mine = ++seq;
      set({ loading: true } as Partial<S>);
      try {
        const next = await read(entryId);
        if (mine !== seq || get().entryId !== entryId) return;
        set({ ...next, loading: false, error: null });
      } catch (err) {
        if (mine === seq) set({ loading: false, error: errorMessage(err) } as Partial<S>);
      }
    },
    supersede() {
      seq++;
    },
  };
}
