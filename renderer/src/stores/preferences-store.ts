/** The date format every date field uses and the company's home market (Settings). */
import { create } from 'zustand';
import { patternFor, type DatePattern } from '../../../shared/domain/date-input';
import type { Preferences } from '../../../shared/preferences-schema';
import { api } from '../api/client';
import { errorMessage } from '../lib/error-message';

interface PreferencesState {
  preferences: Preferences;
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  save(p: Preferences): Promise<Preferences>;
}

const DEFAULTS: Preferences = { dateFormat: 'locale', homeMarket: null };

export const usePreferences = create<PreferencesState>((set) => ({
  preferences: DEFAULTS,
  loaded: false,
  loadError: null,
  async load() {
    try {
      set({ preferences: await api('preferences.get', {}), loaded: true, loadError: null });
    } catch (err) {
      set({ loadError: errorMessage(err) });
    }
  },
  async save(p) {
    const preferences = await api('preferences.update', p);
    set({ preferences, loaded: true });
    return preferences;
  },
}));

/** The order and separator of the user's date format (the OS locale's unless Settings says otherwise). */
export function useDatePattern(): DatePattern {
  const format = usePreferences((s) => s.preferences.dateFormat);
  return patternFor(format, typeof navigator === 'undefined' ? undefined : navigator.language);
}
