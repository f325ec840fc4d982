import type { RowData } from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-align the column (counts and amounts). */
    numeric?: boolean;
    /** Keep the cell on one line (dates, figures). */
    nowrap?: boolean;
  }
}

export {};
