import type { Table } from '@tanstack/react-table';
import { HeaderCell } from './HeaderCell';
import { SortableHeaderCell } from './SortableHeaderCell';
import './table.css';

interface TableHeadProps<TData> {
  table: Table<TData>;
  /** Headers of sortable columns get a sort button; false for a table that does not sort. */
  sortable?: boolean;
  /** Number the header row 1, for a virtualised table that numbers its rows. */
  rowIndex?: boolean;
  /** Ids of columns left out (hidden by priority on a narrow window). */
  hidden?: ReadonlySet<string>;
}

/** A table's `<thead>`: one header cell per column. */
export function TableHead<TData>({ table, sortable = true, rowIndex, hidden }: TableHeadProps<TData>) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={rowIndex ? 1 : undefined}>
          {group.headers
            .filter((header) => !hidden?.has(header.column.id))
            .map((header) =>
            sortable && header.column.getCanSort() ? <SortableHeaderCell key={header.id} header={header} /> : <HeaderCell key={header.id} header={header} />,
          )}
        </tr>
      ))}
    </thead>
  );
}
