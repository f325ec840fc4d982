import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { ColumnWidths } from '../../components/ColumnWidths';
import { DataCell } from '../../components/DataCell';
import { TableHead } from '../../components/TableHead';
import '../../lib/table-meta';
import { useReview } from '../../stores/review-store';
import { reviewColumns } from './review-columns';
import type { ReviewRow } from './review-row';

const WIDTHS: Record<string, string | undefined> = {
  market: '184px',
  category: '176px',
  dueDate: '136px',
  evidence: '96px',
  source: '176px',
};

/** Every item awaiting a decision. Rows are focusable: Enter (or a click) opens the decision dialog; arrow keys move between rows. */
export function ReviewQueueTable({ rows, market }: { rows: ReviewRow[]; market: string | undefined }) {
  const openItem = useReview((s) => s.openItem);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'dueDate', desc: false }]);
  const columnFilters = useMemo<ColumnFiltersState>(() => (market ? [{ id: 'market', value: market }] : []), [market]);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns unmemoizable functions; this component is not compiled.
  const table = useReactTable({
    data: rows,
    columns: reviewColumns,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (r) => r.entry.item.id,
  });
  const visible = table.getRowModel().rows;

  function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, itemId: string) {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openItem(itemId);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
      if (next instanceof HTMLElement) next.focus();
    }
  }

  return (
    <div className="table-wrap">
      <table className="data-table review-table">
        <caption className="visually-hidden">
          Items awaiting a legal decision. Select a column header to sort; select a row or press Enter on it to open the decision dialog.
        </caption>
        <ColumnWidths columns={table.getVisibleLeafColumns()} widths={WIDTHS} />
        <TableHead table={table} />
        <tbody>
          {visible.map((row) => (
            <tr
              key={row.id}
              tabIndex={0}
              className={row.original.entry.item.staleReason ? 'review-row review-row-stale' : 'review-row'}
              onClick={() => openItem(row.id)}
              onKeyDown={(e) => onRowKey(e, row.id)}
            >
              {row.getVisibleCells().map((cell) => (
                <DataCell key={cell.id} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
