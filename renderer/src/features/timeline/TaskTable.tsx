import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { PlanTaskView } from '../../../../shared/plan-schema';
import { VirtualTable } from '../../components/VirtualTable';
import { orderTasks } from './gantt-layout';
import { taskColumns } from './task-columns';
import './task-table.css';

/** Fixed widths for the figures; the task's title takes the rest. */
const WIDTHS: Record<string, string | undefined> = {
  workstream: '140px',
  owner: '116px',
  duration: '96px',
  percent: '72px',
  start: '100px',
  finish: '100px',
  slack: '68px',
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

  return (
    <VirtualTable
      table={table}
      className="task-table"
      scrollClassName="task-table-scroll"
      caption="Tasks of the readiness plan. Owner, duration and % done can be changed in place; a task's title opens its editor."
      widths={WIDTHS}
      estimateSize={() => 45}
      rowClassName={(row) => (row.original.schedule.critical ? 'task-row is-critical' : 'task-row')}
    />
  );
}
