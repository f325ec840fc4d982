/**
 * The register seen from above: the entry and portfolio heat maps, overdue reviews, the
 * timeline export's risk page and leadership's figures per entry. Portfolio reads are a
 * fixed number of lean queries, never one per entry.
 */
import type { Heatmap, OverdueReviews, RiskPortfolioFigure } from '../../../../shared/risk-schema';
import type { RiskCategory, RiskStage } from '../../../../shared/risks/risk-enums';
import { aboveAppetite, levelOf, scoreProblem } from '../../../../shared/domain/risk-score';
import { buildHeatmap } from '../../../../shared/domain/risk-heatmap';
import { addDays } from '../../../../shared/domain/iso-date';
import type { TimelineRisks } from '../../export/timeline-model';
import type { RiskCore } from './risk-core';
import type { forecastCache } from './forecast-cache';

/** How far ahead leadership is warned of acceptances that run out. */
export const EXPIRING_WITHIN_DAYS = 30;
/** Risks listed per cell of the portfolio heat map (every one is counted). */
export const PORTFOLIO_CELL_RISKS = 12;
/** Overdue reviews listed across the portfolio (every one is counted). */
export const OVERDUE_LISTED = 100;

export function riskPortfolio(core: RiskCore, forecasts: ReturnType<typeof forecastCache>) {
  const { deps } = core;
  const { repo, store, kernel } = deps;
  let kept: { key: string; figures: RiskPortfolioFigure[] } | null = null;

  return {
    overdue(): OverdueReviews {
      const m = core.matrix();
      const names = new Map(deps.entries(false).map((e) => [e.id, e.name]));
      const due = repo.overdue(kernel.today()).filter((r) => names.has(r.entryId));
      const rows = due
        .slice(0, OVERDUE_LISTED)
        .map((r) => ({ riskId: r.id, entryId: r.entryId, entryName: names.get(r.entryId)!, title: r.title, owner: r.owner, nextReview: r.nextReview, level: levelOf(m, r.current) }));
      return { total: due.length, rows };
    },

    heatmap(entryId: string, stage: RiskStage): Heatmap {
      deps.entry(entryId);
      return buildHeatmap(core.matrix(), repo.cells(entryId), stage);
    },

    portfolioHeatmap(filter: { category: RiskCategory | null; region: string | null; stage: RiskStage }): Heatmap & { regions: string[] } {
      const region = new Map(deps.entries(false).map((e) => [e.id, deps.regionOf(e.targetCountry)]));
      const shown = [...region].filter(([, r]) => !filter.region || r === filter.region).map(([id]) => id);
      const { counts, risks } = repo.portfolioCells(filter.stage, shown, filter.category, PORTFOLIO_CELL_RISKS);
      return { ...buildHeatmap(core.matrix(), risks, filter.stage, { perCell: PORTFOLIO_CELL_RISKS, counts }), regions: [...new Set(region.values())].sort() };
    },

    /**
     * Leadership's figures per entry (every entry with live risks or a cached forecast), in two
     * queries: live risks counted by entry, category and current score (levels and appetite
     * from the matrix, acceptances expiring in [today, today + `withinDays`], overdue reviews),
     * and the cached forecasts (risk-adjusted P50 / P80 as last computed).
     */
    portfolioFigures(today: string, withinDays = EXPIRING_WITHIN_DAYS): RiskPortfolioFigure[] {
      // Kept until the database is written again (any write: risks, matrix, appetite, forecasts) or the day changes.
      const key = `${repo.writeCount()}|${today}|${withinDays}`;
      if (kept?.key === key) return kept.figures;
      const m = core.matrix();
      const s = core.settings(m);
      const out = new Map<string, RiskPortfolioFigure>();
      const at = (entryId: string) => {
        let f = out.get(entryId);
        if (!f) {
          f = { entryId, openRisks: 0, critical: 0, high: 0, aboveAppetite: 0, acceptancesExpiringSoon: 0, overdueReviews: 0, p50: null, p80: null, probabilityOnTarget: null, scheduleRisks: 0 };
          out.set(entryId, f);
        }
        return f;
      };
      for (const g of repo.figures(today, addDays(today, withinDays))) {
        const f = at(g.entryId);
        f.openRisks += g.risks;
        f.acceptancesExpiringSoon += g.expiringAcceptances;
        f.overdueReviews += g.overdueReviews;
        if (scoreProblem(m, g.current)) continue;
        const level = levelOf(m, g.current);
        if (level === 'critical') f.critical += g.risks;
        if (level === 'high') f.high += g.risks;
        if (aboveAppetite(level, s.appetite[g.category])) f.aboveAppetite += g.risks;
      }
      for (const c of store.forecastFigures()) Object.assign(at(c.entryId), { p50: c.p50, p80: c.p80, probabilityOnTarget: c.probabilityOnTarget, scheduleRisks: c.scheduleRisks });
      const figures = [...out.values()];
      kept = { key, figures };
      return figures;
    },

    /** What the timeline exports show of the entry's risks: null when it has none in play. */
    timelineRisks(entryId: string): TimelineRisks | null {
      const live = repo.cells(entryId);
      if (live.length === 0) return null;
      const m = core.matrix();
      const f = forecasts.read(entryId);
      const map = buildHeatmap(m, live, 'current');
      return {
        p50: f.p50,
        p80: f.p80,
        probabilityOnTarget: f.probabilityOnTarget,
        scheduleRisks: f.scheduleRisks,
        matrixName: m.name,
        likelihood: m.likelihood.map((l) => l.label),
        impact: m.impact.map((i) => i.label),
        levels: m.levels.map((l) => ({ id: l.id, label: l.label, colour: l.colour })),
        cells: map.cells.map((c) => ({ likelihood: c.likelihood, impact: c.impact, level: c.level, titles: c.risks.map((r) => r.title) })),
      };
    },
  };
}
