import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { PlanTaskView } from '../../../../shared/plan-schema';
import { ColumnWidths } from '../../components/ColumnWidths';
import { DataCell } from '../../components/DataCell';
import { TableHead } from '../../components/TableHead';
import '../../lib/table-meta';
import { orderTasks } from './gantt-layout';
import { taskColumns } from './task-columns';

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
 * % done edited in place. The title opens the task editor for everything else.
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

  return (
    <div className="table-wrap">
      <table className="data-table task-table">
        <caption className="visually-hidden">
          Tasks of the readiness plan. Owner, duration and % done can be changed in place; a task's title opens its editor.
        </caption>
        <ColumnWidths columns={table.getVisibleLeafColumns()} widths={WIDTHS} />
        <TableHead table={table} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={row.original.schedule.critical ? 'task-row is-critical' : 'task-row'}>
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
