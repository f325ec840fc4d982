/**
 * The review queue's columns: requirement (with citation and stale reason), market, category,
 * due date, evidence, the latest decision and a condition's expiry (the approvals tabs), source.
 * Sorting happens on the server: each sortable column's id is a sort key of review.queue.
 * A first click sorts the useful way (A–Z, the soonest due or expiring, the most evidence,
 * the latest decision); narrow windows leave out category, evidence and source first.
 */
import { createColumnHelper } from '@tanstack/react-table';
import { localToday } from '../../../../shared/domain/iso-date';
import { ExternalLink } from '../../components/ExternalLink';
import { VerifiedBadge } from '../../components/VerifiedBadge';
import { diffDays } from '../../../../shared/domain/iso-date';
import { formatDate, formatDateTime, plural } from '../../lib/format-date';
import { DECISION_LABELS } from '../../../../shared/vocabulary/signoff';
import { categoryLabel, citationText } from '../../lib/requirement-labels';
import { isOverdue } from '../../lib/checklist-item';
import type { ReviewRow } from './review-row';
import { StaleBadge } from '../../components/StaleBadge';
import './review-queue.css';

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
    sortDescFirst: false,
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
    sortDescFirst: false,
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
    sortDescFirst: false,
    meta: { priority: 3 },
    cell: ({ getValue }) => categoryLabel(getValue()),
  }),
  col.accessor((r) => r.entry.item.dueDate ?? '', {
    id: 'dueDate',
    header: 'Due date',
    sortDescFirst: false,
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
    sortDescFirst: true,
    meta: { numeric: true, priority: 3 },
    cell: ({ getValue }) => <span className="figure">{getValue()}</span>,
  }),
  col.accessor((r) => r.entry.latest?.at ?? '', {
    id: 'decidedAt',
    header: 'Decision',
    sortDescFirst: true,
    cell: ({ row }) => {
      const latest = row.original.entry.latest;
      if (!latest) return <span className="muted">No decision yet</span>;
      return (
        <div className="market-cell">
          <span>{DECISION_LABELS[latest.decision]}</span>
          <span className="muted">
            {formatDateTime(latest.at)} · {latest.signerName}
          </span>
        </div>
      );
    },
  }),
  col.accessor((r) => r.entry.latest?.conditionExpires ?? '', {
    id: 'expires',
    header: 'Condition expires',
    sortDescFirst: false,
    meta: { nowrap: true },
    cell: ({ row }) => {
      const latest = row.original.entry.latest;
      if (!latest?.conditionExpires) return <span className="muted">—</span>;
      const left = diffDays(localToday(), latest.conditionExpires);
      return (
        <span className="due-text" title={latest.conditionText ?? undefined}>
          <span className="figure">{formatDate(latest.conditionExpires)}</span>
          <span className={left <= 30 ? 'overdue-label' : 'muted'}>{left < 0 ? 'Expired' : left === 0 ? 'Today' : `in ${plural(left, 'day')}`}</span>
        </span>
      );
    },
  }),
  col.accessor((r) => r.entry.item.requirement?.sourceUrl ?? '', {
    id: 'source',
    header: 'Source',
    enableSorting: false,
    meta: { priority: 2 },
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
