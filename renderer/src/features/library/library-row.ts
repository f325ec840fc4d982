/** A library requirement as the table shows it: jurisdiction names, pack name and search text. */
import type { Country } from '../../../../shared/contract';
import { fold } from '../../../../shared/text-fold';
import type { LibraryRequirement, PackSummary } from '../../../../shared/checklist-schema';
import { categoryLabel, citationText } from '../../lib/requirement-labels';

export interface LibraryRow {
  entry: LibraryRequirement;
  /** "Brazil", "EU", "United States · California"… */
  jurisdictionText: string;
  packName: string;
}

export function jurisdictionName(code: string, countries: Map<string, Country>): string {
  if (code === 'EU') return 'European Union';
  if (code === 'EEA') return 'European Economic Area';
  return countries.get(code)?.name ?? code;
}

export function toLibraryRow(entry: LibraryRequirement, countries: Map<string, Country>, packs: Map<string, PackSummary>): LibraryRow {
  return {
    entry,
    jurisdictionText: entry.requirement.jurisdiction.map((j) => jurisdictionName(j, countries)).join(', '),
    packName: packs.get(entry.packId)?.name ?? entry.packId,
  };
}

/** Title, id, summary, citation, jurisdiction, category and pack. */
export function matchesLibrarySearch(row: LibraryRow, search: string): boolean {
  const q = fold(search.trim());
  if (!q) return true;
  const r = row.entry.requirement;
  return [r.title, r.id, r.summary, citationText(r.citation), row.jurisdictionText, r.jurisdiction.join(' '), categoryLabel(r.category), row.packName].some((t) =>
    fold(t).includes(q),
  );
}
