import { useEffect, useState, type FormEvent } from 'react';
import type { ProfileDiff } from '../../../../shared/checklist-schema';
import { localToday } from '../../../../shared/domain/iso-date';
import type { EntryFields } from '../../../../shared/entry-schema';
import { ApiClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { useChecklist } from '../../stores/checklist-store';
import { useEntries } from '../../stores/entries-store';
import { useEntryDialog } from '../../stores/entry-dialog-store';
import { useEntryPage } from '../../stores/entry-page-store';
import { useNotice } from '../../stores/notice-store';
import { ApplicabilityFieldset } from './ApplicabilityFieldset';
import { MarketSection } from './MarketSection';
import { ProfileChangeConfirm } from './ProfileChangeConfirm';
import { WindowSection } from './WindowSection';
import { emptyFormValues, fieldKeyFor, validateForm, type EntryFormValues, type FieldErrors } from './entry-form-values';

function defaultHomeCountry(): string {
  // The newest entry's home market is the best guess for the next one.
  return useEntries.getState().entries?.[0]?.homeCountry ?? '';
}

/** The entry form inside the dialog: validation, submit, field messages. */
export function EntryForm({ editingId, initial }: { editingId: string | null; initial: EntryFormValues | null }) {
  const close = useEntryDialog((s) => s.close);
  const [values, setValues] = useState<EntryFormValues>(() => initial ?? emptyFormValues(localToday(), defaultHomeCountry()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusSeq, setFocusSeq] = useState(0);
  /** An edit that would change the checklist, waiting for the user to confirm it. */
  const [pending, setPending] = useState<{ fields: EntryFields; diff: ProfileDiff } | null>(null);
  const [backSeq, setBackSeq] = useState(0);

  // Back from the confirmation step: focus returns to the Save button it came from.
  useEffect(() => {
    if (backSeq > 0) document.querySelector<HTMLElement>('.dialog button[type="submit"]')?.focus();
  }, [backSeq]);

  // After a failed submit, move focus to the first field with a message.
  useEffect(() => {
    if (focusSeq === 0) return;
    const root = document.querySelector('.dialog');
    const first = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (first) {
      first.focus({ preventScroll: true });
      first.scrollIntoView({ block: 'center' });
    } else root?.querySelector('.field-error')?.scrollIntoView({ block: 'center' });
  }, [focusSeq]);

  function update(patch: Partial<EntryFormValues>) {
    setValues((v) => ({ ...v, ...patch }));
    // A field's message goes away once the user changes that field.
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(patch)) {
        for (const errKey of Object.keys(next)) if (errorBelongsTo(errKey, key)) delete next[errKey];
      }
      return next;
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (submitting) return;
    setFormError(null);
    const result = validateForm(values);
    if (!result.ok) {
      const { form, ...fieldErrors } = result.errors;
      setErrors(fieldErrors);
      setFormError(form ?? null);
      setFocusSeq((n) => n + 1);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      if (editingId) {
        const diff = await useEntries.getState().previewUpdate(editingId, result.fields);
        if (diff.add.length + diff.remove.length + diff.restore.length > 0) {
          setPending({ fields: result.fields, diff });
          return;
        }
      }
      await save(result.fields);
    } catch (err) {
      showError(err);
    } finally {
      setSubmitting(false);
    }
  }

  async function save(fields: EntryFields) {
    if (editingId) {
      const entry = await useEntries.getState().update(editingId, fields);
      await useEntryPage.getState().replace(entry);
      if (useChecklist.getState().entryId === entry.id) await useChecklist.getState().reload();
      useNotice.getState().show(`Saved the changes to “${entry.name}”.`);
    } else {
      const entry = await useEntries.getState().create(fields);
      useNotice.getState().show(`Created “${entry.name}”.`);
    }
    close();
  }

  async function confirm() {
    if (!pending || submitting) return;
    setSubmitting(true);
    try {
      await save(pending.fields);
    } catch (err) {
      setPending(null);
      showError(err);
    } finally {
      setSubmitting(false);
    }
  }

  function showError(err: unknown) {
    const key = err instanceof ApiClientError && err.field ? fieldKeyFor(err.field) : null;
    if (key) {
      setErrors({ [key]: errorMessage(err) });
      setFocusSeq((n) => n + 1);
    } else {
      setFormError(errorMessage(err));
    }
  }

  const title = editingId ? 'Edit market entry' : 'New market entry';
  if (pending) {
    return (
      <div className="dialog-form">
        <DialogHeader title={title} description="Saving this edit changes the checklist. Check the changes below." />
        <div className="dialog-body">
          <ErrorAlert message={formError} />
          <ProfileChangeConfirm diff={pending.diff} />
        </div>
        <footer className="dialog-footer">
          <Button
            onClick={() => {
              setPending(null);
              setBackSeq((n) => n + 1);
            }}
          >
            Back
          </Button>
          <Button variant="primary" disabled={submitting} autoFocus onClick={() => void confirm()}>
            Confirm
          </Button>
        </footer>
      </div>
    );
  }
  return (
    <form className="dialog-form" onSubmit={submit} noValidate>
      <DialogHeader
        title={title}
        description={
          editingId
            ? 'The target date follows the start date and the readiness target.'
            : 'One country: its readiness window and the profile that decides which rules apply.'
        }
      />
      <div className="dialog-body">
        <ErrorAlert message={formError} />
        <MarketSection values={values} errors={errors} update={update} />
        <WindowSection values={values} errors={errors} update={update} />
        <ApplicabilityFieldset values={values} errors={errors} update={update} />
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={submitting}>
          {editingId ? 'Save changes' : 'Create entry'}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** Which form value an error key is about, so editing the value clears the message. */
function errorBelongsTo(errorKey: string, valueKey: string): boolean {
  const map: Record<string, string> = {
    entryMode: 'profile.entryMode',
    customerType: 'profile.customerType',
    dataSubjects: 'profile.dataSubjects',
    regulatedSectors: 'profile.regulatedSectors',
    marketRevenueAmount: 'profile.expectedMarketRevenue.amount',
    marketRevenueCurrency: 'profile.expectedMarketRevenue.currency',
    globalRevenueAmount: 'profile.globalRevenue.amount',
    globalRevenueCurrency: 'profile.globalRevenue.currency',
  };
  return errorKey === (map[valueKey] ?? valueKey);
}
