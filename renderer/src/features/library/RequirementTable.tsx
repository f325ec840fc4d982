import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { NoMatches } from '../../components/NoMatches';
import { VirtualTable } from '../../components/VirtualTable';
import { formatCount, plural } from '../../lib/format-date';
import { useLibrary } from '../../stores/library-store';
import type { LibraryRow } from './library-row';
import { librarySearch, requirementColumns } from './requirement-columns';

const WIDTHS: Record<string, string | undefined> = {
  jurisdiction: '144px',
  category: '176px',
  pack: '208px',
  verified: '128px',
  lastReviewed: '120px',
};

/** Every requirement in the library: searchable, filterable, sortable; only rows near the viewport are in the DOM. */
export function RequirementTable({ rows }: { rows: LibraryRow[] }) {
  const filters = useLibrary((s) => s.filters);
  const clearFilters = useLibrary((s) => s.clearFilters);
  const [sorting, setSorting] = useState<SortingState>([]);
  const columnFilters = useMemo<ColumnFiltersState>(
    () =>
      (['jurisdiction', 'category', 'pack', 'verified'] as const)
        .filter((key) => filters[key] !== '')
        .map((key) => ({ id: key, value: filters[key] })),
    [filters],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns unmemoizable functions; this component is not compiled.
  const table = useReactTable({
    data: rows,
    columns: requirementColumns,
    state: { sorting, columnFilters, globalFilter: filters.search },
    onSortingChange: setSorting,
    globalFilterFn: librarySearch,
    getColumnCanGlobalFilter: () => true,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (r) => r.entry.requirement.id,
  });
  const shown = table.getRowModel().rows.length;

  return (
    <VirtualTable
      table={table}
      className="library-table"
      caption="Requirements in the library. Select a column header to sort; open a title for the full requirement."
      widths={WIDTHS}
      estimateSize={() => 56}
      summary={shown === rows.length ? plural(rows.length, 'requirement') : `Showing ${formatCount(shown)} of ${plural(rows.length, 'requirement')}`}
      empty={shown === 0 ? <NoMatches what="requirements" onClear={clearFilters} /> : null}
    />
  );
}
