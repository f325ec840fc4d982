import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { ColumnWidths } from '../../components/ColumnWidths';
import { DataCell } from '../../components/DataCell';
import { NoMatches } from '../../components/NoMatches';
import { SpacerRow } from '../../components/SpacerRow';
import { TableHead } from '../../components/TableHead';
import { formatCount, plural } from '../../lib/format-date';
import '../../lib/table-meta';
import { virtualPadding } from '../../lib/virtual-padding';
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
  const visible = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 56,
    getItemKey: (i) => visible[i]?.id ?? i,
    overscan: 10,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const padding = virtualPadding(virtualizer);

  return (
    <>
      <p className="table-summary" role="status">
        {visible.length === rows.length
          ? plural(rows.length, 'requirement')
          : `Showing ${formatCount(visible.length)} of ${plural(rows.length, 'requirement')}`}
      </p>
      <div className="table-scroll" ref={scrollRef}>
        <table className="data-table library-table" aria-rowcount={visible.length + 1}>
          <caption className="visually-hidden">Requirements in the library. Select a column header to sort; open a title for the full requirement.</caption>
          <ColumnWidths columns={columns} widths={WIDTHS} />
          <TableHead table={table} rowIndex />
          <tbody>
            <SpacerRow columns={columns.length} height={padding.top} />
            {virtualRows.map((v) => {
              const row = visible[v.index];
              if (!row) return null;
              return (
                <tr key={row.id} ref={virtualizer.measureElement} data-index={v.index} aria-rowindex={v.index + 2}>
                  {row.getVisibleCells().map((cell) => (
                    <DataCell key={cell.id} cell={cell} />
                  ))}
                </tr>
              );
            })}
            <SpacerRow columns={columns.length} height={padding.bottom} />
          </tbody>
        </table>
        {visible.length === 0 ? <NoMatches what="requirements" onClear={clearFilters} /> : null}
      </div>
    </>
  );
}
