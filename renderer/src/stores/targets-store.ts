/** Leadership's four targets (Settings). */
import { create } from 'zustand';
import type { Targets } from '../../../shared/domain/portfolio-targets';
import { api } from '../api/client';
import { errorMessage } from '../lib/error-message';

interface TargetsState {
  targets: Targets | null;
  loadError: string | null;
  load(): Promise<void>;
  save(t: Targets): Promise<Targets>;
}

export const useTargets = create<TargetsState>((set) => ({
  targets: null,
  loadError: null,
  async load() {
    try {
      set({ targets: await api('settings.targets', {}), loadError: null });
    } catch (err) {
      set({ loadError: errorMessage(err) });
    }
  },
  async save(t) {
    const targets = await api('settings.updateTargets', t);
    set({ targets });
    return targets;
  },
}));
