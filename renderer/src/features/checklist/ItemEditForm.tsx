import { Check } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { SETTABLE_STATUSES, type ChecklistItem, type ItemPatch, type ItemStatus } from '../../../../shared/checklist-schema';
import { isRealDate } from '../../../../shared/domain/iso-date';
import { ApiClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { ITEM_STATUS_LABELS } from '../../../../shared/vocabulary/checklist';
import { useChecklist } from '../../stores/checklist-store';

type Field = 'status' | 'naReason' | 'owner' | 'dueDate' | 'notes';
type Errors = Partial<Record<Field, string>>;

/** Status (with a reason when not applicable), owner, due date and notes of one item. */
export function ItemEditForm({ item }: { item: ChecklistItem }) {
  const updateItem = useChecklist((s) => s.updateItem);
  const signedOff = item.status === 'signed_off';
  const [status, setStatus] = useState<ItemStatus>(item.status);
  const [naReason, setNaReason] = useState(item.naReason ?? '');
  const [owner, setOwner] = useState(item.owner);
  const [dueDate, setDueDate] = useState(item.dueDate ?? '');
  const [notes, setNotes] = useState(item.notes);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  function patchFromForm(): { ok: true; patch: ItemPatch } | { ok: false; errors: Errors } {
    const patch: ItemPatch = {};
    if (status !== item.status || (status === 'not_applicable' && naReason.trim() !== (item.naReason ?? ''))) {
      if (status === 'signed_off') return { ok: false, errors: { status: 'Signed off is reached through legal review' } };
      if (status === 'not_applicable' && !naReason.trim()) return { ok: false, errors: { naReason: 'Write why this item does not apply' } };
      patch.status = status;
      if (status === 'not_applicable') patch.naReason = naReason.trim();
    }
    if (owner.trim() !== item.owner) {
      if (owner.trim().length > 200) return { ok: false, errors: { owner: 'Owner must be at most 200 characters' } };
      patch.owner = owner.trim();
    }
    if (dueDate !== (item.dueDate ?? '')) {
      if (dueDate && !isRealDate(dueDate)) return { ok: false, errors: { dueDate: 'Enter a date that exists' } };
      patch.dueDate = dueDate || null;
    }
    if (notes !== item.notes) patch.notes = notes;
    return { ok: true, patch };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setFormError(null);
    setSaved(false);
    const result = patchFromForm();
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (Object.keys(result.patch).length === 0) {
      setSaved(true);
      return;
    }
    setBusy(true);
    try {
      await updateItem(item.id, result.patch);
      setSaved(true);
    } catch (err) {
      const field = err instanceof ApiClientError ? err.field : undefined;
      if (field && ['status', 'naReason', 'owner', 'dueDate', 'notes'].includes(field)) setErrors({ [field]: errorMessage(err) });
      else setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const change = <T,>(setter: (v: T) => void) => (v: T) => {
    setter(v);
    setSaved(false);
  };

  return (
    <form className="item-form" onSubmit={submit} noValidate aria-label="Work on this item">
      <ErrorAlert message={formError} />
      <div className="form-row">
        <FormField
          id="item-status"
          label="Status"
          error={errors.status}
          hint={signedOff ? 'Signed off through legal review; its status changes only there.' : undefined}
        >
          <select
            {...fieldA11y('item-status', errors.status, signedOff)}
            className="input select"
            value={status}
            disabled={signedOff}
            onChange={(e) => change(setStatus)(SETTABLE_STATUSES.find((s) => s === e.target.value) ?? item.status)}
          >
            {signedOff ? <option value="signed_off">{ITEM_STATUS_LABELS.signed_off}</option> : null}
            {SETTABLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ITEM_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="item-due" label="Due date" optional error={errors.dueDate}>
          <input
            {...fieldA11y('item-due', errors.dueDate)}
            type="date"
            className="input input-date"
            value={dueDate}
            onChange={(e) => change(setDueDate)(e.target.value)}
          />
        </FormField>
      </div>
      {status === 'not_applicable' ? (
        <FormField id="item-na-reason" label="Why it does not apply" error={errors.naReason}>
          <textarea
            {...fieldA11y('item-na-reason', errors.naReason)}
            className="input textarea"
            rows={2}
            value={naReason}
            onChange={(e) => change(setNaReason)(e.target.value)}
          />
        </FormField>
      ) : null}
      <FormField id="item-owner" label="Owner" optional error={errors.owner}>
        <input
          {...fieldA11y('item-owner', errors.owner)}
          className="input"
          value={owner}
          autoComplete="off"
          onChange={(e) => change(setOwner)(e.target.value)}
        />
      </FormField>
      <FormField id="item-notes" label="Notes" optional error={errors.notes}>
        <textarea
          {...fieldA11y('item-notes', errors.notes)}
          className="input textarea"
          rows={3}
          value={notes}
          onChange={(e) => change(setNotes)(e.target.value)}
        />
      </FormField>
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Save
        </Button>
        {saved ? (
          <span className="save-status" role="status">
            <Check size={16} aria-hidden="true" />
            Saved
          </span>
        ) : null}
      </div>
    </form>
  );
}
