import type { PackSummary } from '../../../../shared/checklist-schema';
import { CATEGORIES } from '../../../../shared/requirements/pack-schema';
import { FilterSelect } from '../../components/FilterSelect';
import { SearchField } from '../../components/SearchField';
import { filterBinding } from '../../lib/filter-binding';
import { labelledOptions } from '../../lib/filter-options';
import { CATEGORY_LABELS } from '../../../../shared/vocabulary/requirements';
import { useLibrary } from '../../stores/library-store';
import { useReference } from '../../stores/reference-store';
import { jurisdictionName } from './library-row';

const VERIFICATION_OPTIONS = [
  { value: 'verified', label: 'Verified' },
  { value: 'unverified', label: 'Unverified' },
];

/** Search, jurisdiction, category, pack and verification filters over the library. */
export function RequirementToolbar({ jurisdictions, packs }: { jurisdictions: string[]; packs: PackSummary[] }) {
  const filters = useLibrary((s) => s.filters);
  const setFilter = useLibrary((s) => s.setFilter);
  const bind = filterBinding(filters, setFilter);
  const countries = useReference((s) => s.countriesByCode);
  const options = jurisdictions
    .map((code) => ({ value: code, label: jurisdictionName(code, countries) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));

  return (
    <div className="toolbar toolbar-compact" role="search" aria-label="Filter requirements">
      <SearchField id="library-search" label="Search requirements" placeholder="Title, law, article, id…" {...bind('search')} />
      <FilterSelect id="library-jurisdiction" label="Jurisdiction" allLabel="All jurisdictions" options={options} {...bind('jurisdiction')} />
      <FilterSelect id="library-category" label="Category" allLabel="All categories" options={labelledOptions(CATEGORIES, CATEGORY_LABELS)} {...bind('category')} />
      <FilterSelect id="library-pack" label="Pack" allLabel="All packs" options={packs.map((p) => ({ value: p.id, label: p.name }))} {...bind('pack')} />
      <FilterSelect id="library-verified" label="Verification" allLabel="All" options={VERIFICATION_OPTIONS} className="toolbar-field-narrow" {...bind('verified')} />
    </div>
  );
}
