import { Trash2 } from 'lucide-react';
import type { Entry } from '../../../../shared/entry-schema';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useEntries } from '../../stores/entries-store';
import { useNotice } from '../../stores/notice-store';
import { useRouter } from '../../stores/router-store';

/** "Delete <name>?" with Cancel and Delete; on delete, back to the portfolio. */
export function DeleteEntryDialog({ entry }: { entry: Entry }) {
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" icon={Trash2} className="btn-danger-text">
          Delete
        </Button>
      }
      title={`Delete ${entry.name}?`}
      description="This cannot be undone. Its audit history is kept."
      confirmLabel="Delete"
      variant="danger"
      onConfirm={() => useEntries.getState().remove(entry.id)}
      onConfirmed={() => {
        useNotice.getState().show(`Deleted “${entry.name}”.`);
        useRouter.getState().navigate({ name: 'portfolio' });
      }}
    />
  );
}
