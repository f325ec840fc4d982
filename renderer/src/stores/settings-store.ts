/** The user's display name and declared role. */
import { create } from 'zustand';
import type { Settings } from '../../../shared/contract';
import type { Role } from '../../../shared/entry-schema';
import { api } from '../api/client';
import { errorMessage } from '../lib/error-message';

interface SettingsState {
  settings: Settings | null;
  loadError: string | null;
  load(): Promise<void>;
  /** Saves; resolves with the saved settings, rejects with the api error. */
  save(displayName: string, role: Role | null): Promise<Settings>;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  loadError: null,
  async load() {
    try {
      set({ settings: await api('settings.get', {}), loadError: null });
    } catch (err) {
      set({ loadError: errorMessage(err) });
    }
  },
  async save(displayName, role) {
    const settings = await api('settings.update', { displayName, role });
    set({ settings });
    return settings;
  },
}));
