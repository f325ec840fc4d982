import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown, FilterX } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { formatCount, plural } from '../../lib/format-date';
import '../../lib/table-meta';
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
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualRows.length > 0 ? virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0) : 0;

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
          <colgroup>
            {columns.map((c) => (
              <col key={c.id} style={{ width: WIDTHS[c.id] }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const SortIcon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <SortIcon size={14} aria-hidden="true" className={sorted ? 'sort-icon active' : 'sort-icon'} />
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 ? (
              <tr aria-hidden="true" className="spacer-row">
                <td colSpan={columns.length} style={{ height: paddingTop }} />
              </tr>
            ) : null}
            {virtualRows.map((v) => {
              const row = visible[v.index];
              if (!row) return null;
              return (
                <tr key={row.id} ref={virtualizer.measureElement} data-index={v.index} aria-rowindex={v.index + 2}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              );
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true" className="spacer-row">
                <td colSpan={columns.length} style={{ height: paddingBottom }} />
              </tr>
            ) : null}
          </tbody>
        </table>
        {visible.length === 0 ? (
          <div className="table-empty">
            <p>No requirements match these filters.</p>
            <Button icon={FilterX} onClick={clearFilters}>
              Clear filters
            </Button>
          </div>
        ) : null}
      </div>
    </>
  );
}
