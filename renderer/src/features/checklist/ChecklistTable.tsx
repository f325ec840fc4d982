import { flexRender } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { FilterX } from 'lucide-react';
import { useRef } from 'react';
import { Button } from '../../components/Button';
import '../../lib/table-meta';
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
  const paddingTop = virtualRows[0]?.start ?? 0;
  const paddingBottom = virtualRows.length > 0 ? virtualizer.getTotalSize() - (virtualRows[virtualRows.length - 1]?.end ?? 0) : 0;

  return (
    <div className="checklist-scroll" ref={scrollRef}>
      <table className="data-table checklist-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          Checklist items grouped by workstream and category. Open an item's title for its requirement, evidence and notes.
        </caption>
        <colgroup>
          {visibleColumns.map((c) => (
            <col key={c.id} style={{ width: WIDTHS[c.id] }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={header.column.columnDef.meta?.numeric ? 'numeric' : undefined}>
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={visibleColumns.length} style={{ height: paddingTop }} />
            </tr>
          ) : null}
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
                  <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'numeric' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={visibleColumns.length} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
      {leafCount === 0 ? (
        <div className="table-empty">
          <p>No checklist items match these filters.</p>
          <Button icon={FilterX} onClick={clearFilters}>
            Clear filters
          </Button>
        </div>
      ) : null}
    </div>
  );
}
