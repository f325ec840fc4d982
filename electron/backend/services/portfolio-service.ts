/**
 * The portfolio: every entry's checklist counts and readiness (the Portfolio table), and
 * leadership's dashboard against the four targets, its status history (monthly snapshots
 * and on demand) and "what changed since last month". Owns the snapshots table; the
 * figures come from the services that own them.
 *
 *   portfolio/dashboard.ts        one market's row from the maps read in one pass
 *
 * Reads never write: `summary` and `dashboard` only read (stored forecasts, trigger-kept
 * counts); `open` and `takeSnapshot` are the writes.
 */
import type { MethodOutput } from '../../../shared/contract';
import type { Entry } from '../../../shared/entry-schema';
import { AppError } from '../../../shared/errors';
import type { Dashboard, MarketRow, RiskFiguresProvider, SnapshotSummary } from '../../../shared/portfolio-schema';
import type { PortfolioFigure } from '../../../shared/efficiency/efficiency-figures';
import { changesSince, monthOf, snapshotFiguresOf } from '../../../shared/domain/portfolio-history';
import { portfolioTiles, type MarketFigures, type PortfolioTiles, type Targets } from '../../../shared/domain/portfolio-targets';
import { readinessPercent } from '../../../shared/domain/readiness';
import { addDays } from '../../../shared/domain/iso-date';
import type { ForecastRecord } from '../repos/plan-forecast-repo';
import type { PortfolioSnapshotRepo, SnapshotRecord } from '../repos/portfolio-snapshot-repo';
import type { Audit, Kernel } from './kernel';
import { marketRow, type MarketSources } from './portfolio/dashboard';

type Counts = Omit<MethodOutput<'portfolio.summary'>[number], 'readinessPercent'>;

export interface PortfolioDeps {
  snapshots: PortfolioSnapshotRepo;
  kernel: Kernel;
  audit: Audit;
  /** The entries service: entries not archived. */
  entries(): Entry[];
  /** The checklist service: per-entry item counts (from the trigger-maintained table). */
  counts(today: string): Counts[];
  /** The checklist service: per-entry requirements in force on a date and approved, and overdue sign-offs. */
  compliance(asOf: string): Map<string, { applicableInForce: number; approvedInForce: number; overdueSignoffs: number }>;
  /** The sign-off service: conditional approvals in force expiring between two dates, with their expiry. */
  liveConditions(from: string, to: string): { entryId: string; expires: string }[];
  /** The plan service: every stored forecast, and a refresh of those that are out of date (a write). */
  plans: { forecasts(): Map<string, ForecastRecord>; refreshForecasts(today: string): number };
  /** The settings service: leadership's targets. */
  targets(): Targets;
  actor(): string;
  /** The risk register: every market's risk figures on a date (see RiskFiguresProvider). */
  risks: RiskFiguresProvider;
  /** The efficiency service: each of these markets' index, satisfaction and metrics used. */
  efficiency(entries: readonly Entry[]): ReadonlyMap<string, PortfolioFigure>;
}

const HISTORY_LIMIT = 24;
const byName = new Intl.Collator('en');
/** Conditions and acceptances expiring within this many days are counted on the dashboard. */
const EXPIRING_DAYS = 30;

function summaryOf(s: SnapshotRecord): SnapshotSummary {
  return { id: s.id, takenOn: s.takenOn, month: s.month, kind: s.kind, takenAt: s.takenAt, takenBy: s.takenBy, tiles: s.figures.tiles };
}

