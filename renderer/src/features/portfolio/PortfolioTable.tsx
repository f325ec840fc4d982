import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { DataCell } from '../../components/DataCell';
import { NoMatches } from '../../components/NoMatches';
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
    <div className="table-wrap">
      <table className={allColumns ? 'data-table show-all-columns' : 'data-table'}>
        <caption className="visually-hidden">Market entries. Select a column header to sort.</caption>
        <TableHead table={table} />
        <tbody>
          {visible.map((row) => (
            <tr
              key={row.id}
              className={row.original.entry.archived ? 'row-archived' : undefined}
              onClick={() => navigate({ name: 'entry', id: row.original.entry.id })}
            >
              {row.getVisibleCells().map((cell) => (
                <DataCell key={cell.id} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length === 0 ? <NoMatches what="market entries" onClear={clearFilters} /> : null}
    </div>
    </>
  );
}
