import { CalendarDays, CircleDot, UserRound, X } from 'lucide-react';
import { Button } from '../../components/Button';
import { plural } from '../../lib/format-date';
import { useChecklist, type BulkField } from '../../stores/checklist-store';

/**
 * Changes several items at once. The actions act on the selected items the filters
 * leave visible; with nothing selected they are disabled and the bar says why.
 */
export function BulkBar({ visibleIds }: { visibleIds: string[] }) {
  const selected = useChecklist((s) => s.selected);
  const openBulkDialog = useChecklist((s) => s.openBulkDialog);
  const clearSelection = useChecklist((s) => s.clearSelection);
  const ids = visibleIds.filter((id) => selected.has(id));
  const hidden = selected.size - ids.length;
  const none = ids.length === 0;
  const open = (field: BulkField) => openBulkDialog({ field, itemIds: ids });

  return (
    <div className={none ? 'bulk-bar' : 'bulk-bar bulk-bar-active'} role="group" aria-label="Change selected items">
      <p id="bulk-hint" className="bulk-count" aria-live="polite">
        {none ? (
          'Select items with the checkboxes to change several at once.'
        ) : (
          <>
            <strong>{plural(ids.length, 'item')} selected</strong>
            {hidden > 0 ? <span className="muted"> · {formatHidden(hidden)}</span> : null}
          </>
        )}
      </p>
      <div className="bulk-actions">
        <Button icon={UserRound} disabled={none} aria-describedby="bulk-hint" onClick={() => open('owner')}>
          Set owner…
        </Button>
        <Button icon={CircleDot} disabled={none} aria-describedby="bulk-hint" onClick={() => open('status')}>
          Set status…
        </Button>
        <Button icon={CalendarDays} disabled={none} aria-describedby="bulk-hint" onClick={() => open('dueDate')}>
          Set due date…
        </Button>
        {selected.size > 0 ? (
          <Button variant="ghost" icon={X} onClick={clearSelection}>
            Clear selection
          </Button>
        ) : null}
      </div>
    </div>
  );
}

function formatHidden(n: number): string {
  return `${plural(n, 'more')} hidden by the filters ${n === 1 ? 'is' : 'are'} left alone`;
}
