import { ENTRY_STATUSES } from '../../../../shared/entry-schema';
import { FilterSelect } from '../../components/FilterSelect';
import { SearchField } from '../../components/SearchField';
import { filterBinding } from '../../lib/filter-binding';
import { labelledOptions } from '../../lib/filter-options';
import { STATUS_LABELS } from '../../../../shared/vocabulary/entry';
import { useEntries } from '../../stores/entries-store';
import { usePortfolio } from '../../stores/portfolio-store';
import type { PortfolioRow } from './portfolio-row';

/** Search, the three filters and "Show archived". Filter choices come from the entries in the list. */
export function PortfolioToolbar({ rows }: { rows: PortfolioRow[] }) {
  const filters = usePortfolio((s) => s.filters);
  const setFilter = usePortfolio((s) => s.setFilter);
  const bind = filterBinding(filters, setFilter);
  const includeArchived = useEntries((s) => s.includeArchived);
  const setIncludeArchived = useEntries((s) => s.setIncludeArchived);

  const countries = [...new Map(rows.map((r) => [r.entry.targetCountry, r.countryName])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1], 'en'),
  );
  const regions = [...new Set(rows.map((r) => r.region).filter(Boolean))].sort();

  return (
    <div className="toolbar" role="search" aria-label="Filter market entries">
      <SearchField id="portfolio-search" label="Search" placeholder="Name, country, manager…" {...bind('search')} />
      <FilterSelect
        id="portfolio-country"
        label="Country"
        allLabel="All countries"
        options={countries.map(([code, name]) => ({ value: code, label: name }))}
        {...bind('country')}
      />
      <FilterSelect id="portfolio-region" label="World region" allLabel="All world regions" options={regions.map((region) => ({ value: region, label: region }))} {...bind('region')} />
      <FilterSelect id="portfolio-status" label="Status" allLabel="All statuses" options={labelledOptions(ENTRY_STATUSES, STATUS_LABELS)} {...bind('status')} />
      <label className="checkbox toolbar-checkbox">
        <input type="checkbox" checked={includeArchived} onChange={(e) => void setIncludeArchived(e.target.checked)} />
        Show archived
      </label>
    </div>
  );
}
