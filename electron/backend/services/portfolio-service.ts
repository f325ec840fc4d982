/** The portfolio: every entry's checklist counts and readiness, for the dashboard. */
import type { MethodOutput } from '../../../shared/contract';
import { readinessPercent } from '../../../shared/domain/readiness';

type Counts = Omit<MethodOutput<'portfolio.summary'>[number], 'readinessPercent'>;

export interface PortfolioDeps {
  /** The checklist service: per-entry item counts (from the trigger-maintained table). */
  counts(today: string): Counts[];
}

/** A read: one query over the trigger-kept counts, no housekeeping. */
export function portfolioService({ counts }: PortfolioDeps) {
  return {
    summary(today: string): MethodOutput<'portfolio.summary'> {
      return counts(today).map((c) => ({ ...c, readinessPercent: readinessPercent(c).percent }));
    },
  };
}

export type PortfolioService = ReturnType<typeof portfolioService>;
