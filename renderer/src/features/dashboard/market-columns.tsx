/** The dashboard's market table: one row per market, every figure leadership reads. */
import { createColumnHelper, type FilterFn } from '@tanstack/react-table';
import type { MarketRow } from '../../../../shared/portfolio-schema';
import { expiringSoon } from '../../../../shared/domain/portfolio-targets';
import { HEALTH_LABELS } from '../../../../shared/vocabulary/portfolio';
import { STATUS_LABELS } from '../../../../shared/vocabulary/entry';
import { HealthBadge } from '../../components/HealthBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { routeHref, useRouter } from '../../stores/router-store';
import { show } from './dashboard-format';

const col = createColumnHelper<MarketRow>();
const HEALTH_ORDER = { late: 0, at_risk: 1, on_track: 2 } as const;
const equals: FilterFn<MarketRow> = (row, id, value: string) => !value || row.getValue(id) === value;
const none = (text: string) => <span className="muted">{text}</span>;

export const marketSearch: FilterFn<MarketRow> = (row, _id, value: string) => {
  const q = value.trim().toLowerCase();
  const r = row.original;
  return !q || [r.name, r.countryName, r.region, STATUS_LABELS[r.status], HEALTH_LABELS[r.health]].some((t) => t.toLowerCase().includes(q));
};

export const marketColumns = [
  col.accessor('name', {
    header: 'Market',
    sortingFn: 'text',
    cell: ({ row }) => (
      <a
        href={routeHref({ name: 'entry', id: row.original.entryId, tab: 'timeline' })}
        className="row-link"
        onClick={(e) => {
          e.preventDefault();
          useRouter.getState().navigate({ name: 'entry', id: row.original.entryId, tab: 'timeline' });
        }}
      >
        {row.original.name}
      </a>
    ),
  }),
  col.accessor('countryName', { header: 'Country', sortingFn: 'text' }),
  col.accessor('region', { header: 'Region', sortingFn: 'text', filterFn: equals }),
  col.accessor('status', { header: 'Status', filterFn: equals, cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  col.accessor('health', {
    header: 'Health',
    filterFn: equals,
    sortingFn: (a, b) => HEALTH_ORDER[a.original.health] - HEALTH_ORDER[b.original.health],
    cell: ({ row }) => <HealthBadge health={row.original.health} reasons={row.original.healthReasons} />,
  }),
  col.accessor('readinessPercent', { header: 'Readiness', meta: { numeric: true }, cell: ({ row }) => (row.original.applicable ? show.percent(row.original.readinessPercent) : none('no items')) }),
  col.accessor((r) => r.compliancePercent ?? -1, { id: 'compliance', header: 'Compliance', meta: { numeric: true }, cell: ({ row }) => show.percent(row.original.compliancePercent) ?? none('none in force') }),
  col.accessor((r) => r.readyOn ?? r.forecast ?? '', {
    id: 'forecast',
    header: 'Forecast',
    meta: { nowrap: true },
    cell: ({ row }) => (row.original.readyOn ? `Ready ${show.date(row.original.readyOn)}` : (show.date(row.original.forecast) ?? none('no forecast yet'))),
  }),
  col.accessor('targetDate', { header: 'Target', meta: { nowrap: true }, cell: ({ getValue }) => show.date(getValue()) }),
  col.accessor((r) => r.businessDaysPastTarget ?? -9999, {
    id: 'vsTarget',
    header: 'vs target (bus. days)',
    meta: { numeric: true },
    cell: ({ row }) => (row.original.businessDaysPastTarget === null ? none('—') : show.signed(row.original.businessDaysPastTarget)),
  }),
  col.accessor((r) => r.p80 ?? '', { id: 'p80', header: 'P80', meta: { nowrap: true }, cell: ({ row }) => show.date(row.original.p80) ?? none(row.original.risks ? '—' : 'no risks recorded') }),
  col.accessor((r) => r.baselineSlipDays ?? -9999, {
    id: 'slip',
    header: 'Slip vs baseline',
    meta: { numeric: true },
    cell: ({ row }) => (row.original.baselineSlipDays === null ? none('no baseline') : show.signed(row.original.baselineSlipDays)),
  }),
  col.accessor('inReview', { header: 'Awaiting sign-off', meta: { numeric: true } }),
  col.accessor('overdue', { header: 'Overdue', meta: { numeric: true } }),
  col.accessor(expiringSoon, {
    id: 'expiring',
    header: 'Expiring ≤ 30 d',
    meta: { numeric: true },
    cell: ({ row }) => {
      const r = row.original;
      return <span title={`${r.conditionsExpiring} conditional approvals; ${r.risks ? `${r.risks.acceptancesExpiring30d} risk acceptances` : 'no risks recorded'}`}>{expiringSoon(r)}</span>;
    },
  }),
  col.accessor((r) => (r.risks ? r.risks.critical * 1000 + r.risks.high : -1), {
    id: 'risks',
    header: 'Critical / high risks',
    meta: { numeric: true },
    cell: ({ row }) => (row.original.risks ? `${row.original.risks.critical} / ${row.original.risks.high}` : none('no risks recorded')),
  }),
  col.accessor((r) => r.efficiencyIndex ?? -1, { id: 'efficiency', header: 'Efficiency index', meta: { numeric: true }, cell: ({ row }) => (row.original.efficiencyIndex === null ? none('no measurements') : show.percent(100 * row.original.efficiencyIndex)) }),
  col.accessor((r) => r.satisfaction ?? -1, { id: "csat", header: "CSAT", meta: { numeric: true }, cell: ({ row }) => (row.original.satisfaction === null ? none("no measurements") : show.percent(row.original.satisfaction)) }),
];
