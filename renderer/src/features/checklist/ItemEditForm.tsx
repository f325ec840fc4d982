import { Check } from 'lucide-react';
import { FormDateField } from '../../components/DateField';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { SETTABLE_STATUSES, type ChecklistItem, type ItemPatch } from '../../../../shared/checklist-schema';
import { ITEM_STATUS_LABELS } from '../../../../shared/vocabulary/checklist';
import { Button } from '../../components/Button';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { DueWithTask } from '../../components/DueWithTask';
import { dayOffInWords } from '../../../../shared/vocabulary/calendar';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useOnEdit } from '../../lib/use-on-edit';
import { useChecklist } from '../../stores/checklist-store';
import { itemFormSchema } from './item-form-schema';

/** What differs from the item as stored: only that is sent. */
function changes(input: ItemPatch, item: ChecklistItem): ItemPatch {
  const patch: ItemPatch = {};
  const reasonChanged = input.status === 'not_applicable' && input.naReason !== (item.naReason ?? '');
  if (input.status !== undefined && (input.status !== item.status || reasonChanged)) {
    patch.status = input.status;
    if (input.status === 'not_applicable') patch.naReason = input.naReason;
  }
  if (input.owner !== undefined && input.owner !== item.owner) patch.owner = input.owner;
  if (input.dueDate !== undefined && input.dueDate !== item.dueDate) patch.dueDate = input.dueDate;
  if (input.notes !== undefined && input.notes !== item.notes) patch.notes = input.notes;
  return patch;
}

function valuesOf(item: ChecklistItem) {
  return { status: item.status, naReason: item.naReason ?? '', owner: item.owner, dueDate: item.dueDate ?? '', notes: item.notes };
}

/** Status (with a reason when not applicable), owner, due date and notes of one item. */
export function ItemEditForm({ item }: { item: ChecklistItem }) {
  const updateItem = useChecklist((s) => s.updateItem);
  const signedOff = item.status === 'signed_off';
  const { form, submit, busy, formError, stale, clearFailure } = useApiForm({
    schema: itemFormSchema,
    defaultValues: valuesOf(item),
  });
  /** The version of the item the form's values are based on (as opened, then as last saved or reloaded). */
  const [base, setBase] = useState(item.version);
  const { register, control } = form;
  const errors = form.formState.errors;
  const status = useWatch({ control, name: 'status' });
  const [saved, setSaved] = useState(false);

  // An untouched form follows the item as stored (evidence added here can move its version:
  // an approval turning stale); one holding edits keeps the version they were based on.
  const dirty = form.formState.isDirty;
  const [seen, setSeen] = useState(item.version);
  const [follow, setFollow] = useState<ChecklistItem | null>(null);
  if (item.version !== seen) {
    setSeen(item.version);
    if (!dirty) {
      setBase(item.version);
      setFollow(item);
    }
  }
  useEffect(() => {
    if (follow) form.reset(valuesOf(follow));
  }, [follow, form]);

  // Any change after saving takes the "Saved" mark away.
  useOnEdit(form, () => setSaved(false));

  const onSubmit = submit(async (input) => {
    setSaved(false);
    const patch = changes(input, item);
    if (Object.keys(patch).length > 0) {
      const stored = await updateItem(item.id, base, patch);
      setBase(stored.version);
      form.reset(valuesOf(stored));
    }
    setSaved(true);
  });

  /** After a refusal because the item changed elsewhere: the item as stored now, in the form. */
  async function reload() {
    await useChecklist.getState().reload();
    const current = useChecklist.getState().view?.items.find((i) => i.id === item.id);
    clearFailure();
    if (!current) return;
    setBase(current.version);
    form.reset(valuesOf(current));
  }

  return (
    <form className="item-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Work on this item">
      <ErrorAlert message={formError} onReload={stale ? () => void reload() : undefined} />
      <div className="form-row">
        <EnumSelect
          id="item-status"
          label="Status"
          labels={ITEM_STATUS_LABELS}
          values={SETTABLE_STATUSES}
          extra={signedOff ? <option value="signed_off">{ITEM_STATUS_LABELS.signed_off}</option> : null}
          error={errorAt(errors, 'status')}
          hint={signedOff ? 'Signed off through legal review; its status changes only there.' : undefined}
          disabled={signedOff}
          {...register('status')}
        />
        {item.dueWith ? (
          <div className="field">
            <span className="field-label">Due date</span>
            <p className="due-from-task">
              <DueWithTask item={item} />
            </p>
          </div>
        ) : (
          <FormDateField
            control={control}
            id="item-due"
            label="Due date"
            optional
            error={errorAt(errors, 'dueDate')}
            hint={item.dueDayOff ? `${dayOffInWords(item.dueDayOff)}: not a working day in this market's calendar` : undefined}
            name="dueDate"
          />
        )}
      </div>
      {status === 'not_applicable' ? (
        <TextAreaField id="item-na-reason" label="Why it does not apply" error={errorAt(errors, 'naReason')} rows={2} {...register('naReason')} />
      ) : null}
      <TextField id="item-owner" label="Owner" optional error={errorAt(errors, 'owner')} {...register('owner')} />
      <TextAreaField id="item-notes" label="Notes" optional error={errorAt(errors, 'notes')} rows={3} {...register('notes')} />
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
