import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { DataCell } from '../../components/DataCell';
import { NoMatches } from '../../components/NoMatches';
import { SpacerRow } from '../../components/SpacerRow';
import { virtualPadding } from '../../lib/virtual-padding';
import { plural } from '../../lib/format-date';
import { TableHead } from '../../components/TableHead';
import '../../lib/table-meta';
import { usePortfolio } from '../../stores/portfolio-store';
import { useRouter } from '../../stores/router-store';
import { portfolioColumns, searchFilter } from './portfolio-columns';
import type { PortfolioRow } from './portfolio-row';

interface PortfolioTableProps {
  rows: PortfolioRow[];
}

/** Every market entry, sorted and filtered in the page; only the rows near the viewport are in the DOM. */
export function PortfolioTable({ rows }: PortfolioTableProps) {
  const filters = usePortfolio((s) => s.filters);
  const sorting = usePortfolio((s) => s.sorting);
  const setSorting = usePortfolio((s) => s.setSorting);
  const clearFilters = usePortfolio((s) => s.clearFilters);
  const navigate = useRouter((s) => s.navigate);

  const columnFilters = useMemo<ColumnFiltersState>(
    () =>
      (['country', 'region', 'status'] as const)
        .filter((key) => filters[key] !== '')
        .map((key) => ({ id: key, value: filters[key] })),
    [filters],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns unmemoizable functions; this component is not compiled.
  const table = useReactTable({
    data: rows,
    columns: portfolioColumns,
    state: { sorting, columnFilters, globalFilter: filters.search },
    onSortingChange: (updater) => setSorting(typeof updater === 'function' ? updater(sorting) : updater),
    globalFilterFn: searchFilter,
    getColumnCanGlobalFilter: () => true,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.entry.id,
  });

  const visible = table.getRowModel().rows;
  // Narrow windows hide the lower-priority columns; this brings them back.
  const [allColumns, setAllColumns] = useState(false);
  const filtered = visible.length !== rows.length;
  const columns = table.getVisibleLeafColumns().length;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 57,
    getItemKey: (i) => visible[i]?.id ?? i,
    overscan: 10,
  });
  const padding = virtualPadding(virtualizer);

  return (
    <>
    <div className="table-summary-row">
      <p className="table-summary" role="status">
        {filtered
          ? `Showing ${visible.length} of ${plural(rows.length, 'entry', 'entries')}`
          : plural(rows.length, 'entry', 'entries')}
      </p>
      <label className="checkbox columns-toggle">
        <input type="checkbox" checked={allColumns} onChange={(e) => setAllColumns(e.target.checked)} />
        Show every column
      </label>
    </div>
    <div className="table-scroll portfolio-scroll" ref={scrollRef}>
      <table className={allColumns ? 'data-table show-all-columns' : 'data-table'} aria-rowcount={visible.length + 1}>
        <caption className="visually-hidden">Market entries. Select a column header to sort.</caption>
        <TableHead table={table} rowIndex />
        <tbody>
          <SpacerRow columns={columns} height={padding.top} />
          {virtualizer.getVirtualItems().map((v) => {
            const row = visible[v.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                ref={virtualizer.measureElement}
                data-index={v.index}
                aria-rowindex={v.index + 2}
                className={row.original.entry.archived ? 'row-archived' : undefined}
                onClick={() => navigate({ name: 'entry', id: row.original.entry.id })}
              >
                {row.getVisibleCells().map((cell) => (
                  <DataCell key={cell.id} cell={cell} />
                ))}
              </tr>
            );
          })}
          <SpacerRow columns={columns} height={padding.bottom} />
        </tbody>
      </table>
      {visible.length === 0 ? <NoMatches what="market entries" onClear={clearFilters} /> : null}
    </div>
    </>
  );
}
