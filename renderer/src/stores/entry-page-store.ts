/** The entry being viewed: the entry itself, its calendar and its history. */
import { create } from 'zustand';
import type { HistoryRow, EntryCalendar } from '../../../shared/contract';
import type { Entry } from '../../../shared/entry-schema';
import { api } from '../api/client';
import { errorMessage } from '../lib/error-message';

interface EntryPageState {
  id: string | null;
  entry: Entry | null;
  calendar: EntryCalendar | null;
  history: HistoryRow[] | null;
  loading: boolean;
  error: string | null;
  calendarError: string | null;
  load(id: string): Promise<void>;
  /** After an edit, archive or restore: show the new entry and reload what derives from it. */
  replace(entry: Entry): Promise<void>;
  /** Reloads the calendar (the plan's shutdown days or holiday moves may have changed on the timeline). */
  refreshCalendar(): Promise<void>;
  /** Reads the history again (changes made on the Checklist or Timeline tab concern the entry too). */
  refreshHistory(): Promise<void>;
}

export const useEntryPage = create<EntryPageState>((set, get) => {
  async function loadDerived(id: string) {
    const [calendar, history] = await Promise.allSettled([
      api('entries.calendar', { id }),
      api('entries.history', { id }),
    ]);
    if (get().id !== id) return;
    set({
      calendar: calendar.status === 'fulfilled' ? calendar.value : null,
      calendarError: calendar.status === 'rejected' ? errorMessage(calendar.reason) : null,
      history: history.status === 'fulfilled' ? history.value : null,
    });
  }
  return {
    id: null,
    entry: null,
    calendar: null,
    history: null,
    loading: false,
    error: null,
    calendarError: null,

    async load(id) {
      set({ id, entry: null, calendar: null, history: null, loading: true, error: null, calendarError: null });
      try {
        const entry = await api('entries.get', { id });
        if (get().id !== id) return;
        set({ entry, loading: false });
        await loadDerived(id);
      } catch (err) {
        if (get().id === id) set({ loading: false, error: errorMessage(err) });
      }
    },

    async refreshCalendar() {
      const id = get().id;
      if (!id || !get().entry) return;
      try {
        const calendar = await api('entries.calendar', { id });
        if (get().id === id) set({ calendar, calendarError: null });
      } catch (err) {
        if (get().id === id) set({ calendarError: errorMessage(err) });
      }
    },

    async refreshHistory() {
      const id = get().id;
      if (!id) return;
      try {
        const history = await api('entries.history', { id });
        if (get().id === id) set({ history });
      } catch {
        // The shown history stays; the next load reports the problem.
      }
    },

    async replace(entry) {
      if (get().id !== entry.id) return;
      set({ entry });
      await loadDerived(entry.id);
    },
  };
});
