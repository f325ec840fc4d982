import type { ItemStatus } from '../../../shared/checklist-schema';
import { ITEM_STATUS_LABELS, PROFILE_EXCLUDED_LABEL } from '../../../shared/vocabulary/checklist';
import './badges.css';

/** A checklist item's status: a coloured dot and always its text label. */
export function ItemStatusBadge({ status, profileExcluded = false }: { status: ItemStatus; profileExcluded?: boolean }) {
  return (
    <span className={`badge item-status-${status.replace('_', '-')}`}>
      <span className="badge-dot" aria-hidden="true" />
      {profileExcluded ? PROFILE_EXCLUDED_LABEL : ITEM_STATUS_LABELS[status]}
    </span>
  );
}
