import { Search } from 'lucide-react';
import type { PackSummary } from '../../../../shared/checklist-schema';
import { CATEGORIES } from '../../../../shared/requirements/pack-schema';
import { CATEGORY_LABELS } from '../../lib/requirement-labels';
import { useLibrary } from '../../stores/library-store';
import { useReference } from '../../stores/reference-store';
import { jurisdictionName } from './library-row';

/** Search, jurisdiction, category, pack and verification filters over the library. */
export function RequirementToolbar({ jurisdictions, packs }: { jurisdictions: string[]; packs: PackSummary[] }) {
  const filters = useLibrary((s) => s.filters);
  const setFilter = useLibrary((s) => s.setFilter);
  const countries = useReference((s) => s.countriesByCode);
  const options = jurisdictions
    .map((code) => ({ code, name: jurisdictionName(code, countries) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  return (
    <div className="toolbar toolbar-compact" role="search" aria-label="Filter requirements">
      <div className="toolbar-field toolbar-search">
        <label htmlFor="library-search" className="toolbar-label">
          Search requirements
        </label>
        <div className="input-with-icon">
          <Search size={14} aria-hidden="true" />
          <input
            id="library-search"
            type="search"
            className="input"
            placeholder="Title, law, article, id…"
            value={filters.search}
            onChange={(e) => setFilter('search', e.target.value)}
          />
        </div>
      </div>
      <div className="toolbar-field">
        <label htmlFor="library-jurisdiction" className="toolbar-label">
          Jurisdiction
        </label>
        <select id="library-jurisdiction" className="input select" value={filters.jurisdiction} onChange={(e) => setFilter('jurisdiction', e.target.value)}>
          <option value="">All jurisdictions</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor="library-category" className="toolbar-label">
          Category
        </label>
        <select id="library-category" className="input select" value={filters.category} onChange={(e) => setFilter('category', e.target.value)}>
          <option value="">All categories</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor="library-pack" className="toolbar-label">
          Pack
        </label>
        <select id="library-pack" className="input select" value={filters.pack} onChange={(e) => setFilter('pack', e.target.value)}>
          <option value="">All packs</option>
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field toolbar-field-narrow">
        <label htmlFor="library-verified" className="toolbar-label">
          Verification
        </label>
        <select id="library-verified" className="input select" value={filters.verified} onChange={(e) => setFilter('verified', e.target.value)}>
          <option value="">All</option>
          <option value="verified">Verified</option>
          <option value="unverified">Unverified</option>
        </select>
      </div>
    </div>
  );
}
