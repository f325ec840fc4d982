import {
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type ExpandedState,
  type SortingState,
} from '@tanstack/react-table';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useMemo, useState } from 'react';
import { HEALTH } from '../../../../shared/domain/portfolio-targets';
import type { MarketRow } from '../../../../shared/portfolio-schema';
import { HEALTH_LABELS } from '../../../../shared/vocabulary/portfolio';
import { DataCell } from '../../components/DataCell';
import { FilterSelect } from '../../components/FilterSelect';
import { NoMatches } from '../../components/NoMatches';
import { SearchField } from '../../components/SearchField';
import { TableHead } from '../../components/TableHead';
import { labelledOptions } from '../../lib/filter-options';
import { plural } from '../../lib/format-date';
import '../../lib/table-meta';
import { marketColumns, marketSearch } from './market-columns';

/** Every market with its figures: sort by any column, filter by health and region, group by region. */
export function MarketTable({ rows }: { rows: MarketRow[] }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'health', desc: false }]);
  const [search, setSearch] = useState('');
  const [health, setHealth] = useState('');
  const [region, setRegion] = useState('');
  const [byRegion, setByRegion] = useState(false);
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const columnFilters = useMemo<ColumnFiltersState>(
    () => [...(health ? [{ id: 'health', value: health }] : []), ...(region ? [{ id: 'region', value: region }] : [])],
    [health, region],
  );
  const regions = [...new Set(rows.map((r) => r.region).filter(Boolean))].sort();

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns unmemoizable functions; this component is not compiled.
  const table = useReactTable({
    data: rows,
    columns: marketColumns,
    state: { sorting, columnFilters, globalFilter: search, grouping: byRegion ? ['region'] : [], expanded },
    onExpandedChange: setExpanded,
    // No automatic resets: with grouping, each reset re-derives the row model, which queues the next reset (a render loop).
    autoResetAll: false,
    onSortingChange: setSorting,
    globalFilterFn: marketSearch,
    getColumnCanGlobalFilter: () => true,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    getRowId: (r) => r.entryId,
  });
  const visible = table.getRowModel().rows;
  const leaves = visible.filter((r) => !r.getIsGrouped()).length;

  return (
    <section className="panel panel-flush" aria-labelledby="markets-title">
      <div className="dashboard-section-head dashboard-section-pad">
        <h2 id="markets-title">Markets</h2>
      </div>
      <div className="toolbar" role="search" aria-label="Filter markets">
        <SearchField id="market-search" label="Search" placeholder="Market, country, region…" value={search} onChange={setSearch} />
        <FilterSelect id="market-health" label="Health" allLabel="Any health" options={labelledOptions(HEALTH, HEALTH_LABELS)} value={health} onChange={setHealth} />
        <FilterSelect id="market-region" label="Region" allLabel="All regions" options={regions.map((r) => ({ value: r, label: r }))} value={region} onChange={setRegion} />
        <label className="checkbox toolbar-checkbox">
          <input type="checkbox" checked={byRegion} onChange={(e) => setByRegion(e.target.checked)} />
          Group by region
        </label>
      </div>
      <p className="table-summary" role="status">
        {leaves === rows.length ? plural(rows.length, 'market') : `Showing ${leaves} of ${plural(rows.length, 'market')}`}
      </p>
      <div className="table-wrap">
        <table className="data-table market-table">
          <caption className="visually-hidden">Markets against the targets. Select a column header to sort.</caption>
          <TableHead table={table} />
          <tbody>
            {visible.map((row) =>
              row.getIsGrouped() ? (
                <tr key={row.id} className="group-row">
                  <td colSpan={marketColumns.length}>
                    <button type="button" className="group-toggle" aria-expanded={row.getIsExpanded()} onClick={row.getToggleExpandedHandler()}>
                      {row.getIsExpanded() ? <ChevronDown size={14} aria-hidden="true" /> : <ChevronRight size={14} aria-hidden="true" />}
                      <span className="group-name">{String(row.groupingValue || 'No region')}</span>
                      <span className="muted"> · {plural(row.getLeafRows().length, 'market')}</span>
                    </button>
                  </td>
                </tr>
              ) : (
                <tr key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <DataCell key={cell.id} cell={cell} />
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
        {leaves === 0 ? (
          <NoMatches
            what="markets"
            onClear={() => {
              setSearch('');
              setHealth('');
              setRegion('');
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
