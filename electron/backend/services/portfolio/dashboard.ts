/**
 * Every figure of leadership's dashboard in a fixed number of queries, whatever the number
 * of markets: the entries, their item counts (trigger-kept), compliance counts, the stored
 * plan forecasts, live conditional approvals, and the risk and efficiency maps; then pure
 * functions derive health, readiness days and the tiles.
 */
import type { Entry } from '../../../../shared/entry-schema';
import type { MarketRow, RiskPortfolioFigures } from '../../../../shared/portfolio-schema';
import type { PortfolioFigure } from '../../../../shared/efficiency/efficiency-figures';
import { expiringWithin, healthOf, readinessDaysOf, compliancePercentOf, type MarketFigures } from '../../../../shared/domain/portfolio-targets';
import { readinessPercent } from '../../../../shared/domain/readiness';
import { countryName, regionOf } from '../../reference/countries';
import type { ForecastRecord } from '../../repos/plan-forecast-repo';


export interface MarketSources {
  counts: Map<string, { signedOff: number; applicable: number; open: number; overdue: number; blocked: number; inReview: number }>;
  compliance: Map<string, { applicableInForce: number; approvedInForce: number; overdueSignoffs: number }>;
  forecasts: Map<string, ForecastRecord>;
  conditions: Map<string, string[]>;
  risks: ReadonlyMap<string, RiskPortfolioFigures>;
  efficiency: ReadonlyMap<string, PortfolioFigure>;
}

export function marketRow(e: Entry, asOf: string, src: MarketSources): { row: MarketRow; figures: MarketFigures } {
  const c = src.counts.get(e.id) ?? { signedOff: 0, applicable: 0, open: 0, overdue: 0, blocked: 0, inReview: 0 };
  const k = src.compliance.get(e.id) ?? { applicableInForce: 0, approvedInForce: 0, overdueSignoffs: 0 };
  const f = src.forecasts.get(e.id);
  const r = src.risks.get(e.id);
  const eff = src.efficiency.get(e.id);
  const figures: MarketFigures = {
    entryId: e.id,
    name: e.name,
    startDate: e.startDate,
    targetDate: e.targetDate,
    readyOn: f?.readyOn ?? null,
    forecast: f?.forecastFinish ?? null,
    p80: r?.p80 ?? null,
    applicableInForce: k.applicableInForce,
    approvedInForce: k.approvedInForce,
    overdueSignoffs: k.overdueSignoffs,
    criticalLate: f?.criticalLate ?? 0,
    risksAboveAppetite: r?.aboveAppetite ?? 0,
    efficiencyIndex: eff?.index ?? null,
    satisfaction: eff?.satisfaction ?? null,
  };
  const verdict = healthOf(figures);
  const days = readinessDaysOf(figures);
  const row: MarketRow = {
    entryId: e.id,
    name: e.name,
    country: e.targetCountry,
    countryName: countryName(e.targetCountry) ?? e.targetCountry,
    region: regionOf(e.targetCountry),
    status: e.status,
    startDate: e.startDate,
    targetDate: e.targetDate,
    targetDays: e.targetDays,
    health: verdict.health,
    healthReasons: verdict.reasons,
    readinessPercent: readinessPercent({ signedOff: c.signedOff, applicable: c.applicable }).percent,
    signedOff: c.signedOff,
    applicable: c.applicable,
    compliancePercent: compliancePercentOf(figures),
    approvedInForce: k.approvedInForce,
    applicableInForce: k.applicableInForce,
    forecast: f?.forecastFinish ?? null,
    forecastStatusDate: f?.statusDate ?? null,
    readyOn: f?.readyOn ?? null,
    businessDaysPastTarget: f?.businessDaysPastTarget ?? null,
    p50: r?.p50 ?? null,
    p80: r?.p80 ?? null,
    daysToReadiness: days?.days ?? null,
    daysBasis: days?.basis ?? null,
    baselineSlipDays: f?.baselineSlipDays ?? null,
    criticalLate: f?.criticalLate ?? 0,
    inReview: c.inReview,
    overdue: c.overdue,
    overdueSignoffs: k.overdueSignoffs,
    conditionsExpiring: expiringWithin(src.conditions.get(e.id) ?? [], asOf, 30),
    risks: r ? { critical: r.critical, high: r.high, aboveAppetite: r.aboveAppetite, acceptancesExpiring30d: r.acceptancesExpiring30d } : null,
    efficiencyIndex: eff?.index ?? null,
    satisfaction: eff?.satisfaction ?? null,
    metricsUsed: eff?.metricsUsed ?? 0,
  };
  return { row, figures };
}
