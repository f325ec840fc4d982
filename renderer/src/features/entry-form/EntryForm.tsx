import { useEffect, useState } from 'react';
import type { ProfileDiff } from '../../../../shared/checklist-schema';
import { localToday } from '../../../../shared/domain/iso-date';
import type { EntryFields } from '../../../../shared/entry-schema';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DialogForm } from '../../components/DialogForm';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { api } from '../../api/client';
import { useApiForm } from '../../lib/use-api-form';
import { useChecklist } from '../../stores/checklist-store';
import { useEntries } from '../../stores/entries-store';
import { useEntryDialog } from '../../stores/entry-dialog-store';
import { useEntryPage } from '../../stores/entry-page-store';
import { useNotice } from '../../stores/notice-store';
import { usePreferences } from '../../stores/preferences-store';
import { ApplicabilityFieldset } from './ApplicabilityFieldset';
import { MarketSection } from './MarketSection';
import { ProfileChangeConfirm } from './ProfileChangeConfirm';
import { readyWarning } from './ready-warning';
import { WindowSection } from './WindowSection';
import { ENTRY_FIELD_ALIASES, emptyFormValues, entryFormSchema, type EntryFormValues } from './entry-form-values';

function defaultHomeCountry(): string {
  // The company's home market from Settings; without one, the newest entry's is the best guess.
  return usePreferences.getState().preferences.homeMarket ?? useEntries.getState().entries?.[0]?.homeCountry ?? '';
}

/** The entry form inside the dialog; an edit that changes the checklist is confirmed first. */
export function EntryForm({ editing, initial }: { editing: { id: string; version: number } | null; initial: EntryFormValues | null }) {
  const close = useEntryDialog((s) => s.close);
  const editingId = editing?.id ?? null;
  const { form, submit, busy, formError, stale } = useApiForm({
    schema: entryFormSchema,
    defaultValues: initial ?? emptyFormValues(localToday(), defaultHomeCountry()),
    aliases: ENTRY_FIELD_ALIASES,
  });
  /** An edit that would change the checklist, waiting for the user to confirm it. */
  const [pending, setPending] = useState<{ fields: EntryFields; diff: ProfileDiff } | null>(null);
  /** "Ready" against the figures, stated and waiting for Confirm or Cancel. */
  const [readyCheck, setReadyCheck] = useState<{ name: string; sentence: string } | null>(null);
  const [backSeq, setBackSeq] = useState(0);

  // Back from the confirmation step: focus returns to the Save button it came from.
  useEffect(() => {
    if (backSeq > 0) document.querySelector<HTMLElement>('.dialog button[type="submit"]')?.focus();
  }, [backSeq]);

  async function save(fields: EntryFields) {
    if (editingId) {
      // The version the form was opened with: an edit saved meanwhile elsewhere is never overwritten.
      const entry = await useEntries.getState().update(editingId, editing!.version, fields);
      await useEntryPage.getState().replace(entry);
      if (useChecklist.getState().entryId === entry.id) await useChecklist.getState().reload();
      useNotice.getState().show(`Saved the changes to “${entry.name}”.`);
    } else {
      const entry = await useEntries.getState().create(fields);
      useNotice.getState().show(`Created “${entry.name}”.`);
    }
    close();
  }

  /** Saves once "Ready" has been confirmed (or needed no confirmation): the profile's changes are previewed first. */
  const proceed = async (fields: EntryFields) => {
    if (editingId) {
      const diff = await useEntries.getState().previewUpdate(editingId, fields);
      if (diff.add.length + diff.remove.length + diff.restore.length > 0) {
        setPending({ fields, diff });
        return;
      }
    }
    await save(fields);
  };

  const onSave = submit(async (fields) => {
    const sentence = await readyWarning(fields, editingId && initial ? { id: editingId, status: initial.status } : null);
    if (sentence) setReadyCheck({ name: fields.name, sentence });
    else await proceed(fields);
  });
  const onReadyConfirmed = submit(proceed);

  const onConfirm = submit(async () => {
    if (!pending) return;
    try {
      await save(pending.fields);
    } catch (err) {
      setPending(null);
      throw err;
    }
  });

  /** After a refusal because the entry changed elsewhere: open the form afresh on the entry as stored now. */
  async function reload() {
    if (!editingId) return;
    const current = await api('entries.get', { id: editingId });
    await useEntryPage.getState().replace(current);
    useEntryDialog.getState().openEdit(current);
  }
  const onReload = stale ? () => void reload() : undefined;

  const title = editingId ? 'Edit market entry' : 'New market entry';
  if (pending) {
    return (
      <div className="dialog-form">
        <DialogHeader title={title} description="Saving this edit changes the checklist. Check the changes below." />
        <div className="dialog-body">
          <ErrorAlert message={formError} onReload={onReload} />
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
          <Button variant="primary" disabled={busy} autoFocus onClick={() => void onConfirm()}>
            Confirm
          </Button>
        </footer>
      </div>
    );
  }
  return (
    <>
      <DialogForm
        title={title}
        description={editingId ? 'The target date follows the start date and the readiness target.' : 'One country: its readiness window and the profile that decides which rules apply.'}
        onSubmit={onSave}
        submit={{ label: editingId ? 'Save changes' : 'Create entry', disabled: busy }}
        error={formError}
        onReload={onReload}
      >
        <MarketSection form={form} />
        <WindowSection form={form} />
        <ApplicabilityFieldset form={form} />
      </DialogForm>
      <ConfirmDialog
        open={readyCheck !== null}
        onOpenChange={(o) => (o ? undefined : setReadyCheck(null))}
        stacked
        title={`Mark “${readyCheck?.name ?? ''}” as Ready?`}
        description={`${readyCheck?.sentence ?? ''} Ready tells the portfolio this market can open; nothing is saved until you confirm.`}
        confirmLabel="Mark as Ready"
        variant="primary"
        onConfirm={async () => {
          setReadyCheck(null);
          await onReadyConfirmed();
        }}
      />
    </>
  );
}
