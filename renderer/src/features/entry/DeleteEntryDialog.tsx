import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Entry } from '../../../../shared/entry-schema';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { useEntries } from '../../stores/entries-store';
import { useNotice } from '../../stores/notice-store';
import { useRouter } from '../../stores/router-store';

/** "Delete <name>?" with Cancel and Delete; on delete, back to the portfolio. */
export function DeleteEntryDialog({ entry }: { entry: Entry }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await useEntries.getState().remove(entry.id);
      setOpen(false);
      useNotice.getState().show(`Deleted “${entry.name}”.`);
      useRouter.getState().navigate({ name: 'portfolio' });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setError(null);
      }}
    >
      <AlertDialog.Trigger asChild>
        <Button variant="ghost" icon={Trash2} className="btn-danger-text">
          Delete
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog-small">
          <div className="dialog-body">
            <AlertDialog.Title className="dialog-title">Delete {entry.name}?</AlertDialog.Title>
            <AlertDialog.Description className="dialog-description">
              This cannot be undone. Its audit history is kept.
            </AlertDialog.Description>
            <ErrorAlert message={error} />
          </div>
          <footer className="dialog-footer">
            <AlertDialog.Cancel asChild>
              <Button>Cancel</Button>
            </AlertDialog.Cancel>
            <Button variant="danger" disabled={busy} onClick={() => void remove()}>
              Delete
            </Button>
          </footer>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
