/** A queue entry as the review table shows it: the market's name and country, and the counts per market. */
import type { Country } from '../../../../shared/contract';
import type { QueueEntry } from '../../../../shared/signoff-schema';
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

/** How many items wait in each market (each market entry), by entry name. */
export function marketCounts(queue: readonly QueueEntry[], countries: Map<string, Country>): MarketCount[] {
  const byEntry = new Map<string, MarketCount>();
  for (const q of queue) {
    const known = byEntry.get(q.item.entryId);
    if (known) known.count += 1;
    else byEntry.set(q.item.entryId, { entryId: q.item.entryId, entryName: q.entryName, countryText: countryName(countries, q.entryCountry), count: 1 });
  }
  return [...byEntry.values()].sort((a, b) => a.entryName.localeCompare(b.entryName, 'en') || a.entryId.localeCompare(b.entryId));
}

/** Undated items sort after dated ones (ascending). */
export function dueSortKey(dueDate: string | null): string {
  return dueDate ?? '9999-12-31';
}
