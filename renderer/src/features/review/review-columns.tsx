/** The review queue's columns: requirement (with citation and stale reason), market, category, due date, evidence, source. */
import { createColumnHelper } from '@tanstack/react-table';
import { localToday } from '../../../../shared/domain/iso-date';
import { ExternalLink } from '../../components/ExternalLink';
import { VerifiedBadge } from '../../components/VerifiedBadge';
import { formatDate } from '../../lib/format-date';
import { categoryLabel, citationText } from '../../lib/requirement-labels';
import { isOverdue } from '../../lib/checklist-item';
import { dueSortKey, type ReviewRow } from './review-row';
import { StaleBadge } from '../../components/StaleBadge';

const col = createColumnHelper<ReviewRow>();

function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export const reviewColumns = [
  col.accessor((r) => r.entry.item.title, {
    id: 'title',
    header: 'Requirement',
    sortingFn: 'text',
    cell: ({ row }) => {
      const { item } = row.original.entry;
      return (
        <div className="req-title-cell">
          <span className="review-title">{item.title}</span>
          {item.requirement ? <span className="review-citation">{citationText(item.requirement.citation)}</span> : <span className="review-citation">Custom item</span>}
          {item.requirement && !item.requirement.verified ? <VerifiedBadge verified={false} /> : null}
          {item.staleReason ? <StaleBadge reason={item.staleReason} /> : null}
        </div>
      );
    },
  }),
  col.accessor((r) => `${r.entry.entryName} ${r.countryText}`, {
    id: 'market',
    header: 'Market',
    sortingFn: (a, b) =>
      a.original.entry.entryName.localeCompare(b.original.entry.entryName, 'en') || a.original.countryText.localeCompare(b.original.countryText, 'en'),
    filterFn: (row, _id, value: string) => !value || row.original.entry.item.entryId === value,
    cell: ({ row }) => (
      <div className="market-cell">
        <span>{row.original.entry.entryName}</span>
        <span className="muted">{row.original.countryText}</span>
      </div>
    ),
  }),
  col.accessor((r) => r.entry.item.category, {
    id: 'category',
    header: 'Category',
    sortingFn: (a, b) => categoryLabel(a.original.entry.item.category).localeCompare(categoryLabel(b.original.entry.item.category), 'en'),
    cell: ({ getValue }) => categoryLabel(getValue()),
  }),
  col.accessor((r) => dueSortKey(r.entry.item.dueDate), {
    id: 'dueDate',
    header: 'Due date',
    sortingFn: 'basic',
    meta: { nowrap: true },
    cell: ({ row }) => {
      const { item } = row.original.entry;
      if (!item.dueDate) return <span className="muted">No due date</span>;
      return (
        <span className="due-text">
          <span className="figure">{formatDate(item.dueDate)}</span>
          {isOverdue(item, localToday()) ? <span className="overdue-label">Overdue</span> : null}
        </span>
      );
    },
  }),
  col.accessor((r) => r.entry.item.evidence.length, {
    id: 'evidence',
    header: 'Evidence',
    sortingFn: 'basic',
    meta: { numeric: true },
    cell: ({ getValue }) => <span className="figure">{getValue()}</span>,
  }),
  col.accessor((r) => r.entry.item.requirement?.sourceUrl ?? '', {
    id: 'source',
    header: 'Source',
    enableSorting: false,
    cell: ({ getValue }) => {
      const url = getValue();
      if (!url) return <span className="muted">—</span>;
      return (
        // The link opens the source; it must not also open the decision dialog.
        <span className="source-cell" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
          <ExternalLink href={url} title={url}>
            {sourceHost(url)}
          </ExternalLink>
        </span>
      );
    },
  }),
];
