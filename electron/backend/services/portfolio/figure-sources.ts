/**
 * The figures other registers contribute to the portfolio, typed as their services expose
 * them: the risk register (issue 14) and efficiency measurement (issue 15). A market missing
 * from a map has nothing recorded there: the dashboard says "no risks recorded" or "no
 * measurements", never a made-up number.
 */
export interface RiskPortfolioFigures {
  critical: number;
  high: number;
  aboveAppetite: number;
  /** Risk-adjusted P80 finish, when risks carry schedule impact. */
  p80: string | null;
  probabilityOnTarget: number | null;
  acceptancesExpiringWithin30Days: number;
  overdueReviews: number;
}

export interface EfficiencyPortfolioFigures {
  /** Efficiency index vs the home market (1 = as efficient as at home), or null. */
  index: number | null;
  /** Customer satisfaction, percent, or null. */
  satisfaction: number | null;
  metricsUsed: number;
}

export interface RiskFigureSource {
  portfolioFigures(today: string): Map<string, RiskPortfolioFigures>;
}

export interface EfficiencyFigureSource {
  portfolioFigures(): Map<string, EfficiencyPortfolioFigures>;
}
