import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { FormDateField } from '../../components/DateField';
import { SETTABLE_STATUSES, type BulkPatch } from '../../../../shared/checklist-schema';
import { ITEM_STATUS_LABELS } from '../../../../shared/vocabulary/checklist';
import { DialogForm } from '../../components/DialogForm';
import { EnumSelect } from '../../components/EnumSelect';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { formatDate, plural } from '../../lib/format-date';
import { useApiForm } from '../../lib/use-api-form';
import { shownVersions, useChecklist, type BulkDialogRequest } from '../../stores/checklist-store';
import { useNotice } from '../../stores/notice-store';
import { bulkFormSchema } from './item-form-schema';

/** The notice after a bulk change: what was done to which items. */
function doneText(patch: BulkPatch, what: string): string {
  if (patch.owner !== undefined) return patch.owner ? `Set the owner of ${what} to ${patch.owner}.` : `Cleared the owner of ${what}.`;
  if (patch.status === 'not_applicable') return `Marked ${what} not applicable.`;
  if (patch.status !== undefined) return `Set ${what} to ${ITEM_STATUS_LABELS[patch.status]}.`;
  return patch.dueDate ? `Set the due date of ${what} to ${formatDate(patch.dueDate)}.` : `Removed the due date of ${what}.`;
}

/** The form inside the bulk dialog: one field (owner, status with its reason, or due date) for the chosen items. */
export function BulkEditForm({ request }: { request: BulkDialogRequest }) {
  const close = useChecklist((s) => s.closeBulkDialog);
  const bulkUpdate = useChecklist((s) => s.bulkUpdate);
  const items = useChecklist((s) => s.view?.items);
  const single = request.itemIds.length === 1 ? items?.find((i) => i.id === request.itemIds[0]) : undefined;
  /** The items at the versions shown when the dialog opened: what the change is based on. */
  const [based, setBased] = useState(() => {
    try {
      return shownVersions(request.itemIds);
    } catch {
      return request.itemIds.map((itemId) => ({ itemId, version: 0 }));
    }
  });
  const { form, submit, busy, formError, stale, clearFailure, field, dateField } = useApiForm({
    schema: bulkFormSchema(request.field),
    defaultValues: { owner: '', status: request.status ?? '', naReason: '', dueDate: '' },
  });
  const status = useWatch({ control: form.control, name: 'status' });

  const what = single ? `“${single.title}”` : plural(request.itemIds.length, 'item');
  const title =
    request.field === 'owner' ? `Set owner for ${what}` : request.field === 'status' ? `Set status for ${what}` : `Set due date for ${what}`;

  const onSubmit = submit(async (patch) => {
    await bulkUpdate(based, patch);
    useNotice.getState().show(doneText(patch, what));
    close();
  });

  return (
    <DialogForm
      title={title}
      description={request.itemIds.length > 1 ? 'Every selected item changes, or none does.' : 'Only this item changes.'}
      small
      onSubmit={onSubmit}
      bodyClassName="dialog-body-form"
      submit={{ label: 'Apply', disabled: busy }}
      error={formError}
      onReload={
        stale
          ? () =>
              void useChecklist
                .getState()
                .reload()
                .then(() => {
                  clearFailure();
                  setBased(shownVersions(request.itemIds.filter((id) => useChecklist.getState().view?.items.some((i) => i.id === id))));
                })
          : undefined
      }
    >
      {request.field === 'owner' ? (
        <TextField id="bulk-owner" label="Owner" hint="A person or team. Leave empty to unassign." autoFocus {...field('owner')} />
      ) : null}
      {request.field === 'status' ? (
        <>
          <EnumSelect
            id="bulk-status"
            label="Status"
            labels={ITEM_STATUS_LABELS}
            values={SETTABLE_STATUSES}
            placeholder="Choose a status…"
            hint="Signed off is reached through legal review, not here."
            autoFocus={!request.status}
            {...field('status')}
          />
          {status === 'not_applicable' ? (
            <TextAreaField id="bulk-na-reason" label="Why it does not apply" hint="Kept with the item's history, for counsel and auditors." rows={3} autoFocus={!!request.status} {...field('naReason')} />
          ) : null}
        </>
      ) : null}
      {request.field === 'dueDate' ? (
        <FormDateField id="bulk-due" label="Due date" hint="Leave empty to remove the due date." {...dateField('dueDate')} />
      ) : null}
    </DialogForm>
  );
}
