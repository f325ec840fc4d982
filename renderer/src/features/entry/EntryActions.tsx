import { Archive, ArchiveRestore, Pencil } from 'lucide-react';
import { useState } from 'react';
import type { Entry } from '../../../../shared/entry-schema';
import { Button } from '../../components/Button';
import { errorMessage } from '../../lib/error-message';
import { ARCHIVE_ENTRY, RESTORE_ENTRY } from '../../lib/undoable-actions';
import { useEntries } from '../../stores/entries-store';
import { useEntryDialog } from '../../stores/entry-dialog-store';
import { useEntryPage } from '../../stores/entry-page-store';
import { useNotice } from '../../stores/notice-store';
import { DeleteEntryDialog } from './DeleteEntryDialog';

/** Edit, Archive or Restore, Delete. */
export function EntryActions({ entry, onError }: { entry: Entry; onError(message: string | null): void }) {
  const openEdit = useEntryDialog((s) => s.openEdit);
  const [busy, setBusy] = useState(false);

  async function toggleArchived() {
    setBusy(true);
    onError(null);
    try {
      const store = useEntries.getState();
      const changed = entry.archived ? await store.restore(entry.id) : await store.archive(entry.id);
      await useEntryPage.getState().replace(changed);
      useNotice.getState().showUndoable(changed.archived ? ARCHIVE_ENTRY : RESTORE_ENTRY, changed);
    } catch (err) {
      onError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page-actions">
      <Button icon={Pencil} onClick={() => openEdit(entry)}>
        Edit
      </Button>
      <Button icon={entry.archived ? ArchiveRestore : Archive} disabled={busy} onClick={() => void toggleArchived()}>
        {entry.archived ? 'Restore' : 'Archive'}
      </Button>
      <DeleteEntryDialog entry={entry} />
    </div>
  );
}
