/** A market entry as the portfolio table shows it, with its derived figures. */
import type { Country } from '../../../../shared/contract';
import { fold } from '../../../../shared/text-fold';
import type { Entry } from '../../../../shared/entry-schema';
import { diffDays } from '../../../../shared/domain/iso-date';
import { windowProgress, type WindowProgress } from '../../../../shared/domain/entry-window';
import type { EntrySummary } from '../../stores/portfolio-store';
import type { MarketRow } from '../../../../shared/portfolio-schema';
import type { Subdivision } from '../../stores/reference-store';

export interface PortfolioRow {
  entry: Entry;
  countryName: string;
  subdivisionName: string | null;
  region: string;
  progress: WindowProgress;
  /** Days from today to the target date; negative once it has passed. Used for sorting. */
  untilTarget: number;
  /** Checklist readiness and counts, once loaded. */
  summary: EntrySummary | null;
  /** Derived health and the plan's forecast (archived entries have none). */
  market: MarketRow | null;
  /** Whether the markets have loaded (so a missing one means archived, not "still loading"). */
  marketsLoaded: boolean;
}

export function toPortfolioRow(
  entry: Entry,
  countries: Map<string, Country>,
  subdivisions: Record<string, Subdivision[] | undefined>,
  today: string,
  summaries: Map<string, EntrySummary> | null = null,
  markets: Map<string, MarketRow> | null = null,
): PortfolioRow {
  const country = countries.get(entry.targetCountry);
  const subdivision = entry.targetSubdivision
    ? (subdivisions[entry.targetCountry]?.find((s) => s.code === entry.targetSubdivision)?.name ?? entry.targetSubdivision)
    : null;
  return {
    entry,
    countryName: country?.name ?? entry.targetCountry,
    subdivisionName: subdivision,
    region: country?.region ?? '',
    progress: windowProgress(entry.startDate, entry.targetDate, today),
    untilTarget: diffDays(today, entry.targetDate),
    // An entry without checklist items has no row in the summary: it has nothing to count yet.
    summary: summaries ? (summaries.get(entry.id) ?? emptySummary(entry.id)) : null,
    market: markets?.get(entry.id) ?? null,
    marketsLoaded: markets !== null,
  };
}

/** Does the row match the free-text search? Name, country, region, program manager, status. */
export function matchesSearch(row: PortfolioRow, search: string, statusLabel: string): boolean {
  const q = fold(search.trim());
  if (!q) return true;
  return [row.entry.name, row.countryName, row.subdivisionName ?? '', row.region, row.entry.programManager, statusLabel]
    .some((text) => fold(text).includes(q));
}

function emptySummary(entryId: string): EntrySummary {
  return { entryId, readinessPercent: 0, signedOff: 0, applicable: 0, open: 0, overdue: 0, blocked: 0, inReview: 0 };
}
