/**
 * Status history: what a snapshot keeps of the portfolio, and what changed between a
 * snapshot and now, in plain sentences. Pure.
 */
import { HEALTH_LABELS } from '../vocabulary/portfolio';
import type { Change, MarketRow, SnapshotFigures, SnapshotMarket } from '../portfolio-schema';
import type { PortfolioTiles } from './portfolio-targets';
import { diffDays, displayDate } from './iso-date';

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function snapshotFiguresOf(markets: MarketRow[], tiles: PortfolioTiles): SnapshotFigures {
  return {
    tiles: { readiness: tiles.readiness.value, compliance: tiles.compliance.value, efficiency: tiles.efficiency.value, satisfaction: tiles.satisfaction.value },
    markets: markets.map((m) => ({
      entryId: m.entryId,
      name: m.name,
      health: m.health,
      readinessPercent: m.readinessPercent,
      compliancePercent: m.compliancePercent,
      forecast: m.forecast,
      daysToReadiness: m.daysToReadiness,
      inReview: m.inReview,
      efficiencyIndex: m.efficiencyIndex,
      satisfaction: m.satisfaction,
    })),
  };
}

const pct = (v: number) => `${v.toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`;
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** Per market, what moved since the snapshot: health, forecast, compliance, readiness; markets added and gone. */
export function changesSince(before: SnapshotMarket[], now: SnapshotMarket[]): Change[] {
  const old = new Map(before.map((m) => [m.entryId, m]));
  const out: Change[] = [];
  for (const m of now) {
    const was = old.get(m.entryId);
    if (!was) {
      out.push({ entryId: m.entryId, name: m.name, text: 'New in the portfolio since then.' });
      continue;
    }
    if (was.health !== m.health) out.push({ entryId: m.entryId, name: m.name, text: `Health ${HEALTH_LABELS[was.health].toLowerCase()} → ${HEALTH_LABELS[m.health].toLowerCase()}.` });
    if (was.forecast && m.forecast && was.forecast !== m.forecast) {
      const d = diffDays(was.forecast, m.forecast);
      out.push({ entryId: m.entryId, name: m.name, text: `Forecast ${d > 0 ? 'slipped' : 'moved in'} ${days(Math.abs(d))}: ${displayDate(was.forecast)} → ${displayDate(m.forecast)}.` });
    }
    if (was.compliancePercent !== null && m.compliancePercent !== null && Math.abs(was.compliancePercent - m.compliancePercent) >= 0.05) {
      out.push({ entryId: m.entryId, name: m.name, text: `Compliance ${pct(was.compliancePercent)} → ${pct(m.compliancePercent)}.` });
    }
    if (Math.abs(was.readinessPercent - m.readinessPercent) >= 0.05) out.push({ entryId: m.entryId, name: m.name, text: `Readiness ${pct(was.readinessPercent)} → ${pct(m.readinessPercent)}.` });
  }
  const current = new Set(now.map((m) => m.entryId));
  for (const m of before) if (!current.has(m.entryId)) out.push({ entryId: m.entryId, name: m.name, text: 'No longer in the portfolio (archived or deleted).' });
  return out;
}
