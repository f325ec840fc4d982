/** What the user has chosen to see in the portfolio table (filters, sort order) and each entry's checklist counts. */
import { create } from 'zustand';
import type { SortingState } from '@tanstack/react-table';
import type { MethodOutput } from '../../../shared/contract';
import type { MarketRow } from '../../../shared/portfolio-schema';
import { localToday } from '../../../shared/domain/iso-date';
import { api } from '../api/client';
import { openSession } from '../lib/session-open';

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
  /** Each entry's derived health and forecast (the dashboard's rows), by entry id; null until loaded. */
  markets: Map<string, MarketRow> | null;
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
  markets: null,
  async loadSummaries() {
    try {
      await openSession();
      const [list, dashboard] = await Promise.all([api('portfolio.summary', { today: localToday() }), api('portfolio.dashboard', { asOf: localToday() })]);
      set({ summaries: new Map(list.map((s) => [s.entryId, s])), markets: new Map(dashboard.markets.map((m) => [m.entryId, m])), summaryError: false });
    } catch {
      set({ summaryError: true });
    }
  },
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: noFilters }),
  setSorting: (sorting) => set({ sorting }),
}));
