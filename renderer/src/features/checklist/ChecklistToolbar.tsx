import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { ITEM_STATUSES } from '../../../../shared/checklist-schema';
import { CATEGORIES, WORKSTREAMS } from '../../../../shared/requirements/pack-schema';
import { FilterSelect } from '../../components/FilterSelect';
import { SearchField } from '../../components/SearchField';
import { filterBinding } from '../../lib/filter-binding';
import { labelledOptions } from '../../lib/filter-options';
import { ITEM_STATUS_LABELS } from '../../../../shared/vocabulary/checklist';
import { CATEGORY_LABELS, WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { UNASSIGNED, useChecklist } from '../../stores/checklist-store';

/** Search and the four filters. Owner and category choices come from the items on the list. */
export function ChecklistToolbar({ items }: { items: ChecklistItem[] }) {
  const filters = useChecklist((s) => s.filters);
  const setFilter = useChecklist((s) => s.setFilter);
  const bind = filterBinding(filters, setFilter);
  const owners = [...new Set(items.map((i) => i.owner).filter((o) => o.trim() !== ''))].sort((a, b) => a.localeCompare(b, 'en'));
  const categories = CATEGORIES.filter((c) => items.some((i) => i.category === c));

  return (
    <div className="toolbar toolbar-compact" role="search" aria-label="Filter checklist items">
      <SearchField id="checklist-search" label="Search" placeholder="Title, reason, owner, citation…" {...bind('search')} />
      <FilterSelect id="checklist-status" label="Status" allLabel="All statuses" options={labelledOptions(ITEM_STATUSES, ITEM_STATUS_LABELS)} {...bind('status')} />
      <FilterSelect
        id="checklist-owner"
        label="Owner"
        allLabel="Everyone"
        options={[{ value: UNASSIGNED, label: 'Unassigned' }, ...owners.map((o) => ({ value: o, label: o }))]}
        {...bind('owner')}
      />
      <FilterSelect id="checklist-category" label="Category" allLabel="All categories" options={labelledOptions(categories, CATEGORY_LABELS)} {...bind('category')} />
      <FilterSelect
        id="checklist-workstream"
        label="Workstream"
        allLabel="All workstreams"
        options={labelledOptions(WORKSTREAMS, WORKSTREAM_LABELS)}
        {...bind('workstream')}
      />
    </div>
  );
}
