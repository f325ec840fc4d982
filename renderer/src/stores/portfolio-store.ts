/** What the user has chosen to see in the portfolio table: filters and sort order. */
import { create } from 'zustand';
import type { SortingState } from '@tanstack/react-table';

export interface PortfolioFilters {
  search: string;
  country: string;
  region: string;
  status: string;
}

interface PortfolioState {
  filters: PortfolioFilters;
  sorting: SortingState;
  setFilter<K extends keyof PortfolioFilters>(key: K, value: PortfolioFilters[K]): void;
  clearFilters(): void;
  setSorting(sorting: SortingState): void;
}

const noFilters: PortfolioFilters = { search: '', country: '', region: '', status: '' };

export const usePortfolio = create<PortfolioState>((set) => ({
  filters: noFilters,
  sorting: [],
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: noFilters }),
  setSorting: (sorting) => set({ sorting }),
}));
