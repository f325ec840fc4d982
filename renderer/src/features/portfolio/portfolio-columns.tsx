/** The portfolio table's columns. */
import { createColumnHelper, type FilterFn } from '@tanstack/react-table';
import { ArchivedBadge } from '../../components/ArchivedBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../lib/format-date';
import { STATUS_LABELS } from '../../../../shared/vocabulary/entry';
import { routeHref, useRouter } from '../../stores/router-store';
import { DaysLeftCell } from './DaysLeftCell';
import { HealthBadge } from '../../components/HealthBadge';
import { OverdueCell } from './OverdueCell';
import { ReadinessCell } from './ReadinessCell';
import { matchesSearch, type PortfolioRow } from './portfolio-row';

const col = createColumnHelper<PortfolioRow>();

const equals: FilterFn<PortfolioRow> = (row, columnId, value: string) => !value || row.getValue(columnId) === value;

export const searchFilter: FilterFn<PortfolioRow> = (row, _columnId, value: string) =>
  matchesSearch(row.original, value, STATUS_LABELS[row.original.entry.status]);

export const portfolioColumns = [
  col.accessor((r) => r.entry.name, {
    id: 'name',
    header: 'Name',
    sortingFn: 'text',
    cell: ({ row }) => {
      const { entry } = row.original;
      return (
        <span className="cell-name">
          <a
            href={routeHref({ name: 'entry', id: entry.id })}
            className="row-link"
            onClick={(e) => {
              e.preventDefault();
              e.stopPropagation();
              useRouter.getState().navigate({ name: 'entry', id: entry.id });
            }}
          >
            {entry.name}
          </a>
          {entry.archived ? <ArchivedBadge /> : null}
        </span>
      );
    },
  }),
  col.accessor((r) => r.entry.targetCountry, {
    id: 'country',
    header: 'Target country',
    filterFn: equals,
    sortingFn: (a, b) => a.original.countryName.localeCompare(b.original.countryName, 'en'),
    cell: ({ row }) => (
      <>
        {row.original.countryName}
        {row.original.subdivisionName ? <span className="muted"> · {row.original.subdivisionName}</span> : null}
      </>
    ),
  }),
  col.accessor('region', { id: 'region', header: 'World region', filterFn: equals, sortingFn: 'text', meta: { priority: 3 } }),
  col.accessor((r) => r.entry.status, {
    id: 'status',
    header: 'Status',
    filterFn: equals,
    sortingFn: (a, b) => STATUS_LABELS[a.original.entry.status].localeCompare(STATUS_LABELS[b.original.entry.status]),
    cell: ({ row }) => <StatusBadge status={row.original.entry.status} />,
  }),
  col.accessor((r) => r.entry.startDate, {
    id: 'start',
    header: 'Start',
    sortingFn: 'basic',
    sortDescFirst: false,
    meta: { nowrap: true, priority: 2 },
    cell: ({ getValue }) => formatDate(getValue()),
  }),
  col.accessor((r) => r.entry.targetDate, {
    id: 'target',
    header: 'Target date',
    sortingFn: 'basic',
    sortDescFirst: false,
    meta: { nowrap: true },
    cell: ({ getValue }) => formatDate(getValue()),
  }),
  col.accessor((r) => (r.market ? { late: 0, at_risk: 1, on_track: 2 }[r.market.health] : 3), {
    id: 'health',
    header: 'Health',
    sortingFn: 'basic',
    cell: ({ row }) => {
      const m = row.original.market;
      if (m) return <HealthBadge health={m.health} reasons={m.healthReasons} />;
      // Archived entries are not measured against the targets.
      return <span className="muted" title={row.original.marketsLoaded ? 'Not measured: archived' : undefined}>{row.original.marketsLoaded ? '—' : '…'}</span>;
    },
  }),
  col.accessor((r) => r.market?.readyOn ?? r.market?.forecast ?? '', {
    id: 'forecast',
    header: 'Forecast',
    sortingFn: 'basic',
    meta: { nowrap: true },
    cell: ({ row }) => {
      const m = row.original.market;
      if (!m) return <span className="muted">{row.original.marketsLoaded ? '—' : '…'}</span>;
      if (m.readyOn) return `Ready ${formatDate(m.readyOn)}`;
      return m.forecast ? formatDate(m.forecast) : <span className="muted">No forecast yet</span>;
    },
  }),
  col.accessor('untilTarget', {
    id: 'daysLeft',
    header: 'Days left',
    sortingFn: 'basic',
    // The first click puts the most urgent first.
    sortDescFirst: false,
    cell: ({ row }) => <DaysLeftCell row={row.original} />,
    meta: { numeric: true },
  }),
  col.accessor((r) => r.entry.programManager, {
    id: 'programManager',
    header: 'Program manager',
    sortingFn: 'text',
    meta: { priority: 3 },
    cell: ({ getValue }) => getValue() || <span className="muted">Not set</span>,
  }),
  col.accessor((r) => r.summary?.readinessPercent ?? -1, {
    id: 'readiness',
    header: 'Readiness',
    sortingFn: 'basic',
    // The least ready first: what needs attention.
    sortDescFirst: false,
    cell: ({ row }) => <ReadinessCell row={row.original} />,
    meta: { numeric: true },
  }),
  col.accessor((r) => r.summary?.overdue ?? -1, {
    id: 'overdue',
    header: 'Overdue',
    sortingFn: 'basic',
    // The most overdue first.
    sortDescFirst: true,
    cell: ({ row }) => <OverdueCell row={row.original} />,
    meta: { numeric: true, nowrap: true },
  }),
];
