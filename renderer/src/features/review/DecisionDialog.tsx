import * as Dialog from '@radix-ui/react-dialog';
import { GuardedDialogRoot } from '../../components/GuardedDialogRoot';
import { selectOpenEntry, useReview } from '../../stores/review-store';
import { DecisionPanel } from './DecisionPanel';
import { useReturnFocus } from '../../lib/use-return-focus';
import './decision-dialog.css';

/** The decision dialog: the item and its requirement on the left, counsel's decision on the right. */
export function DecisionDialog() {
  const returnFocus = useReturnFocus();
  const entry = useReview(selectOpenEntry);
  const close = useReview((s) => s.closeItem);
  return (
    <GuardedDialogRoot open={entry !== null} onOpenChange={(o) => (o ? undefined : close())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content {...returnFocus} className="dialog dialog-decision">{entry ? <DecisionPanel key={entry.item.id} entry={entry} /> : null}</Dialog.Content>
      </Dialog.Portal>
    </GuardedDialogRoot>
  );
}
