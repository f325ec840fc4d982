import type { RowData } from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Right-align the column (counts and amounts). */
    numeric?: boolean;
    /** Keep the cell on one line (dates, figures). */
    nowrap?: boolean;
    /**
     * Narrow windows hide lower priorities first ("show every column" brings them back):
     * 3 goes below 1280 px, 2 below 1100 px. Columns without one always show
     * (`lib/column-priorities.ts`, applied by `components/VirtualTable`).
     */
    priority?: 2 | 3;
  }
}

export {};
