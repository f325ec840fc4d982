/** The checklist table's columns. Workstream and category are hidden: they become the group rows. */
import { createColumnHelper, type FilterFn } from '@tanstack/react-table';
import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { formatCount } from '../../lib/format-date';
import { UNASSIGNED } from '../../stores/checklist-store';
import { DueDateCell } from './DueDateCell';
import { ItemTitleCell } from './ItemTitleCell';
import { RowCheckbox } from './RowCheckbox';
import { RowStatusSelect } from './RowStatusSelect';
import { SelectAllCheckbox } from './SelectAllCheckbox';
import { matchesSearch } from './checklist-row';

const col = createColumnHelper<ChecklistItem>();

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
      cell: ({ row }) => <ItemTitleCell item={row.original} />,
    }),
    col.accessor('status', {
      id: 'status',
      header: 'Status',
      filterFn: equals,
      cell: ({ row }) => <RowStatusSelect item={row.original} />,
    }),
    col.accessor('owner', {
      id: 'owner',
      header: 'Owner',
      filterFn: ownerFilter,
      cell: ({ getValue }) => getValue() || <span className="muted">Unassigned</span>,
    }),
    col.accessor('dueDate', {
      id: 'dueDate',
      header: 'Due',
      cell: ({ row }) => <DueDateCell item={row.original} today={today} />,
    }),
    col.accessor((i) => i.evidence.length, {
      id: 'evidence',
      header: 'Evidence',
      meta: { numeric: true },
      cell: ({ getValue }) => (getValue() === 0 ? <span className="muted">None</span> : formatCount(getValue())),
    }),
  ];
}
