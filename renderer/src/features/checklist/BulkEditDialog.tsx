import * as Dialog from '@radix-ui/react-dialog';
import { GuardedDialogRoot } from '../../components/GuardedDialogRoot';
import { useChecklist } from '../../stores/checklist-store';
import { BulkEditForm } from './BulkEditForm';
import { useReturnFocus } from '../../lib/use-return-focus';

/** "Set owner…", "Set status…", "Set due date…" for the selected items (or one row's not-applicable reason). */
export function BulkEditDialog() {
  const returnFocus = useReturnFocus();
  const request = useChecklist((s) => s.bulkDialog);
  const close = useChecklist((s) => s.closeBulkDialog);
  return (
    <GuardedDialogRoot open={request !== null} onOpenChange={(o) => (o ? undefined : close())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content {...returnFocus} className="dialog dialog-small">{request ? <BulkEditForm request={request} /> : null}</Dialog.Content>
      </Dialog.Portal>
    </GuardedDialogRoot>
  );
}
