import { getCoreRowModel, useReactTable, type SortingState, type VisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import type { ReviewSort, ReviewView } from '../../../../shared/signoff-schema';
import { ColumnWidths } from '../../components/ColumnWidths';
import { DataCell } from '../../components/DataCell';
import { SpacerRow } from '../../components/SpacerRow';
import { TableHead } from '../../components/TableHead';
import '../../lib/table-meta';
import { virtualPadding } from '../../lib/virtual-padding';
import { useReview } from '../../stores/review-store';
import { reviewColumns } from './review-columns';
import type { ReviewRow } from './review-row';
import './review-queue.css';

const WIDTHS: Record<string, string | undefined> = {
  market: '184px',
  category: '176px',
  dueDate: '136px',
  evidence: '96px',
  decidedAt: '184px',
  expires: '152px',
  source: '150px',
};

/** Which columns each tab shows. */
const HIDDEN: Record<ReviewView, VisibilityState> = {
  pending: { decidedAt: false, expires: false },
  approved: { dueDate: false, evidence: false, expires: false },
  conditional: { dueDate: false, evidence: false, category: false },
  rejected: { dueDate: false, evidence: false, expires: false },
};

/**
 * One page of the queue, sorted by the backend (a header click asks for the page again in
 * the new order). Only the rows near the viewport are in the DOM. Rows are focusable: Enter
 * (or a click) opens the item; arrow keys move between rows.
 */
export function ReviewQueueTable({ rows, view, sort }: { rows: ReviewRow[]; view: ReviewView; sort: { by: ReviewSort; desc: boolean } }) {
  const openItem = useReview((s) => s.openItem);
  const setQuery = useReview((s) => s.setQuery);
  const sorting: SortingState = [{ id: sort.by, desc: sort.desc }];

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns unmemoizable functions; this component is not compiled.
  const table = useReactTable({
    data: rows,
    columns: reviewColumns,
    state: { sorting, columnVisibility: HIDDEN[view] },
    manualSorting: true,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first) void setQuery({ sort: { by: first.id as ReviewSort, desc: first.desc } });
    },
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.entry.item.id,
  });
  const visible = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    getItemKey: (i) => visible[i]?.id ?? i,
    overscan: 8,
  });
  const padding = virtualPadding(virtualizer);

  function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, index: number) {
    if (e.target !== e.currentTarget) return;
    const row = visible[index];
    if (!row) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openItem(row.id);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = index + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0 || next >= visible.length) return;
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${next}"]`)?.focus());
    }
  }

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="data-table review-table" aria-rowcount={visible.length + 1}>
        <caption className="visually-hidden">
          {view === 'pending' ? 'Items awaiting a legal decision.' : 'Items and their latest legal decision.'} Select a column header to sort; select a row or press Enter on
          it to open the item.
        </caption>
        <ColumnWidths columns={columns} widths={WIDTHS} />
        <TableHead table={table} rowIndex />
        <tbody>
          <SpacerRow columns={columns.length} height={padding.top} />
          {virtualizer.getVirtualItems().map((v) => {
            const row = visible[v.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                ref={virtualizer.measureElement}
                data-index={v.index}
                aria-rowindex={v.index + 2}
                tabIndex={0}
                className={row.original.entry.item.staleReason ? 'review-row review-row-stale' : 'review-row'}
                onClick={() => openItem(row.id)}
                onKeyDown={(e) => onRowKey(e, v.index)}
              >
                {row.getVisibleCells().map((cell) => (
                  <DataCell key={cell.id} cell={cell} />
                ))}
              </tr>
            );
          })}
          <SpacerRow columns={columns.length} height={padding.bottom} />
        </tbody>
      </table>
    </div>
  );
}
