/** Risks across the portfolio: the heat map with its filters, overdue reviews (the navigation count) and expired acceptances. */
import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract';
import type { AcceptanceQueueEntry, OverdueReviews } from '../../../shared/risk-schema';
import type { RiskMatrix } from '../../../shared/risks/matrix-schema';
import type { RiskCategory, RiskStage } from '../../../shared/risks/risk-enums';
import { api } from '../api/client';
import { errorMessage } from '../lib/error-message';

export interface PortfolioRiskFilter {
  category: RiskCategory | null;
  region: string | null;
  stage: RiskStage;
}

interface RiskPortfolioState {
  filter: PortfolioRiskFilter;
  heatmap: MethodOutput<'risks.portfolioHeatmap'> | null;
  matrix: RiskMatrix | null;
  overdue: OverdueReviews | null;
  queue: AcceptanceQueueEntry[] | null;
  error: string | null;
  load(): Promise<void>;
  setFilter(f: Partial<PortfolioRiskFilter>): Promise<void>;
  loadOverdue(): Promise<void>;
}

let seq = 0;

export const useRiskPortfolio = create<RiskPortfolioState>((set, get) => ({
  filter: { category: null, region: null, stage: 'current' },
  heatmap: null,
  matrix: null,
  overdue: null,
  queue: null,
  error: null,

  async load() {
    const mine = ++seq;
    try {
      const [heatmap, matrix, overdue, queue] = await Promise.all([api('risks.portfolioHeatmap', get().filter), api('risks.matrix', {}), api('risks.overdue', {}), api('risks.acceptanceQueue', {})]);
      if (mine === seq) set({ heatmap, matrix, overdue, queue, error: null });
    } catch (err) {
      if (mine === seq) set({ error: errorMessage(err) });
    }
  },

  async setFilter(f) {
    set((s) => ({ filter: { ...s.filter, ...f } }));
    await get().load();
  },

  async loadOverdue() {
    try {
      set({ overdue: await api('risks.overdue', {}) });
    } catch {
      // The count in the navigation is a hint; the Risks page says what went wrong.
    }
  },
}));
