import type { ImportDiff } from '../../../../shared/checklist-schema';
import { labelFor } from '../../lib/requirement-labels';
import { ITEM_STATUS_LABELS } from '../../../../shared/vocabulary/checklist';

type Touch = ImportDiff['added'][number]['touches'][number];

function statusLabel(s: string | null): string | null {
  if (!s) return null;
  return labelFor(ITEM_STATUS_LABELS, s);
}

/** The entries (and their items) an imported requirement reaches; "No entries affected" when none. */
export function TouchList({ touches, kind }: { touches: Touch[]; kind: 'added' | 'changed' | 'removed' }) {
  if (touches.length === 0) return <p className="touch-none">No market entries affected.</p>;
  return (
    <ul className="touch-list" aria-label="Entries affected">
      {touches.map((t) => {
        const status = statusLabel(t.itemStatus);
        return (
          <li key={`${t.entryId}-${t.itemId ?? 'new'}`}>
            <span className="touch-entry">{t.entryName}</span>
            <span className="touch-what">
              {kind === 'added'
                ? ' — a new checklist item will be added'
                : kind === 'changed'
                  ? ` — its item${status ? ` (${status})` : ''} will show “Requirement updated”`
                  : ` — its item${status ? ` (${status})` : ''} is kept and marked “Withdrawn”`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
