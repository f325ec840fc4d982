import { flexRender, type Header } from '@tanstack/react-table';
import '../lib/table-meta';

/** A column header that does not sort. */
export function HeaderCell<TData>({ header }: { header: Header<TData, unknown> }) {
  return (
    <th scope="col" data-priority={header.column.columnDef.meta?.priority} className={header.column.columnDef.meta?.numeric ? 'numeric' : undefined}>
      {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
    </th>
  );
}
