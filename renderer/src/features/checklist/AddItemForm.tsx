import { customItemInput } from '../../../../shared/checklist-schema';
import { FormDateField } from '../../components/DateField';
import { CATEGORY_LABELS, WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { DialogForm } from '../../components/DialogForm';
import { EnumSelect } from '../../components/EnumSelect';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { emptyAsNull, fromForm } from '../../lib/form-values';
import { errorAt } from '../../lib/use-api-form';
import { useActionForm } from '../../lib/use-action-form';
import { useChecklist } from '../../stores/checklist-store';

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
  const { form, bound } = useActionForm({
    schema,
    defaultValues: { title: '', category: '', workstream: '', owner: '', dueDate: '', notes: '' },
    action: async (input) => `Added “${(await addCustomItem(input)).title}” to the checklist.`,
    onDone,
  });
  const { register, control } = form;
  const errors = form.formState.errors;

  return (
    <DialogForm
      title="Add a checklist item"
      description="For work the library does not cover: a contract to sign, an internal approval, a local quirk."
      submit={{ label: 'Add item' }}
      {...bound}
    >
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
    </DialogForm>
  );
}
