import { getCoreRowModel, useReactTable, type SortingState, type VisibilityState } from '@tanstack/react-table';
import type { ReviewSort, ReviewView } from '../../../../shared/signoff-schema';
import { VirtualTable } from '../../components/VirtualTable';
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

  return (
    <VirtualTable
      table={table}
      className="review-table"
      caption={
        <>
          {view === 'pending' ? 'Items awaiting a legal decision.' : 'Items and their latest legal decision.'} Select a column header to sort; select a row or press Enter on it
          to open the item.
        </>
      }
      widths={WIDTHS}
      estimateSize={() => 64}
      rowClassName={(row) => (row.original.entry.item.staleReason ? 'review-row review-row-stale' : 'review-row')}
      onOpenRow={(row) => openItem(row.id)}
      focusableRows
    />
  );
}
