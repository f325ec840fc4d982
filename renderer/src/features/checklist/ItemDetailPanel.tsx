import * as Dialog from '@radix-ui/react-dialog';
import { GuardedDialogRoot } from '../../components/GuardedDialogRoot';
import { selectOpenItem, useChecklist } from '../../stores/checklist-store';
import { ItemDetail } from './ItemDetail';
import { useReturnFocus } from '../../lib/use-return-focus';
/** One checklist item in a side panel: why it applies, what the library says, the work on it and its evidence. */
export function ItemDetailPanel() {
  const returnFocus = useReturnFocus();
  const item = useChecklist(selectOpenItem);
  const close = useChecklist((s) => s.closeItem);
  return (
    <GuardedDialogRoot open={item !== null} onOpenChange={(o) => (o ? undefined : close())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay sheet-overlay" />
        <Dialog.Content {...returnFocus} className="sheet">{item ? <ItemDetail key={item.id} item={item} /> : null}</Dialog.Content>
      </Dialog.Portal>
    </GuardedDialogRoot>
  );
}
