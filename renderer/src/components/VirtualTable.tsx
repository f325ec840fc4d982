import type { Row, Table } from '@tanstack/react-table';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { columnsHiddenByPriority, useWindowWidth } from '../lib/column-priorities';
import '../lib/table-meta';
import { usePaneVirtualizer } from '../lib/use-pane-virtualizer';
import { virtualPadding } from '../lib/virtual-padding';
import { ColumnWidths } from './ColumnWidths';
import { DataCell } from './DataCell';
import { SpacerRow } from './SpacerRow';
import { TableHead } from './TableHead';
import { TableSummaryRow } from './TableSummaryRow';
import './virtual-table.css';

export interface VirtualTableProps<TData> {
  table: Table<TData>;
  /** The table's own class, beside `data-table`. */
  className: string;
  /** The wrapper's own class, beside `table-scroll` (tests and the bench find a list by it). */
  scrollClassName?: string;
  caption: ReactNode;
  /** Fixed column widths by column id; the others share the rest. */
  widths?: Record<string, string | undefined>;
  estimateSize(row: Row<TData> | undefined): number;
  /** Headers of sortable columns sort on click (false: a table that never sorts). */
  sortable?: boolean;
  /** The line above the table ("12 entries"). */
  summary?: ReactNode;
  /** A row's class. */
  rowClassName?(row: Row<TData>): string | undefined;
  /** Draws a row's content itself (a group header row); undefined draws its cells. */
  renderRow?(row: Row<TData>, columns: number): ReactNode | undefined;
  /** Opening a row by clicking it; with `focusableRows`, also by Enter or Space, the arrow keys moving between rows. */
  onOpenRow?(row: Row<TData>): void;
  focusableRows?: boolean;
  /** Shown under the table when no row is left (a "clear the filters" note). */
  empty?: ReactNode;
}

/**
 * A TanStack table whose rows are virtualised against the main pane (the one thing that
 * scrolls), its header sticky at the top. Columns with a `priority` hide on narrow
 * windows; "Show every column" above the table brings them back.
 */
export function VirtualTable<TData>(props: VirtualTableProps<TData>) {
  const { table, className, scrollClassName, caption, widths, estimateSize, sortable = true, summary, rowClassName, renderRow, onOpenRow, focusableRows, empty } = props;
  const [allColumns, setAllColumns] = useState(false);
  const rows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();
  const hidden = columnsHiddenByPriority(visibleColumns, useWindowWidth(), allColumns);
  const columns = visibleColumns.filter((c) => !hidden.has(c.id));
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const virtualizer = usePaneVirtualizer({
    anchor: bodyRef,
    count: rows.length,
    estimateSize: (i) => estimateSize(rows[i]),
    getItemKey: (i) => rows[i]?.id ?? i,
  });
  const padding = virtualPadding(virtualizer);

  function onRowKey(e: KeyboardEvent<HTMLTableRowElement>, index: number) {
    if (e.target !== e.currentTarget || !onOpenRow) return;
    const row = rows[index];
    if (!row) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpenRow(row);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = index + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0 || next >= rows.length) return;
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() => bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${next}"]`)?.focus());
    }
  }

  return (
    <>
      <TableSummaryRow summary={summary} toggle={hidden.size > 0 || allColumns} allColumns={allColumns} onAllColumns={setAllColumns} />
      <div className={['table-scroll', scrollClassName, allColumns ? 'show-all-columns' : null].filter(Boolean).join(' ')}>
        <table className={`data-table ${className}`} aria-rowcount={rows.length + 1}>
          <caption className="visually-hidden">{caption}</caption>
          {widths ? <ColumnWidths columns={columns} widths={widths} /> : null}
          <TableHead table={table} sortable={sortable} rowIndex hidden={hidden} />
          <tbody ref={bodyRef}>
            <SpacerRow columns={columns.length} height={padding.top} />
            {virtualizer.getVirtualItems().map((v) => {
              const row = rows[v.index];
              if (!row) return null;
              const own = renderRow?.(row, columns.length);
              return (
                <tr
                  key={row.id}
                  ref={virtualizer.measureElement}
                  data-index={v.index}
                  aria-rowindex={v.index + 2}
                  className={rowClassName?.(row)}
                  tabIndex={focusableRows && own === undefined ? 0 : undefined}
                  onClick={onOpenRow && own === undefined ? () => onOpenRow(row) : undefined}
                  onKeyDown={focusableRows ? (e) => onRowKey(e, v.index) : undefined}
                >
                  {own ??
                    row
                      .getVisibleCells()
                      .filter((cell) => !hidden.has(cell.column.id))
                      .map((cell) => <DataCell key={cell.id} cell={cell} />)}
                </tr>
              );
            })}
            <SpacerRow columns={columns.length} height={padding.bottom} />
          </tbody>
        </table>
        {empty}
      </div>
    </>
  );
}
