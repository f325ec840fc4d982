/** Reference data from the backend: the ISO country list and subdivisions per country. */
import { create } from 'zustand';
import type { Country } from '../../../shared/contract';
import { api } from '../api/client';
import { errorMessage } from '../lib/error-message';

export interface Subdivision {
  code: string;
  name: string;
}

interface ReferenceState {
  countries: Country[] | null;
  countriesByCode: Map<string, Country>;
  countriesError: string | null;
  subdivisions: Record<string, Subdivision[] | undefined>;
  loadCountries(): Promise<void>;
  loadSubdivisions(country: string): Promise<Subdivision[]>;
}

const pending = new Map<string, Promise<Subdivision[]>>();

export const useReference = create<ReferenceState>((set, get) => ({
  countries: null,
  countriesByCode: new Map(),
  countriesError: null,
  subdivisions: {},

  async loadCountries() {
    if (get().countries) return;
    try {
      const list = await api('reference.countries', {});
      const sorted = [...list].sort((a, b) => a.name.localeCompare(b.name, 'en'));
      set({ countries: sorted, countriesByCode: new Map(sorted.map((c) => [c.code, c])), countriesError: null });
    } catch (err) {
      set({ countriesError: errorMessage(err) });
    }
  },

  loadSubdivisions(country) {
    const known = get().subdivisions[country];
    if (known) return Promise.resolve(known);
    let p = pending.get(country);
    if (!p) {
      p = api('reference.subdivisions', { country })
        .then((list) => {
          const sorted = [...list].sort((a, b) => a.name.localeCompare(b.name, 'en'));
          set((s) => ({ subdivisions: { ...s.subdivisions, [country]: sorted } }));
          return sorted;
        })
        .finally(() => pending.delete(country));
      pending.set(country, p);
    }
    return p;
  },
}));

/** The country's name, or its code while the list is loading or if it is unknown. */
export function countryName(byCode: Map<string, Country>, code: string): string {
  return byCode.get(code)?.name ?? code;
}
