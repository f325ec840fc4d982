/**
 * The checklist table's columns. Workstream and category are hidden: they become the group
 * rows. A first click sorts the useful way: what needs attention, the soonest due, the most evidence.
 */
import { createColumnHelper, type FilterFn, type SortingFn } from '@tanstack/react-table';
import type { ChecklistItem, ItemStatus } from '../../../../shared/checklist-schema';
import { formatCount } from '../../lib/format-date';
import { UNASSIGNED } from '../../stores/checklist-store';
import { DueDateCell } from './DueDateCell';
import { ItemTitleCell } from './ItemTitleCell';
import { RowCheckbox } from './RowCheckbox';
import { RowStatusSelect } from './RowStatusSelect';
import { SelectAllCheckbox } from './SelectAllCheckbox';
import { matchesSearch } from './checklist-row';

const col = createColumnHelper<ChecklistItem>();

/** Statuses in the order they need attention: blocked first, done and not applicable last. */
const ATTENTION: readonly ItemStatus[] = ['blocked', 'todo', 'in_progress', 'in_review', 'signed_off', 'not_applicable'];

/** Sorts the items inside their group; the workstream and category rows keep their order. */
function withinGroups(compare: (a: ChecklistItem, b: ChecklistItem) => number): SortingFn<ChecklistItem> {
  return (a, b) => (a.getIsGrouped() || b.getIsGrouped() ? 0 : compare(a.original, b.original));
}

const equals: FilterFn<ChecklistItem> = (row, columnId, value: string) => !value || row.getValue(columnId) === value;

const ownerFilter: FilterFn<ChecklistItem> = (row, _columnId, value: string) =>
  !value || (value === UNASSIGNED ? row.original.owner.trim() === '' : row.original.owner === value);

export const checklistSearch: FilterFn<ChecklistItem> = (row, _columnId, value: string) => matchesSearch(row.original, value);

export function checklistColumns(today: string) {
  return [
    col.accessor('workstream', { id: 'workstream', filterFn: equals, enableGrouping: true }),
    col.accessor('category', { id: 'category', filterFn: equals, enableGrouping: true }),
    col.display({
      id: 'select',
      header: ({ table }) => <SelectAllCheckbox ids={table.getFilteredRowModel().rows.map((r) => r.original.id)} />,
      cell: ({ row }) => <RowCheckbox id={row.original.id} title={row.original.title} />,
    }),
    col.accessor('title', {
      id: 'title',
      header: 'Requirement',
      sortingFn: withinGroups((a, b) => a.title.localeCompare(b.title, 'en')),
      sortDescFirst: false,
      cell: ({ row }) => <ItemTitleCell item={row.original} />,
    }),
    col.accessor('status', {
      id: 'status',
      header: 'Status',
      filterFn: equals,
      sortingFn: withinGroups((a, b) => ATTENTION.indexOf(a.status) - ATTENTION.indexOf(b.status)),
      sortDescFirst: false,
      cell: ({ row }) => <RowStatusSelect item={row.original} />,
    }),
    col.accessor('owner', {
      id: 'owner',
      header: 'Owner',
      filterFn: ownerFilter,
      sortingFn: withinGroups((a, b) => a.owner.localeCompare(b.owner, 'en')),
      sortDescFirst: false,
      meta: { priority: 2 },
      cell: ({ getValue }) => getValue() || <span className="muted">Unassigned</span>,
    }),
    col.accessor('dueDate', {
      id: 'dueDate',
      header: 'Due',
      // Soonest first, items without a due date after them.
      sortingFn: withinGroups((a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31')),
      sortDescFirst: false,
      cell: ({ row }) => <DueDateCell item={row.original} today={today} />,
    }),
    col.accessor((i) => i.evidence.length, {
      id: 'evidence',
      header: 'Evidence',
      sortingFn: withinGroups((a, b) => a.evidence.length - b.evidence.length),
      sortDescFirst: true,
      meta: { numeric: true, priority: 3 },
      cell: ({ getValue }) => (getValue() === 0 ? <span className="muted">None</span> : formatCount(getValue())),
    }),
  ];
}
