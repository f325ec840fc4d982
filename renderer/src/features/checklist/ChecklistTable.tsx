import { NoMatches } from '../../components/NoMatches';
import { VirtualTable } from '../../components/VirtualTable';
import { useChecklist } from '../../stores/checklist-store';
import { GroupHeaderCell } from './GroupHeaderRow';
import type { ChecklistTableInstance } from './use-checklist-table';

/** Column widths keep the layout still while rows scroll in and out. */
const WIDTHS: Record<string, string | undefined> = { select: '44px', status: '196px', owner: '168px', dueDate: '150px', evidence: '96px' };

/**
 * The checklist, grouped by workstream then category (sorting orders the items within
 * their group). Only the rows near the viewport are in the DOM, so hundreds of items stay fast.
 */
export function ChecklistTable({ table }: { table: ChecklistTableInstance }) {
  const clearFilters = useChecklist((s) => s.clearFilters);
  const selected = useChecklist((s) => s.selected);
  const leafCount = table.getFilteredRowModel().rows.length;

  return (
    <VirtualTable
      table={table}
      className="checklist-table"
      scrollClassName="checklist-scroll"
      caption="Checklist items grouped by workstream and category. Select a column header to sort within the groups; open an item's title for its requirement, evidence and notes."
      widths={WIDTHS}
      estimateSize={(row) => (row?.getIsGrouped() ? 40 : 72)}
      rowClassName={(row) =>
        row.getIsGrouped()
          ? row.groupingColumnId === 'workstream'
            ? 'group-row group-workstream'
            : 'group-row group-category'
          : ['item-row', row.original.status === 'not_applicable' ? 'row-muted' : null, selected.has(row.original.id) ? 'row-selected' : null].filter(Boolean).join(' ')
      }
      renderRow={(row, columns) =>
        row.getIsGrouped() ? (
          <td colSpan={columns}>
            <GroupHeaderCell row={row} />
          </td>
        ) : undefined
      }
      empty={leafCount === 0 ? <NoMatches what="checklist items" onClear={clearFilters} /> : null}
    />
  );
}
