import { Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Entry } from '../../../../shared/entry-schema';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useEntries } from '../../stores/entries-store';
import { useNotice } from '../../stores/notice-store';
import { useRouter } from '../../stores/router-store';

/**
 * "Delete <name>?" with Cancel and Delete; on delete, back to the portfolio. An entry the
 * ledger holds sign-offs on cannot be deleted, and the dialog says so before Delete is pressed.
 */
export function DeleteEntryDialog({ entry }: { entry: Entry }) {
  const [holdsSignoffs, setHoldsSignoffs] = useState(false);
  useEffect(() => {
    let live = true;
    useEntries
      .getState()
      .holdsSignoffs(entry.id)
      .then((holds) => live && setHoldsSignoffs(holds))
      .catch(() => live && setHoldsSignoffs(false));
    return () => {
      live = false;
    };
  }, [entry.id, entry.version]);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" icon={Trash2} className="btn-danger-text">
          Delete
        </Button>
      }
      title={`Delete ${entry.name}?`}
      description={
        holdsSignoffs
          ? `${entry.name} holds legal sign-offs, so it cannot be deleted: the ledger keeps every decision. Archive it instead to hide it from the portfolio.`
          : 'This cannot be undone. Its audit history is kept.'
      }
      confirmLabel="Delete"
      confirmDisabled={holdsSignoffs}
      variant="danger"
      onConfirm={() => useEntries.getState().remove(entry.id)}
      onConfirmed={() => {
        useNotice.getState().show(`Deleted “${entry.name}”.`);
        useRouter.getState().navigate({ name: 'portfolio' });
      }}
    />
  );
}
