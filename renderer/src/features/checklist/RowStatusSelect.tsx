import { SETTABLE_STATUSES, type ChecklistItem } from '../../../../shared/checklist-schema';
import { ITEM_STATUS_LABELS, PROFILE_EXCLUDED_LABEL } from '../../../../shared/vocabulary/checklist';
import { useChecklist, type SettableStatus } from '../../stores/checklist-store';

/**
 * The item's status, changeable in the row. Not applicable asks for a reason first;
 * signed off is reached only through legal review, so it is shown but not offered.
 */
export function RowStatusSelect({ item }: { item: ChecklistItem }) {
  const updateItem = useChecklist((s) => s.updateItem);
  const openBulkDialog = useChecklist((s) => s.openBulkDialog);
  const setActionError = useChecklist((s) => s.setActionError);
  const signedOff = item.status === 'signed_off';

  async function change(status: SettableStatus) {
    if (status === 'not_applicable') {
      openBulkDialog({ field: 'status', itemIds: [item.id], status });
      return;
    }
    setActionError(null);
    try {
      await updateItem(item.id, item.version, { status });
    } catch (err) {
      setActionError(err);
    }
  }

  return (
    <span className={`status-select-wrap item-status-${item.status.replace('_', '-')}`}>
      <span className="badge-dot" aria-hidden="true" />
      <select
        className="input select status-select"
        aria-label={`Status of ${item.title}`}
        value={item.status}
        disabled={signedOff}
        onChange={(e) => {
          const next = SETTABLE_STATUSES.find((s) => s === e.target.value);
          if (next) void change(next);
        }}
      >
        {signedOff ? <option value="signed_off">{ITEM_STATUS_LABELS.signed_off}</option> : null}
        {SETTABLE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s === 'not_applicable' && item.profileExcluded ? PROFILE_EXCLUDED_LABEL : ITEM_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </span>
  );
}
