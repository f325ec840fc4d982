import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { Fragment, useMemo } from 'react';
import type { PackSummary } from '../../../../shared/checklist-schema';
import { ColumnWidths } from '../../components/ColumnWidths';
import { DataCell } from '../../components/DataCell';
import { TableHead } from '../../components/TableHead';
import '../../lib/table-meta';
import { NoneKnownNotes } from '../../components/NoneKnownNotes';
import { packColumns } from './pack-columns';

const WIDTHS: Record<string, string | undefined> = {
  version: '88px',
  requirements: '120px',
  verified: '168px',
  lastReviewed: '128px',
  export: '104px',
};

/** Every pack in the library, one row each. */
export function PackTable({ packs, onExport }: { packs: PackSummary[]; onExport(pack: PackSummary): void }) {
  const columns = useMemo(() => packColumns(onExport), [onExport]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns unmemoizable functions; this component is not compiled.
  const table = useReactTable({ data: packs, columns, getCoreRowModel: getCoreRowModel(), getRowId: (p) => p.id });
  return (
    <div className="table-wrap">
      <table className="data-table pack-table">
        <caption className="visually-hidden">Requirement packs: version, size and how many requirements are verified; under each, what it looked for and found no rule on.</caption>
        <ColumnWidths columns={table.getVisibleLeafColumns()} widths={WIDTHS} />
        <TableHead table={table} sortable={false} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <Fragment key={row.id}>
              <tr aria-label={row.original.name} className={row.original.noneKnown.length ? 'pack-row has-notes' : 'pack-row'}>
                {row.getVisibleCells().map((cell) => (
                  <DataCell key={cell.id} cell={cell} />
                ))}
              </tr>
              {row.original.noneKnown.length ? (
                <tr aria-label={`${row.original.name}: looked for, none known`} className="pack-notes-row">
                  <td colSpan={row.getVisibleCells().length}>
                    <NoneKnownNotes notes={row.original.noneKnown} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
