import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { NoMatches } from '../../components/NoMatches';
import { VirtualTable } from '../../components/VirtualTable';
import { plural } from '../../lib/format-date';
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
  const shown = table.getRowModel().rows.length;

  return (
    <VirtualTable
      table={table}
      className="portfolio-table"
      scrollClassName="portfolio-scroll"
      caption="Market entries. Select a column header to sort."
      estimateSize={() => 57}
      summary={shown !== rows.length ? `Showing ${shown} of ${plural(rows.length, 'entry', 'entries')}` : plural(rows.length, 'entry', 'entries')}
      rowClassName={(row) => (row.original.entry.archived ? 'row-archived' : undefined)}
      onOpenRow={(row) => navigate({ name: 'entry', id: row.original.entry.id })}
      empty={shown === 0 ? <NoMatches what="market entries" onClear={clearFilters} /> : null}
    />
  );
}
