import { flexRender, type Cell } from '@tanstack/react-table';
import '../lib/table-meta';

/** A body cell, right-aligned and/or kept on one line as its column's meta says. */
export function DataCell<TData>({ cell }: { cell: Cell<TData, unknown> }) {
  const meta = cell.column.columnDef.meta;
  return (
    <td data-priority={meta?.priority} className={[meta?.numeric ? 'numeric' : null, meta?.nowrap ? 'nowrap' : null].filter(Boolean).join(' ') || undefined}>
      {flexRender(cell.column.columnDef.cell, cell.getContext())}
    </td>
  );
}
