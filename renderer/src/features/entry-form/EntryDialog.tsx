import * as Dialog from '@radix-ui/react-dialog';
import { GuardedDialogRoot } from '../../components/GuardedDialogRoot';
import { useEntryDialog } from '../../stores/entry-dialog-store';
import { formValuesFromEntry } from './entry-form-values';
import { EntryForm } from './EntryForm';
import './entry-form.css';
import { useReturnFocus } from '../../lib/use-return-focus';

/** The "New market entry" dialog, also used to edit an entry. */
export function EntryDialog() {
  const returnFocus = useReturnFocus();
  const { open, editing, session, close } = useEntryDialog();
  return (
    <GuardedDialogRoot open={open} onOpenChange={(o) => (o ? undefined : close())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content {...returnFocus} className="dialog dialog-large">
          {/* A fresh form for every opening. */}
          <EntryForm key={session} editing={editing ? { id: editing.id, version: editing.version } : null} initial={editing ? formValuesFromEntry(editing) : null} />
        </Dialog.Content>
      </Dialog.Portal>
    </GuardedDialogRoot>
  );
}
