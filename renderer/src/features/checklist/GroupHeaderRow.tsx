import type { Row } from '@tanstack/react-table';
import { ChevronDown, ChevronRight } from 'lucide-react';
import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { plural } from '../../lib/format-date';
import { categoryLabel, labelFor } from '../../lib/requirement-labels';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';

/** The text of a group row: the workstream or category it heads, and how many items it holds. */
export function groupLabel(row: Row<ChecklistItem>): string {
  const value = String(row.groupingValue ?? '');
  return row.groupingColumnId === 'workstream'
    ? labelFor(WORKSTREAM_LABELS, value)
    : categoryLabel(value);
}

/** A workstream or category heading inside the table; it folds its rows away. */
export function GroupHeaderCell({ row }: { row: Row<ChecklistItem> }) {
  const expanded = row.getIsExpanded();
  const Icon = expanded ? ChevronDown : ChevronRight;
  const count = row.getLeafRows().filter((r) => !r.getIsGrouped()).length;
  const label = groupLabel(row);
  return (
    <button
      type="button"
      className="group-toggle"
      aria-expanded={expanded}
      onClick={row.getToggleExpandedHandler()}
    >
      <Icon size={14} aria-hidden="true" />
      <span className="group-name">{label}</span>
      <span className="group-count">{plural(count, 'item')}</span>
    </button>
  );
}
