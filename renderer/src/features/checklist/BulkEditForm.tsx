import { useState, type FormEvent } from 'react';
import { SETTABLE_STATUSES, type BulkPatch } from '../../../../shared/checklist-schema';
import { isRealDate } from '../../../../shared/domain/iso-date';
import { ApiClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { formatDate, plural } from '../../lib/format-date';
import { ITEM_STATUS_LABELS } from '../../../../shared/vocabulary/checklist';
import { useChecklist, type BulkDialogRequest, type SettableStatus } from '../../stores/checklist-store';
import { useNotice } from '../../stores/notice-store';

type Errors = Partial<Record<'owner' | 'status' | 'naReason' | 'dueDate', string>>;

/** The form inside the bulk dialog: one field (owner, status with its reason, or due date) for the chosen items. */
export function BulkEditForm({ request }: { request: BulkDialogRequest }) {
  const close = useChecklist((s) => s.closeBulkDialog);
  const bulkUpdate = useChecklist((s) => s.bulkUpdate);
  const items = useChecklist((s) => s.view?.items);
  const single = request.itemIds.length === 1 ? items?.find((i) => i.id === request.itemIds[0]) : undefined;
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<SettableStatus | ''>(request.status ?? '');
  const [naReason, setNaReason] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const what = single ? `“${single.title}”` : plural(request.itemIds.length, 'item');
  const title =
    request.field === 'owner' ? `Set owner for ${what}` : request.field === 'status' ? `Set status for ${what}` : `Set due date for ${what}`;

  function validate(): { patch: BulkPatch; done: string } | Errors {
    if (request.field === 'owner') {
      const value = owner.trim();
      if (value.length > 200) return { owner: 'Owner must be at most 200 characters' };
      return { patch: { owner: value }, done: value ? `Set the owner of ${what} to ${value}.` : `Cleared the owner of ${what}.` };
    }
    if (request.field === 'status') {
      if (!status) return { status: 'Choose a status' };
      if (status === 'not_applicable') {
        if (!naReason.trim()) return { naReason: 'Write why this does not apply' };
        return { patch: { status, naReason: naReason.trim() }, done: `Marked ${what} not applicable.` };
      }
      return { patch: { status }, done: `Set ${what} to ${ITEM_STATUS_LABELS[status]}.` };
    }
    if (dueDate === '') return { patch: { dueDate: null }, done: `Removed the due date of ${what}.` };
    if (!isRealDate(dueDate)) return { dueDate: 'Enter a date that exists' };
    return { patch: { dueDate }, done: `Set the due date of ${what} to ${formatDate(dueDate)}.` };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setFormError(null);
    const result = validate();
    if (!('patch' in result)) {
      setErrors(result);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await bulkUpdate(request.itemIds, result.patch);
      useNotice.getState().show(result.done);
      close();
    } catch (err) {
      const field = err instanceof ApiClientError ? err.field : undefined;
      if (field === 'naReason' || field === 'owner' || field === 'dueDate' || field === 'status') setErrors({ [field]: errorMessage(err) });
      else setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="dialog-form" onSubmit={submit} noValidate>
      <DialogHeader
        title={title}
        description={request.itemIds.length > 1 ? 'Every selected item changes, or none does.' : 'Only this item changes.'}
        small
      />
      <div className="dialog-body dialog-body-form">
        <ErrorAlert message={formError} />
        {request.field === 'owner' ? (
          <FormField id="bulk-owner" label="Owner" error={errors.owner} hint="A person or team. Leave empty to unassign.">
            <input
              {...fieldA11y('bulk-owner', errors.owner, true)}
              className="input"
              value={owner}
              autoComplete="off"
              autoFocus
              onChange={(e) => setOwner(e.target.value)}
            />
          </FormField>
        ) : null}
        {request.field === 'status' ? (
          <>
            <FormField id="bulk-status" label="Status" error={errors.status} hint="Signed off is reached through legal review, not here.">
              <select
                {...fieldA11y('bulk-status', errors.status, true)}
                className="input select"
                value={status}
                autoFocus={!request.status}
                onChange={(e) => setStatus(SETTABLE_STATUSES.find((s) => s === e.target.value) ?? '')}
              >
                <option value="">Choose a status…</option>
                {SETTABLE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {ITEM_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </FormField>
            {status === 'not_applicable' ? (
              <FormField
                id="bulk-na-reason"
                label="Why it does not apply"
                error={errors.naReason}
                hint="Kept with the item's history, for counsel and auditors."
              >
                <textarea
                  {...fieldA11y('bulk-na-reason', errors.naReason, true)}
                  className="input textarea"
                  rows={3}
                  value={naReason}
                  autoFocus={!!request.status}
                  onChange={(e) => setNaReason(e.target.value)}
                />
              </FormField>
            ) : null}
          </>
        ) : null}
        {request.field === 'dueDate' ? (
          <FormField id="bulk-due" label="Due date" error={errors.dueDate} hint="Leave empty to remove the due date.">
            <input
              {...fieldA11y('bulk-due', errors.dueDate, true)}
              type="date"
              className="input input-date"
              value={dueDate}
              autoFocus
              onChange={(e) => setDueDate(e.target.value)}
            />
          </FormField>
        ) : null}
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={busy}>
          Apply
        </Button>
      </DialogFooter>
    </form>
  );
}