export function portfolioService(deps: PortfolioDeps) {
  const { kernel, snapshots } = deps;

  /** Every market's row (or the chosen markets'), read in a fixed number of queries whatever their number. */
  function markets(asOf: string, entryIds?: readonly string[]): { rows: MarketRow[]; figures: MarketFigures[] } {
    let entries = deps.entries();
    if (entryIds) {
      const wanted = new Set(entryIds);
      entries = entries.filter((e) => wanted.has(e.id));
    }
    const conditions = new Map<string, string[]>();
    for (const c of deps.liveConditions(asOf, addDays(asOf, EXPIRING_DAYS))) conditions.set(c.entryId, [...(conditions.get(c.entryId) ?? []), c.expires]);
    const src: MarketSources = {
      counts: new Map(deps.counts(asOf).map((c) => [c.entryId, c])),
      compliance: deps.compliance(asOf),
      forecasts: deps.plans.forecasts(),
      conditions,
      risks: deps.risks(asOf),
      efficiency: deps.efficiency(entries),
    };
    const built = entries.map((e) => marketRow(e, asOf, src)).sort((a, b) => byName.compare(a.row.name, b.row.name));
    return { rows: built.map((b) => b.row), figures: built.map((b) => b.figures) };
  }

  function dashboard(asOf: string): Dashboard {
    const targets = deps.targets();
    const { rows, figures } = markets(asOf);
    const tiles = portfolioTiles(figures, targets);
    const previous = snapshots.latestBefore(monthOf(asOf));
    return {
      asOf,
      targets,
      markets: rows,
      tiles,
      history: snapshots.recent(HISTORY_LIMIT).map(summaryOf),
      changes: previous ? { since: previous.takenOn, items: changesSince(previous.figures.markets, snapshotFiguresOf(rows, tiles).markets) } : null,
    };
  }

  function take(today: string, kind: SnapshotRecord['kind']): SnapshotSummary {
    const { rows, figures } = markets(today);
    const tiles: PortfolioTiles = portfolioTiles(figures, deps.targets());
    const record: SnapshotRecord = {
      id: kernel.newId(),
      takenOn: today,
      month: monthOf(today),
      kind,
      takenAt: kernel.now().toISOString(),
      takenBy: deps.actor(),
      figures: snapshotFiguresOf(rows, tiles),
    };
    snapshots.insert(record);
    deps.audit('portfolio', 'snapshots', kind === 'monthly' ? 'monthly_snapshot' : 'snapshot', null, { id: record.id, takenOn: today, markets: rows.length });
    return summaryOf(record);
  }

  return {
    /** A read: one query over the trigger-kept counts, no housekeeping. */
    summary(today: string): MethodOutput<'portfolio.summary'> {
      return deps.counts(today).map((c) => ({ ...c, readinessPercent: readinessPercent(c).percent }));
    },

    markets,
    dashboard,

    /**
     * What opening the app does (a write, never part of a read): plans whose stored forecast is
     * out of date are re-scheduled, and the month's snapshot is taken if it has not been yet.
     */
    open(today: string): { forecastsRefreshed: number; snapshot: SnapshotSummary | null } {
      const forecastsRefreshed = deps.plans.refreshForecasts(today);
      const snapshot = kernel.write(() => (snapshots.hasMonthly(monthOf(today)) ? null : take(today, 'monthly')));
      return { forecastsRefreshed, snapshot };
    },

    /** A snapshot now, on demand. */
    takeSnapshot(today: string): SnapshotSummary {
      deps.plans.refreshForecasts(today);
      return kernel.write(() => take(today, 'on_demand'));
    },

    /** The markets of a pack: refused when none is chosen or none has started by the as-of date. */
    packMarkets(entryIds: readonly string[], asOf: string): { rows: MarketRow[]; figures: MarketFigures[] } {
      if (entryIds.length === 0) throw new AppError('invalid_input', 'Markets: choose at least one market for the pack.', 'entryIds');
      const chosen = markets(asOf, entryIds);
      if (chosen.rows.length === 0) throw new AppError('not_found', 'Markets: none of the chosen markets is in the portfolio any more.', 'entryIds');
      const started = chosen.rows.filter((r) => r.startDate <= asOf).length;
      if (started === 0) {
        const first = chosen.rows.map((r) => r.startDate).sort()[0]!;
        throw new AppError('invalid_input', `As-of date: there is nothing to show yet — no chosen market has started by ${asOf} (the first starts on ${first}).`, 'asOf');
      }
      return chosen;
    },
  };
}

export type PortfolioService = ReturnType<typeof portfolioService>;
