import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { ColumnWidths } from '../../components/ColumnWidths';
import { DataCell } from '../../components/DataCell';
import { NoMatches } from '../../components/NoMatches';
import { SpacerRow } from '../../components/SpacerRow';
import { TableHead } from '../../components/TableHead';
import '../../lib/table-meta';
import { virtualPadding } from '../../lib/virtual-padding';
import { useChecklist } from '../../stores/checklist-store';
import { GroupHeaderCell } from './GroupHeaderRow';
import type { ChecklistTableInstance } from './use-checklist-table';

/** Column widths keep the layout still while rows scroll in and out. */
const WIDTHS: Record<string, string | undefined> = { select: '44px', status: '196px', owner: '168px', dueDate: '150px', evidence: '96px' };

/**
 * The checklist, grouped by workstream then category. Only the rows near the
 * viewport are in the DOM, so hundreds of items stay fast.
 */
export function ChecklistTable({ table }: { table: ChecklistTableInstance }) {
  const clearFilters = useChecklist((s) => s.clearFilters);
  const selected = useChecklist((s) => s.selected);
  const rows = table.getRowModel().rows;
  const leafCount = table.getFilteredRowModel().rows.length;
  const visibleColumns = table.getVisibleLeafColumns();

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns unmemoizable functions; this component is not compiled.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.getIsGrouped() ? 40 : 72),
    getItemKey: (i) => rows[i]?.id ?? i,
    overscan: 8,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const padding = virtualPadding(virtualizer);

  return (
    <div className="checklist-scroll" ref={scrollRef}>
      <table className="data-table checklist-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          Checklist items grouped by workstream and category. Open an item's title for its requirement, evidence and notes.
        </caption>
        <ColumnWidths columns={visibleColumns} widths={WIDTHS} />
        <TableHead table={table} sortable={false} rowIndex />
        <tbody>
          <SpacerRow columns={visibleColumns.length} height={padding.top} />
          {virtualRows.map((v) => {
            const row = rows[v.index];
            if (!row) return null;
            if (row.getIsGrouped()) {
              return (
                <tr
                  key={row.id}
                  ref={virtualizer.measureElement}
                  data-index={v.index}
                  aria-rowindex={v.index + 2}
                  className={row.groupingColumnId === 'workstream' ? 'group-row group-workstream' : 'group-row group-category'}
                >
                  <td colSpan={visibleColumns.length}>
                    <GroupHeaderCell row={row} />
                  </td>
                </tr>
              );
            }
            return (
              <tr
                key={row.id}
                ref={virtualizer.measureElement}
                data-index={v.index}
                aria-rowindex={v.index + 2}
                className={['item-row', row.original.status === 'not_applicable' ? 'row-muted' : null, selected.has(row.original.id) ? 'row-selected' : null]
                  .filter(Boolean)
                  .join(' ')}
              >
                {row.getVisibleCells().map((cell) => (
                  <DataCell key={cell.id} cell={cell} />
                ))}
              </tr>
            );
          })}
          <SpacerRow columns={visibleColumns.length} height={padding.bottom} />
        </tbody>
      </table>
      {leafCount === 0 ? <NoMatches what="checklist items" onClear={clearFilters} /> : null}
    </div>
  );
}
