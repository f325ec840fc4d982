import { Search } from 'lucide-react';
import { ENTRY_STATUSES } from '../../../../shared/entry-schema';
import { STATUS_LABELS } from '../../lib/labels';
import { useEntries } from '../../stores/entries-store';
import { usePortfolio } from '../../stores/portfolio-store';
import type { PortfolioRow } from './portfolio-row';

/** Search, the three filters and "Show archived". Filter choices come from the entries in the list. */
export function PortfolioToolbar({ rows }: { rows: PortfolioRow[] }) {
  const filters = usePortfolio((s) => s.filters);
  const setFilter = usePortfolio((s) => s.setFilter);
  const includeArchived = useEntries((s) => s.includeArchived);
  const setIncludeArchived = useEntries((s) => s.setIncludeArchived);

  const countries = [...new Map(rows.map((r) => [r.entry.targetCountry, r.countryName])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1], 'en'),
  );
  const regions = [...new Set(rows.map((r) => r.region).filter(Boolean))].sort();

  return (
    <div className="toolbar" role="search" aria-label="Filter market entries">
      <div className="toolbar-field toolbar-search">
        <label htmlFor="portfolio-search" className="toolbar-label">
          Search
        </label>
        <div className="input-with-icon">
          <Search size={14} aria-hidden="true" />
          <input
            id="portfolio-search"
            type="search"
            className="input"
            placeholder="Name, country, manager…"
            value={filters.search}
            onChange={(e) => setFilter('search', e.target.value)}
          />
        </div>
      </div>
      <div className="toolbar-field">
        <label htmlFor="portfolio-country" className="toolbar-label">
          Country
        </label>
        <select id="portfolio-country" className="input select" value={filters.country} onChange={(e) => setFilter('country', e.target.value)}>
          <option value="">All countries</option>
          {countries.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor="portfolio-region" className="toolbar-label">
          Region
        </label>
        <select id="portfolio-region" className="input select" value={filters.region} onChange={(e) => setFilter('region', e.target.value)}>
          <option value="">All regions</option>
          {regions.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor="portfolio-status" className="toolbar-label">
          Status
        </label>
        <select id="portfolio-status" className="input select" value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
          <option value="">All statuses</option>
          {ENTRY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox toolbar-checkbox">
        <input type="checkbox" checked={includeArchived} onChange={(e) => void setIncludeArchived(e.target.checked)} />
        Show archived
      </label>
    </div>
  );
}
