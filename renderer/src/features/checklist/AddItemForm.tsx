import { useEffect, useState, type FormEvent } from 'react';
import { customItemInput } from '../../../../shared/checklist-schema';
import { CATEGORIES, WORKSTREAMS } from '../../../../shared/requirements/pack-schema';
import { ApiClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { CATEGORY_LABELS, WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { useChecklist } from '../../stores/checklist-store';
import { useNotice } from '../../stores/notice-store';

const FIELDS = ['title', 'category', 'workstream', 'owner', 'dueDate', 'notes'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

/** Title, category, workstream, owner, due date and notes of a custom item, checked with the API's schema before it is sent. */
export function AddItemForm({ onDone }: { onDone(): void }) {
  const entryId = useChecklist((s) => s.entryId);
  const addCustomItem = useChecklist((s) => s.addCustomItem);
  const [values, setValues] = useState<Record<Field, string>>({ title: '', category: '', workstream: '', owner: '', dueDate: '', notes: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusSeq, setFocusSeq] = useState(0);

  // After a refused submit, move focus to the first field with a message.
  useEffect(() => {
    if (focusSeq > 0) document.querySelector<HTMLElement>('.dialog [aria-invalid="true"]')?.focus();
  }, [focusSeq]);

  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setFormError(null);
    const parsed = customItemInput.safeParse({
      entryId: entryId ?? '',
      title: values.title,
      category: values.category,
      workstream: values.workstream,
      owner: values.owner,
      dueDate: values.dueDate === '' ? null : values.dueDate,
      notes: values.notes,
    });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const key = FIELDS.find((f) => f === issue.path[0]);
        if (key && !next[key]) next[key] = issue.message;
      }
      setErrors(next);
      if (Object.keys(next).length === 0) setFormError(parsed.error.issues[0]?.message ?? 'Check the form.');
      setFocusSeq((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { entryId: _e, ...input } = parsed.data;
      const item = await addCustomItem(input);
      useNotice.getState().show(`Added “${item.title}” to the checklist.`);
      onDone();
    } catch (err) {
      const field = err instanceof ApiClientError ? FIELDS.find((f) => f === err.field) : undefined;
      if (field) setErrors({ [field]: errorMessage(err) });
      else setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
      <DialogHeader
        title="Add a checklist item"
        description="For work the library does not cover: a contract to sign, an internal approval, a local quirk."
      />
      <div className="dialog-body">
        <ErrorAlert message={formError} />
        <FormField id="custom-title" label="Title" error={errors.title}>
          <input {...fieldA11y('custom-title', errors.title)} className="input" value={values.title} autoFocus onChange={(e) => set('title')(e.target.value)} />
        </FormField>
        <div className="form-row">
          <FormField id="custom-category" label="Category" error={errors.category}>
            <select {...fieldA11y('custom-category', errors.category)} className="input select" value={values.category} onChange={(e) => set('category')(e.target.value)}>
              <option value="">Choose a category…</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="custom-workstream" label="Workstream" error={errors.workstream}>
            <select
              {...fieldA11y('custom-workstream', errors.workstream)}
              className="input select"
              value={values.workstream}
              onChange={(e) => set('workstream')(e.target.value)}
            >
              <option value="">Choose a workstream…</option>
              {WORKSTREAMS.map((w) => (
                <option key={w} value={w}>
                  {WORKSTREAM_LABELS[w]}
                </option>
              ))}
            </select>
          </FormField>
        </div>
        <div className="form-row">
          <FormField id="custom-owner" label="Owner" optional error={errors.owner}>
            <input {...fieldA11y('custom-owner', errors.owner)} className="input" value={values.owner} onChange={(e) => set('owner')(e.target.value)} />
          </FormField>
          <FormField id="custom-due" label="Due date" optional error={errors.dueDate}>
            <input
              {...fieldA11y('custom-due', errors.dueDate)}
              type="date"
              className="input input-date"
              value={values.dueDate}
              onChange={(e) => set('dueDate')(e.target.value)}
            />
          </FormField>
        </div>
        <FormField id="custom-notes" label="Notes" optional error={errors.notes}>
          <textarea {...fieldA11y('custom-notes', errors.notes)} className="input textarea" rows={3} value={values.notes} onChange={(e) => set('notes')(e.target.value)} />
        </FormField>
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={busy}>
          Add item
        </Button>
      </DialogFooter>
    </form>
  );
}
