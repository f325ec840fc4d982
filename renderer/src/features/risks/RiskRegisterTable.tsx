import {
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type GroupingState,
  type SortingState,
} from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';
import type { RiskView } from '../../../../shared/risk-schema';
import { SearchField } from '../../components/SearchField';
import { TableHead } from '../../components/TableHead';
import { NoMatches } from '../../components/NoMatches';
import { riskColumns, type RiskColumnActions } from './risk-columns';

const GROUPS = { none: 'No grouping', category: 'Category', status: 'Status', level: 'Current level' } as const;
type Group = keyof typeof GROUPS;

/** The register: sort by any column, filter by text, group by category, status or level; owner, status and next review edit in place. */
export function RiskRegisterTable({ risks, actions }: { risks: RiskView[]; actions: RiskColumnActions }) {
  const id = useId();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'level', desc: true }]);
  const [filter, setFilter] = useState('');
  const [group, setGroup] = useState<Group>('none');
  // Stable between renders: a fresh array each time makes the table reset its expanded rows, render, and reset again.
  const grouping = useMemo<GroupingState>(() => (group === 'none' ? [] : [group]), [group]);
  const columns = useMemo(() => riskColumns(actions), [actions]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns unmemoizable functions; this component is not compiled.
  const table = useReactTable({
    data: risks,
    columns,
    state: { sorting, globalFilter: filter, grouping, expanded: true },
    onSortingChange: setSorting,
    getRowId: (r) => r.id,
    globalFilterFn: (row, _col, value: string) => {
      const r = row.original;
      const q = value.toLowerCase();
      return [r.title, r.cause, r.event, r.effect, r.owner].some((t) => t.toLowerCase().includes(q));
    },
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    groupedColumnMode: false,
    autoResetExpanded: false,
  });
  const rows = table.getRowModel().rows;
  return (
    <div className="risk-register">
      <div className="toolbar">
        <SearchField id={`${id}-q`} label="Filter" placeholder="Title, cause, event, owner…" value={filter} onChange={setFilter} />
        <div className="toolbar-field">
          <label htmlFor={`${id}-g`} className="toolbar-label">
            Group by
          </label>
          <select id={`${id}-g`} className="input select" value={group} onChange={(e) => setGroup(e.target.value as Group)}>
            {(Object.keys(GROUPS) as Group[]).map((g) => (
              <option key={g} value={g}>
                {GROUPS[g]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="table-scroll">
        <table className="data-table risk-table" aria-label="Risk register">
          <TableHead table={table} />
          <tbody>
            {rows.map((row) =>
              row.getIsGrouped() ? (
                <tr key={row.id} className="group-row">
                  <th scope="colgroup" colSpan={columns.length}>
                    {String(row.getGroupingValue(row.groupingColumnId!))} <span className="muted">· {row.subRows.length}</span>
                  </th>
                </tr>
              ) : (
                <tr key={row.id} data-risk-id={row.original.id}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
        {rows.length === 0 ? <NoMatches what="risks" onClear={() => setFilter('')} /> : null}
      </div>
    </div>
  );
}
