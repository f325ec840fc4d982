/**
 * The leadership pack's view-model: the chosen markets' dashboard rows and tiles on the
 * as-of date, and per market its timeline model and checklist status by workstream. The
 * PDF, the XLSX and the ICS are all written from it, so they agree with each other and
 * with the dashboard. Also the one wording of the figures the pack prints.
 */
import type { ItemStatus } from '../../../shared/checklist-schema';
import type { MarketRow } from '../../../shared/portfolio-schema';
import type { PortfolioTiles, Targets } from '../../../shared/domain/portfolio-targets';
import type { Workstream } from '../../../shared/requirements/pack-schema';
import { displayDate } from '../../../shared/domain/iso-date';
import type { TimelineExportModel } from './timeline-model';

export interface WorkstreamStatus {
  workstream: Workstream;
  label: string;
  counts: Record<ItemStatus, number>;
}

export interface PackMarket {
  row: MarketRow;
  timeline: TimelineExportModel;
  workstreams: WorkstreamStatus[];
  /** The entry against its home market: the index and satisfaction in words, each metric's ratio (%). */
  efficiency: { index: string; satisfaction: string; metrics: { name: string; percent: number | null }[] };
}

export interface LeadershipPackModel {
  asOf: string;
  generatedAt: string;
  targets: Targets;
  tiles: PortfolioTiles;
  markets: PackMarket[];
  ledgerHeadHash: string | null;
  /** The ledger key's fingerprint, printed beside the head hash as the timeline export does. */
  ledgerKeyFingerprint: string | null;
}

const nf = (v: number, digits = 1) => v.toLocaleString('en-GB', { maximumFractionDigits: digits });

export const fmt = {
  percent: (v: number | null) => (v === null ? '—' : `${nf(v)} %`),
  days: (v: number | null) => (v === null ? '—' : `${nf(v, 0)} days`),
  date: (d: string | null) => (d === null ? '—' : displayDate(d)),
  index: (v: number | null) => (v === null ? 'no measurements' : `${nf(100 * v)} %`),
  slip: (v: number | null) => (v === null ? 'no baseline' : v === 0 ? 'on baseline' : `${v > 0 ? '+' : '−'}${Math.abs(v)} business days`),
  pastTarget: (v: number | null) => (v === null ? 'no forecast' : v === 0 ? 'on target' : v > 0 ? `${v} business days late` : `${-v} business days early`),
};

/** The figures of one row in words, as the PDF's market table and pages print them. */
export function riskText(r: MarketRow): string {
  return r.risks ? `${r.risks.critical} critical, ${r.risks.high} high, ${r.risks.aboveAppetite} above appetite` : 'no risks recorded';
}

export function forecastText(r: MarketRow): string {
  if (r.readyOn) return `ready ${fmt.date(r.readyOn)}`;
  return r.forecast ? `${fmt.date(r.forecast)} (${fmt.pastTarget(r.businessDaysPastTarget)})` : 'no forecast yet';
}
