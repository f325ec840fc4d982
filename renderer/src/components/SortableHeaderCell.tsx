import { flexRender, type Header } from '@tanstack/react-table';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import '../lib/table-meta';
import './table.css';

/** A column header whose button sorts by it; `aria-sort` says how it is sorted now. */
export function SortableHeaderCell<TData>({ header }: { header: Header<TData, unknown> }) {
  const sorted = header.column.getIsSorted();
  const SortIcon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
  return (
    <th
      scope="col"
      data-priority={header.column.columnDef.meta?.priority}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
      className={header.column.columnDef.meta?.numeric ? 'numeric' : undefined}
    >
      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
        {flexRender(header.column.columnDef.header, header.getContext())}
        <SortIcon size={14} aria-hidden="true" className={sorted ? 'sort-icon active' : 'sort-icon'} />
      </button>
    </th>
  );
}
