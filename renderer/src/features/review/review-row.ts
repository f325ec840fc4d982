/** A queue entry as the review table shows it: the market's name and country; the counts per market. */
import type { Country } from '../../../../shared/contract';
import type { MarketCount as Counted, QueueEntry } from '../../../../shared/signoff-schema';
import { countryName } from '../../stores/reference-store';

export interface ReviewRow {
  entry: QueueEntry;
  /** The target country's name ("Brazil"). */
  countryText: string;
}

export interface MarketCount {
  entryId: string;
  entryName: string;
  countryText: string;
  count: number;
}

export function toReviewRow(entry: QueueEntry, countries: Map<string, Country>): ReviewRow {
  return { entry, countryText: countryName(countries, entry.entryCountry) };
}

/** The backend's pending counts per market entry (already by entry name), with the country's name. */
export function marketCounts(counts: readonly Counted[], countries: Map<string, Country>): MarketCount[] {
  return counts.map((c) => ({ entryId: c.entryId, entryName: c.entryName, countryText: countryName(countries, c.entryCountry), count: c.count }));
}
