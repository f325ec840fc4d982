/**
 * Leadership's four targets and the figures measured against them: days to operational
 * readiness, regulatory compliance, operational efficiency against the home market and
 * customer satisfaction. Health is derived, never typed in. Pure.
 */
import { diffDays, type IsoDate } from './iso-date';

export interface Targets {
  /** Days from an entry's start to operational readiness (1–730). */
  readinessDays: number;
  /** Approved ÷ applicable requirements in force (0–100 %). */
  compliancePercent: number;
  /** Efficiency index vs the home market (0–100 %). */
  efficiencyPercent: number;
  /** Customer satisfaction (0–100 %). */
  satisfactionPercent: number;
}

export const DEFAULT_TARGETS: Targets = { readinessDays: 90, compliancePercent: 100, efficiencyPercent: 85, satisfactionPercent: 90 };

export const HEALTH = ['on_track', 'at_risk', 'late'] as const;
export type Health = (typeof HEALTH)[number];

export interface MarketFigures {
  entryId: string;
  name: string;
  startDate: IsoDate;
  targetDate: IsoDate;
  /** Set when the entry is ready: the day it became ready. */
  readyOn: IsoDate | null;
  /** The deterministic forecast finish of its plan, or null without a plan. */
  forecast: IsoDate | null;
  /** The risk-adjusted P80, when risks carry schedule impact. */
  p80: IsoDate | null;
  /** Requirements in force today that apply to the entry, and how many of them are approved. */
  applicableInForce: number;
  approvedInForce: number;
  overdueSignoffs: number;
  /** Unfinished critical-path tasks whose forecast finish is after their baseline finish. */
  criticalLate: number;
  risksAboveAppetite: number;
  /** Efficiency index vs home (0 … 2), or null without one. */
  efficiencyIndex: number | null;
  satisfaction: number | null;
}

export interface HealthVerdict {
  health: Health;
  /** Each reason in plain words; empty when on track. */
  reasons: string[];
}

/**
 * Late when the forecast (or the readiness day) is after the target, or a critical-path task
 * is behind its baseline (the plan has slipped where slack cannot absorb it); at risk when
 * P80 is after the target, or sign-offs are overdue, or risks exceed appetite.
 */
export function healthOf(m: MarketFigures): HealthVerdict {
  const finish = m.readyOn ?? m.forecast;
  const late: string[] = [];
  if (finish !== null && finish > m.targetDate) late.push(`${m.readyOn ? 'ready on' : 'forecast'} ${finish}, after the target ${m.targetDate}`);
  if (!m.readyOn && m.criticalLate > 0) late.push(`${m.criticalLate} critical-path task${m.criticalLate === 1 ? ' is' : 's are'} behind the baseline`);
  if (late.length) return { health: 'late', reasons: late };
  const reasons: string[] = [];
  if (!m.readyOn && m.p80 !== null && m.p80 > m.targetDate) reasons.push(`the risk-adjusted P80 ${m.p80} is after the target ${m.targetDate}`);
  if (m.overdueSignoffs > 0) reasons.push(`${m.overdueSignoffs} sign-off${m.overdueSignoffs === 1 ? ' is' : 's are'} overdue`);
  if (m.risksAboveAppetite > 0) reasons.push(`${m.risksAboveAppetite} risk${m.risksAboveAppetite === 1 ? ' is' : 's are'} above appetite`);
  return { health: reasons.length ? 'at_risk' : 'on_track', reasons };
}

/** Days to readiness: actual for ready entries, else P80 when known, else the forecast. */
export function readinessDaysOf(m: MarketFigures): { days: number; basis: 'actual' | 'p80' | 'forecast' } | null {
  if (m.readyOn) return { days: diffDays(m.startDate, m.readyOn), basis: 'actual' };
  if (m.p80) return { days: diffDays(m.startDate, m.p80), basis: 'p80' };
  if (m.forecast) return { days: diffDays(m.startDate, m.forecast), basis: 'forecast' };
  return null;
}

/** Approved ÷ applicable in force, as a percentage; null when nothing applies yet. */
export function compliancePercentOf(m: Pick<MarketFigures, 'applicableInForce' | 'approvedInForce'>): number | null {
  return m.applicableInForce === 0 ? null : (100 * m.approvedInForce) / m.applicableInForce;
}

export interface Tile {
  /** The portfolio figure: mean days, overall %, mean index %, mean CSAT %; null when no market has one. */
  value: number | null;
  target: number;
  /** Whether lower values are better (days) or higher (percentages). */
  lowerIsBetter: boolean;
  /** Markets that miss the target, worst first. */
  missing: { entryId: string; name: string; value: number }[];
  /** Markets with a figure. */
  counted: number;
}

function tile(values: { entryId: string; name: string; value: number | null }[], target: number, lowerIsBetter: boolean, overall?: number | null): Tile {
  const have = values.filter((v): v is { entryId: string; name: string; value: number } => v.value !== null);
  const mean = have.length ? have.reduce((s, v) => s + v.value, 0) / have.length : null;
  const miss = have.filter((v) => (lowerIsBetter ? v.value > target : v.value < target)).sort((a, b) => (lowerIsBetter ? b.value - a.value : a.value - b.value));
  return { value: overall === undefined ? mean : overall, target, lowerIsBetter, missing: miss, counted: have.length };
}

export interface PortfolioTiles {
  readiness: Tile;
  compliance: Tile;
  efficiency: Tile;
  satisfaction: Tile;
}

export function portfolioTiles(markets: MarketFigures[], targets: Targets): PortfolioTiles {
  const applicable = markets.reduce((s, m) => s + m.applicableInForce, 0);
  const approved = markets.reduce((s, m) => s + m.approvedInForce, 0);
  return {
    readiness: tile(markets.map((m) => ({ entryId: m.entryId, name: m.name, value: readinessDaysOf(m)?.days ?? null })), targets.readinessDays, true),
    compliance: tile(markets.map((m) => ({ entryId: m.entryId, name: m.name, value: compliancePercentOf(m) })), targets.compliancePercent, false, applicable ? (100 * approved) / applicable : null),
    efficiency: tile(markets.map((m) => ({ entryId: m.entryId, name: m.name, value: m.efficiencyIndex === null ? null : 100 * m.efficiencyIndex })), targets.efficiencyPercent, false),
    satisfaction: tile(markets.map((m) => ({ entryId: m.entryId, name: m.name, value: m.satisfaction })), targets.satisfactionPercent, false),
  };
}

/** How many of the dates fall from today up to `days` days ahead (today and the last day included); past dates are not counted. */
export function expiringWithin(dates: readonly IsoDate[], today: IsoDate, days = 30): number {
  return dates.filter((d) => d >= today && diffDays(today, d) <= days).length;
}

/** What a market has expiring within 30 days: conditional approvals plus (once the register has risks) risk acceptances. */
export function expiringSoon(r: { conditionsExpiring: number; risks: { acceptancesExpiring30d: number } | null }): number {
  return r.conditionsExpiring + (r.risks?.acceptancesExpiring30d ?? 0);
}
