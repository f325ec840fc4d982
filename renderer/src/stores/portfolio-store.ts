/** What the user has chosen to see in the portfolio table (filters, sort order) and each entry's checklist counts. */
import { create } from 'zustand';
import type { SortingState } from '@tanstack/react-table';
import type { MethodOutput } from '../../../shared/contract';
import { localToday } from '../../../shared/domain/iso-date';
import { api } from '../api/client';

export type EntrySummary = MethodOutput<'portfolio.summary'>[number];

export interface PortfolioFilters {
  search: string;
  country: string;
  region: string;
  status: string;
}

interface PortfolioState {
  filters: PortfolioFilters;
  sorting: SortingState;
  /** Readiness and item counts per entry id; null until loaded (or when it failed: the columns then say so). */
  summaries: Map<string, EntrySummary> | null;
  summaryError: boolean;
  loadSummaries(): Promise<void>;
  setFilter<K extends keyof PortfolioFilters>(key: K, value: PortfolioFilters[K]): void;
  clearFilters(): void;
  setSorting(sorting: SortingState): void;
}

const noFilters: PortfolioFilters = { search: '', country: '', region: '', status: '' };

export const usePortfolio = create<PortfolioState>((set) => ({
  filters: noFilters,
  sorting: [],
  summaries: null,
  summaryError: false,
  async loadSummaries() {
    try {
      const list = await api('portfolio.summary', { today: localToday() });
      set({ summaries: new Map(list.map((s) => [s.entryId, s])), summaryError: false });
    } catch {
      set({ summaryError: true });
    }
  },
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: noFilters }),
  setSorting: (sorting) => set({ sorting }),
}));
