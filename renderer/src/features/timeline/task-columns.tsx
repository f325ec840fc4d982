/**
 * The task list's columns: Task, Workstream, Owner, Duration, % done, Start, Finish, Slack,
 * Critical, Baseline slip. A first click sorts the useful way: A–Z, the longest, the least
 * done, the soonest, the least slack, critical first, the most slipped; narrow windows
 * leave out workstream, critical and slack first.
 */
import { createColumnHelper } from '@tanstack/react-table';
import type { PlanTaskView } from '../../../../shared/plan-schema';
import { WORKSTREAMS, type Workstream } from '../../../../shared/requirements/pack-schema';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import '../../lib/table-meta';
import { BaselineSlipCell } from './BaselineSlipCell';
import { TaskDateCell } from './TaskDateCell';
import { TaskDurationCell } from './TaskDurationCell';
import { TaskOwnerCell } from './TaskOwnerCell';
import { TaskPercentCell } from './TaskPercentCell';
import { TaskTitleCell } from './TaskTitleCell';

const col = createColumnHelper<PlanTaskView>();

export const taskColumns = [
  col.accessor('title', {
    id: 'title',
    header: 'Task',
    sortDescFirst: false,
    cell: ({ row }) => <TaskTitleCell task={row.original} />,
  }),
  col.accessor('workstream', {
    id: 'workstream',
    header: 'Workstream',
    sortDescFirst: false,
    meta: { priority: 3 },
    sortingFn: (a, b) => WORKSTREAMS.indexOf(a.original.workstream as Workstream) - WORKSTREAMS.indexOf(b.original.workstream as Workstream),
    cell: ({ getValue }) => WORKSTREAM_LABELS[getValue()],
  }),
  col.accessor('owner', {
    id: 'owner',
    header: 'Owner',
    sortDescFirst: false,
    cell: ({ row }) => <TaskOwnerCell task={row.original} />,
  }),
  col.accessor('durationDays', {
    id: 'duration',
    header: () => (
      <span className="th-two-line">
        Duration<span className="th-sub">business days</span>
      </span>
    ),
    sortDescFirst: true,
    meta: { numeric: true },
    cell: ({ row }) => <TaskDurationCell task={row.original} />,
  }),
  col.accessor('percentComplete', {
    id: 'percent',
    header: '% done',
    sortDescFirst: false,
    meta: { numeric: true },
    cell: ({ row }) => <TaskPercentCell task={row.original} />,
  }),
  col.accessor((t) => t.schedule.earlyStart, {
    id: 'start',
    header: 'Start',
    sortDescFirst: false,
    meta: { nowrap: true },
    cell: ({ row }) => <TaskDateCell date={row.original.schedule.earlyStart} actual={row.original.actualStart !== null} />,
  }),
  col.accessor((t) => t.schedule.earlyFinish, {
    id: 'finish',
    header: 'Finish',
    sortDescFirst: false,
    meta: { nowrap: true },
    cell: ({ row }) => <TaskDateCell date={row.original.schedule.earlyFinish} actual={row.original.actualFinish !== null} />,
  }),
  col.accessor((t) => t.schedule.totalSlack, {
    id: 'slack',
    header: 'Slack',
    sortDescFirst: false,
    meta: { numeric: true, priority: 2 },
    cell: ({ getValue }) => <span className="figure">{getValue()}</span>,
  }),
  col.accessor((t) => t.schedule.critical, {
    id: 'critical',
    header: 'Critical',
    sortDescFirst: false,
    meta: { priority: 3 },
    sortingFn: (a, b) => Number(b.original.schedule.critical) - Number(a.original.schedule.critical),
    cell: ({ getValue }) => (getValue() ? <span className="critical-tag">Critical</span> : <span className="muted">No</span>),
  }),
  col.accessor((t) => t.baseline?.finishSlipDays ?? null, {
    id: 'slip',
    header: 'Baseline slip',
    sortDescFirst: true,
    meta: { numeric: true },
    sortUndefined: 'last',
    cell: ({ row }) => <BaselineSlipCell task={row.original} />,
  }),
];

