import { Search } from 'lucide-react';
import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { ITEM_STATUSES } from '../../../../shared/checklist-schema';
import { CATEGORIES, WORKSTREAMS } from '../../../../shared/requirements/pack-schema';
import { CATEGORY_LABELS, ITEM_STATUS_LABELS, WORKSTREAM_LABELS } from '../../lib/requirement-labels';
import { UNASSIGNED, useChecklist } from '../../stores/checklist-store';

/** Search and the four filters. Owner and category choices come from the items on the list. */
export function ChecklistToolbar({ items }: { items: ChecklistItem[] }) {
  const filters = useChecklist((s) => s.filters);
  const setFilter = useChecklist((s) => s.setFilter);
  const owners = [...new Set(items.map((i) => i.owner).filter((o) => o.trim() !== ''))].sort((a, b) => a.localeCompare(b, 'en'));
  const categories = CATEGORIES.filter((c) => items.some((i) => i.category === c));

  return (
    <div className="toolbar toolbar-compact" role="search" aria-label="Filter checklist items">
      <div className="toolbar-field toolbar-search">
        <label htmlFor="checklist-search" className="toolbar-label">
          Search
        </label>
        <div className="input-with-icon">
          <Search size={14} aria-hidden="true" />
          <input
            id="checklist-search"
            type="search"
            className="input"
            placeholder="Title, reason, owner, citation…"
            value={filters.search}
            onChange={(e) => setFilter('search', e.target.value)}
          />
        </div>
      </div>
      <div className="toolbar-field">
        <label htmlFor="checklist-status" className="toolbar-label">
          Status
        </label>
        <select id="checklist-status" className="input select" value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
          <option value="">All statuses</option>
          {ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ITEM_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor="checklist-owner" className="toolbar-label">
          Owner
        </label>
        <select id="checklist-owner" className="input select" value={filters.owner} onChange={(e) => setFilter('owner', e.target.value)}>
          <option value="">Everyone</option>
          <option value={UNASSIGNED}>Unassigned</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor="checklist-category" className="toolbar-label">
          Category
        </label>
        <select id="checklist-category" className="input select" value={filters.category} onChange={(e) => setFilter('category', e.target.value)}>
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-field">
        <label htmlFor="checklist-workstream" className="toolbar-label">
          Workstream
        </label>
        <select
          id="checklist-workstream"
          className="input select"
          value={filters.workstream}
          onChange={(e) => setFilter('workstream', e.target.value)}
        >
          <option value="">All workstreams</option>
          {WORKSTREAMS.map((w) => (
            <option key={w} value={w}>
              {WORKSTREAM_LABELS[w]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
