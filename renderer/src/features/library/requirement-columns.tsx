/**
 * The library table's columns. A first click sorts the useful way: A–Z, unverified first,
 * the longest unreviewed first; narrow windows leave out the pack, then the review date.
 */
import { createColumnHelper, type FilterFn } from '@tanstack/react-table';
import { VerifiedBadge } from '../../components/VerifiedBadge';
import { formatDate } from '../../lib/format-date';
import { categoryLabel } from '../../lib/requirement-labels';
import { useLibrary } from '../../stores/library-store';
import { matchesLibrarySearch, type LibraryRow } from './library-row';

const col = createColumnHelper<LibraryRow>();

const equals: FilterFn<LibraryRow> = (row, columnId, value: string) => !value || row.getValue(columnId) === value;

export const librarySearch: FilterFn<LibraryRow> = (row, _columnId, value: string) => matchesLibrarySearch(row.original, value);

export const requirementColumns = [
  col.accessor((r) => r.entry.requirement.title, {
    id: 'title',
    header: 'Requirement',
    sortingFn: 'text',
    sortDescFirst: false,
    cell: ({ row }) => {
      const r = row.original.entry.requirement;
      return (
        <div className="req-title-cell">
          <button type="button" className="item-title" aria-haspopup="dialog" onClick={() => useLibrary.getState().openRequirement(r.id)}>
            {r.title}
          </button>
          <code className="req-id">{r.id}</code>
        </div>
      );
    },
  }),
  col.accessor((r) => r.jurisdictionText, {
    id: 'jurisdiction',
    header: 'Jurisdiction',
    sortingFn: 'text',
    sortDescFirst: false,
    filterFn: (row, _id, value: string) => !value || row.original.entry.requirement.jurisdiction.includes(value),
  }),
  col.accessor((r) => r.entry.requirement.category, {
    id: 'category',
    header: 'Category',
    filterFn: equals,
    sortDescFirst: false,
    sortingFn: (a, b) => categoryLabel(a.original.entry.requirement.category).localeCompare(categoryLabel(b.original.entry.requirement.category)),
    cell: ({ getValue }) => categoryLabel(getValue()),
  }),
  col.accessor((r) => r.entry.packId, {
    id: 'pack',
    header: 'Pack',
    filterFn: equals,
    sortDescFirst: false,
    meta: { priority: 2 },
    sortingFn: (a, b) => a.original.packName.localeCompare(b.original.packName),
    cell: ({ row }) => (
      <span>
        {row.original.packName} <span className="muted figure">{row.original.entry.packVersion}</span>
      </span>
    ),
  }),
  col.accessor((r) => (r.entry.requirement.verified ? 'verified' : 'unverified'), {
    id: 'verified',
    header: 'Verification',
    filterFn: equals,
    // "unverified" sorts before "verified": what still needs checking first.
    sortingFn: 'text',
    sortDescFirst: false,
    cell: ({ row }) => <VerifiedBadge verified={row.original.entry.requirement.verified} />,
  }),
  col.accessor((r) => r.entry.requirement.lastReviewed, {
    id: 'lastReviewed',
    header: 'Last reviewed',
    sortingFn: 'basic',
    // The longest unreviewed first.
    sortDescFirst: false,
    meta: { priority: 3 },
    cell: ({ getValue }) => formatDate(getValue()),
  }),
];
