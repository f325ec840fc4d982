import { customItemInput } from '../../../../shared/checklist-schema';
import { FormDateField } from '../../components/DateField';
import { CATEGORY_LABELS, WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { emptyAsNull, fromForm } from '../../lib/form-values';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useChecklist } from '../../stores/checklist-store';
import { useNotice } from '../../stores/notice-store';

interface AddItemValues {
  title: string;
  category: string;
  workstream: string;
  owner: string;
  dueDate: string;
  notes: string;
}

/** What the form edits of the API's input (the entry is the one open). */
const schema = fromForm(
  (v: AddItemValues) => ({ ...v, dueDate: emptyAsNull(v.dueDate) }),
  customItemInput.pick({ title: true, category: true, workstream: true, owner: true, dueDate: true, notes: true }),
);

/** Title, category, workstream, owner, due date and notes of a custom item, checked with the API's schema before it is sent. */
export function AddItemForm({ onDone }: { onDone(): void }) {
  const addCustomItem = useChecklist((s) => s.addCustomItem);
  const { form, submit, busy, formError } = useApiForm({
    schema,
    defaultValues: { title: '', category: '', workstream: '', owner: '', dueDate: '', notes: '' },
  });
  const { register, control } = form;
  const errors = form.formState.errors;

  const onSubmit = submit(async (input) => {
    const item = await addCustomItem(input);
    useNotice.getState().show(`Added “${item.title}” to the checklist.`);
    onDone();
  });

  return (
    <form className="dialog-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <DialogHeader
        title="Add a checklist item"
        description="For work the library does not cover: a contract to sign, an internal approval, a local quirk."
      />
      <div className="dialog-body">
        <ErrorAlert message={formError} />
        <TextField id="custom-title" label="Title" error={errorAt(errors, 'title')} autoFocus {...register('title')} />
        <div className="form-row">
          <EnumSelect id="custom-category" label="Category" labels={CATEGORY_LABELS} placeholder="Choose a category…" error={errorAt(errors, 'category')} {...register('category')} />
          <EnumSelect
            id="custom-workstream"
            label="Workstream"
            labels={WORKSTREAM_LABELS}
            placeholder="Choose a workstream…"
            error={errorAt(errors, 'workstream')}
            {...register('workstream')}
          />
        </div>
        <div className="form-row">
          <TextField id="custom-owner" label="Owner" optional error={errorAt(errors, 'owner')} {...register('owner')} />
          <FormDateField control={control} id="custom-due" label="Due date" optional error={errorAt(errors, 'dueDate')} name="dueDate" />
        </div>
        <TextAreaField id="custom-notes" label="Notes" optional error={errorAt(errors, 'notes')} rows={3} {...register('notes')} />
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={busy}>
          Add item
        </Button>
      </DialogFooter>
    </form>
  );
}
