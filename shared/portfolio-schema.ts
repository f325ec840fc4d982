/**
 * Leadership's portfolio as it crosses the API: the four targets (settings), every figure of
 * the dashboard in one answer, status snapshots, the leadership pack and the portfolio-wide
 * sign-off register.
 */
import { z } from 'zod';
import { ENTRY_STATUSES, isoDate, storedDate, uuid } from './entry-schema';
import { exportFile } from './export-schema';
import { HEALTH } from './domain/portfolio-targets';

export const SNAPSHOT_KINDS = ['monthly', 'on_demand'] as const;
export const PACK_FORMATS = ['pdf', 'xlsx', 'ics'] as const;
export const TIMELINE_ALIGNMENTS = ['relative', 'calendar'] as const;

const DAYS = 'Days to operational readiness: enter a whole number of days from 1 to 730.';
const percent = (label: string) => {
  const message = `${label}: enter a percentage from 0 to 100.`;
  return z.number({ error: message }).min(0, message).max(100, message);
};

export const targetsInput = z
  .object({
    readinessDays: z.number({ error: DAYS }).int(DAYS).min(1, DAYS).max(730, DAYS),
    compliancePercent: percent('Regulatory compliance'),
    efficiencyPercent: percent('Operational efficiency vs domestic'),
    satisfactionPercent: percent('Customer satisfaction'),
  })
  .strict();

export const tile = z.object({
  value: z.number().nullable(),
  target: z.number(),
  lowerIsBetter: z.boolean(),
  missing: z.array(z.object({ entryId: z.string(), name: z.string(), value: z.number() })),
  counted: z.number().int(),
});

export const tiles = z.object({ readiness: tile, compliance: tile, efficiency: tile, satisfaction: tile });

/**
 * The risk register's figures for one market, as `risks.portfolioFigures` hands them to the
 * portfolio (issue 14): open critical and high risks, risks above appetite, acceptances
 * expiring within 30 days and the risk-adjusted P50/P80 readiness dates (null without
 * schedule-impacting risks).
 */
export const riskPortfolioFigures = z.object({
  critical: z.number().int(),
  high: z.number().int(),
  aboveAppetite: z.number().int(),
  acceptancesExpiring30d: z.number().int(),
  p50: storedDate.nullable(),
  p80: storedDate.nullable(),
});

export type RiskPortfolioFigures = z.infer<typeof riskPortfolioFigures>;

/**
 * What the portfolio service is given for risks: every market's figures by entry id on the
 * as-of date. A market missing from the map has no risks recorded (said so, never a zero).
 */
export type RiskFiguresProvider = (asOf: string) => ReadonlyMap<string, RiskPortfolioFigures>;

export const marketRow = z.object({
  entryId: z.string(),
  name: z.string(),
  country: z.string(),
  countryName: z.string(),
  region: z.string(),
  status: z.enum(ENTRY_STATUSES),
  startDate: storedDate,
  targetDate: storedDate,
  targetDays: z.number().int(),
  /** Derived from forecast vs target, critical-path lateness, overdue sign-offs and risks above appetite. */
  health: z.enum(HEALTH),
  healthReasons: z.array(z.string()),
  readinessPercent: z.number(),
  signedOff: z.number().int(),
  applicable: z.number().int(),
  /** Approved ÷ applicable library requirements in force on the as-of date; null when none apply yet. */
  compliancePercent: z.number().nullable(),
  approvedInForce: z.number().int(),
  applicableInForce: z.number().int(),
  /** The plan's deterministic forecast finish (null when the plan has not been scheduled yet). */
  forecast: storedDate.nullable(),
  /** The status date the stored forecast was scheduled for. */
  forecastStatusDate: storedDate.nullable(),
  readyOn: storedDate.nullable(),
  businessDaysPastTarget: z.number().int().nullable(),
  /** Risk-adjusted readiness dates from the risk register; null without schedule-impacting risks. */
  p50: storedDate.nullable(),
  p80: storedDate.nullable(),
  daysToReadiness: z.number().int().nullable(),
  daysBasis: z.enum(['actual', 'p80', 'forecast']).nullable(),
  /** Business days the forecast has slipped against the latest baseline; null without one. */
  baselineSlipDays: z.number().int().nullable(),
  criticalLate: z.number().int(),
  inReview: z.number().int(),
  overdue: z.number().int(),
  /** Items in review whose due date has passed. */
  overdueSignoffs: z.number().int(),
  /** Conditional approvals in force whose condition expires within 30 days. */
  conditionsExpiring: z.number().int(),
  /** The register's counts; null when the market has no risks recorded. */
  risks: riskPortfolioFigures.omit({ p50: true, p80: true }).nullable(),
  efficiencyIndex: z.number().nullable(),
  satisfaction: z.number().nullable(),
  /** How many efficiency metrics were measured; 0 = no measurements. */
  metricsUsed: z.number().int(),
});

