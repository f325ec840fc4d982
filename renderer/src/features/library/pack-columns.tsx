/** The packs table's columns: what each pack holds and how much of it is verified. */
import { createColumnHelper } from '@tanstack/react-table';
import { Download } from 'lucide-react';
import type { PackSummary } from '../../../../shared/checklist-schema';
import { formatCount, formatDate } from '../../lib/format-date';
import { PACK_ORIGIN_LABELS } from '../../../../shared/vocabulary/requirements';

const col = createColumnHelper<PackSummary>();

export function packColumns(onExport: (pack: PackSummary) => void) {
  return [
    col.accessor('name', {
      id: 'name',
      header: 'Pack',
      cell: ({ row }) => {
        const p = row.original;
        return (
          <div className="pack-name-cell">
            <span className="pack-name">{p.name}</span>
            <span className="pack-source">
              {PACK_ORIGIN_LABELS[p.origin]} · {p.publisher} · published {formatDate(p.publicationDate)} · {p.license}
            </span>
          </div>
        );
      },
    }),
    col.accessor('version', { id: 'version', header: 'Version', cell: ({ getValue }) => <span className="figure">{getValue()}</span> }),
    col.accessor('requirementCount', { id: 'requirements', header: 'Requirements', meta: { numeric: true }, cell: ({ getValue }) => formatCount(getValue()) }),
    col.accessor('verifiedCount', {
      id: 'verified',
      header: 'Verified',
      cell: ({ row }) => {
        const p = row.original;
        const share = p.requirementCount === 0 ? 0 : p.verifiedCount / p.requirementCount;
        return (
          <span className="verified-cell">
            <span className="figure">
              {formatCount(p.verifiedCount)} of {formatCount(p.requirementCount)} verified
            </span>
            <span className="mini-track" aria-hidden="true">
              <span className="verified-fill" style={{ width: `${share * 100}%` }} />
            </span>
          </span>
        );
      },
    }),
    col.accessor('lastReviewed', {
      id: 'lastReviewed',
      header: 'Last reviewed',
      cell: ({ getValue }) => {
        const d = getValue();
        return d ? formatDate(d) : <span className="muted">—</span>;
      },
    }),
    col.display({
      id: 'export',
      header: () => <span className="visually-hidden">Export</span>,
      cell: ({ row }) => (
        <button type="button" className="btn btn-ghost btn-small" aria-label={`Export ${row.original.name}`} onClick={() => onExport(row.original)}>
          <Download size={14} aria-hidden="true" />
          <span>Export</span>
        </button>
      ),
    }),
  ];
}
