import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
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
        <colgroup>
          {table.getVisibleLeafColumns().map((c) => (
            <col key={c.id} style={{ width: WIDTHS[c.id] }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const numeric = header.column.columnDef.meta?.numeric;
                if (!header.column.getCanSort()) {
                  return (
                    <th key={header.id} scope="col" className={numeric ? 'numeric' : undefined}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                    </th>
                  );
                }
                const sorted = header.column.getIsSorted();
                const SortIcon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={numeric ? 'numeric' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
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
          {visible.map((row) => (
            <tr
              key={row.id}
              tabIndex={0}
              className={row.original.entry.item.staleReason ? 'review-row review-row-stale' : 'review-row'}
              onClick={() => openItem(row.id)}
              onKeyDown={(e) => onRowKey(e, row.id)}
            >
              {row.getVisibleCells().map((cell) => {
                const meta = cell.column.columnDef.meta;
                return (
                  <td key={cell.id} className={[meta?.numeric ? 'numeric' : null, meta?.nowrap ? 'nowrap' : null].filter(Boolean).join(' ') || undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
