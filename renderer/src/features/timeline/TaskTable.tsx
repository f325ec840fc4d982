import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { PlanTaskView } from '../../../../shared/plan-schema';
import { ColumnWidths } from '../../components/ColumnWidths';
import { DataCell } from '../../components/DataCell';
import { SpacerRow } from '../../components/SpacerRow';
import { TableHead } from '../../components/TableHead';
import '../../lib/table-meta';
import { virtualPadding } from '../../lib/virtual-padding';
import { orderTasks } from './gantt-layout';
import { taskColumns } from './task-columns';
import './task-table.css';

/** Fixed widths for the figures; the task's title takes the rest. */
const WIDTHS: Record<string, string | undefined> = {
  workstream: '140px',
  owner: '116px',
  duration: '80px',
  percent: '72px',
  start: '100px',
  finish: '100px',
  slack: '56px',
  critical: '76px',
  slip: '108px',
};

/**
 * Every task in the Gantt's order (sortable by any column), with owner, duration and
 * % done edited in place. The title opens the task editor for everything else. Only the
 * rows near the viewport are in the DOM.
 */
export function TaskTable({ tasks, withBaseline }: { tasks: PlanTaskView[]; withBaseline: boolean }) {
  const data = useMemo(() => orderTasks(tasks), [tasks]);
  const [sorting, setSorting] = useState<SortingState>([]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns unmemoizable functions; this component is not compiled.
  const table = useReactTable({
    data,
    columns: taskColumns,
    state: { sorting, columnVisibility: { slip: withBaseline } },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (t) => t.id,
  });

  const rows = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 45,
    getItemKey: (i) => rows[i]?.id ?? i,
    overscan: 10,
  });
  const padding = virtualPadding(virtualizer);

  return (
    <div className="table-scroll task-table-scroll" ref={scrollRef}>
      <table className="data-table task-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          Tasks of the readiness plan. Owner, duration and % done can be changed in place; a task's title opens its editor.
        </caption>
        <ColumnWidths columns={columns} widths={WIDTHS} />
        <TableHead table={table} rowIndex />
        <tbody>
          <SpacerRow columns={columns.length} height={padding.top} />
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                ref={virtualizer.measureElement}
                data-index={v.index}
                aria-rowindex={v.index + 2}
                className={row.original.schedule.critical ? 'task-row is-critical' : 'task-row'}
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
