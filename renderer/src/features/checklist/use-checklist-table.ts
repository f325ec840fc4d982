/** The checklist's TanStack table: filtered by the store's filters, grouped by workstream then category, sorted within the groups. */
import {
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type ExpandedState,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { localToday } from '../../../../shared/domain/iso-date';
import { useChecklist } from '../../stores/checklist-store';
import { checklistColumns, checklistSearch } from './checklist-columns';
import { sortForChecklist } from './checklist-row';

const GROUPING = ['workstream', 'category'];
const HIDDEN = { workstream: false, category: false };

export function useChecklistTable(items: ChecklistItem[]) {
  const filters = useChecklist((s) => s.filters);
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const [sorting, setSorting] = useState<SortingState>([]);
  const today = localToday();
  const columns = useMemo(() => checklistColumns(today), [today]);
  const data = useMemo(() => sortForChecklist(items), [items]);
  const columnFilters = useMemo<ColumnFiltersState>(
    () =>
      (['status', 'owner', 'category', 'workstream'] as const)
        .filter((key) => filters[key] !== '')
        .map((key) => ({ id: key, value: filters[key] })),
    [filters],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns unmemoizable functions; this hook is not compiled.
  return useReactTable({
    data,
    columns,
    state: { grouping: GROUPING, expanded, sorting, columnFilters, globalFilter: filters.search, columnVisibility: HIDDEN },
    onExpandedChange: setExpanded,
    onSortingChange: setSorting,
    globalFilterFn: checklistSearch,
    getColumnCanGlobalFilter: () => true,
    groupedColumnMode: false,
    autoResetExpanded: false,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    getRowId: (item) => item.id,
  });
}

export type ChecklistTableInstance = ReturnType<typeof useChecklistTable>;
