import type { ReactNode } from 'react';

interface TableSummaryRowProps {
  /** "12 entries", "Showing 3 of 12 requirements"; read out when it changes. */
  summary?: ReactNode;
  /** Offer "Show every column": the table has columns narrow windows hide. */
  toggle: boolean;
  allColumns: boolean;
  onAllColumns(all: boolean): void;
}

/** The line above a table: how many rows it shows and, on narrow windows, "Show every column". */
export function TableSummaryRow({ summary, toggle, allColumns, onAllColumns }: TableSummaryRowProps) {
  if (!summary && !toggle) return null;
  return (
    <div className={summary ? 'table-summary-row' : 'table-summary-row toggle-only'}>
      <p className="table-summary" role="status">
        {summary}
      </p>
      {toggle ? (
        <label className="checkbox columns-toggle">
          <input type="checkbox" checked={allColumns} onChange={(e) => onAllColumns(e.target.checked)} />
          Show every column
        </label>
      ) : null}
    </div>
  );
}
