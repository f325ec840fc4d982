import type { EntryStatus } from '../../../shared/entry-schema';
import { STATUS_LABELS } from '../../../shared/vocabulary/entry';
import './badges.css';

/** An entry status: a coloured dot and always its text label. */
export function StatusBadge({ status }: { status: EntryStatus }) {
  return (
    <span className={`badge status-${status.replace('_', '-')}`}>
      <span className="badge-dot" aria-hidden="true" />
      {STATUS_LABELS[status]}
    </span>
  );
}