export const targets = targetsInput;

export const snapshotTiles = z.object({
  readiness: z.number().nullable(),
  compliance: z.number().nullable(),
  efficiency: z.number().nullable(),
  satisfaction: z.number().nullable(),
});

/** What a snapshot keeps of each market (enough for trends and "what changed"). */
export const snapshotMarket = z.object({
  entryId: z.string(),
  name: z.string(),
  health: z.enum(HEALTH),
  readinessPercent: z.number(),
  compliancePercent: z.number().nullable(),
  forecast: storedDate.nullable(),
  daysToReadiness: z.number().int().nullable(),
  inReview: z.number().int(),
  efficiencyIndex: z.number().nullable(),
  satisfaction: z.number().nullable(),
});

export const snapshotFigures = z.object({ tiles: snapshotTiles, markets: z.array(snapshotMarket) });

export const snapshotSummary = z.object({
  id: z.string(),
  takenOn: storedDate,
  month: z.string(),
  kind: z.enum(SNAPSHOT_KINDS),
  takenAt: z.string(),
  takenBy: z.string(),
  tiles: snapshotTiles,
});

export const change = z.object({ entryId: z.string(), name: z.string(), text: z.string() });

export const dashboard = z.object({
  asOf: storedDate,
  targets,
  markets: z.array(marketRow),
  tiles,
  /** Snapshots oldest first (the sparklines), at most 24. */
  history: z.array(snapshotSummary),
  /** Against the latest snapshot taken before this month; null when there is none. */
  changes: z.object({ since: storedDate, items: z.array(change) }).nullable(),
});

export const packRequest = z
  .object({
    entryIds: z.array(uuid).min(1, 'Markets: choose at least one market for the pack.').max(1000, 'Markets: a pack holds at most 1,000 markets.'),
    asOf: isoDate,
    formats: z.array(z.enum(PACK_FORMATS, { error: 'Choose PDF, XLSX or ICS' })).min(1, 'Formats: choose at least one file for the pack.').default(['pdf', 'xlsx', 'ics']),
  })
  .strict();

export const packFiles = z.object({ files: z.array(exportFile) });

export const portfolioRegisterRequest = z.object({ format: z.enum(['pdf', 'csv'], { error: 'Choose PDF or CSV' }) }).strict();

export type TargetsInput = z.infer<typeof targetsInput>;
export type MarketRow = z.infer<typeof marketRow>;
export type Dashboard = z.infer<typeof dashboard>;
export type SnapshotFigures = z.infer<typeof snapshotFigures>;
export type SnapshotSummary = z.infer<typeof snapshotSummary>;
export type SnapshotMarket = z.infer<typeof snapshotMarket>;
export type PackRequest = z.infer<typeof packRequest>;
export type PortfolioRegisterRequest = z.infer<typeof portfolioRegisterRequest>;
export type Change = z.infer<typeof change>;
