import type { Column } from '@tanstack/react-table';

/** A table's `<colgroup>`: fixed widths for the columns that have one; the others share the rest. */
export function ColumnWidths<TData>({ columns, widths }: { columns: Column<TData, unknown>[]; widths: Record<string, string | undefined> }) {
  return (
    <colgroup>
      {columns.map((c) => (
        <col key={c.id} style={{ width: widths[c.id] }} />
      ))}
    </colgroup>
  );
}
