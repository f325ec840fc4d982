import * as Dialog from '@radix-ui/react-dialog';
import { selectOpenEntry, useReview } from '../../stores/review-store';
import { DecisionPanel } from './DecisionPanel';

/** The decision dialog: the item and its requirement on the left, counsel's decision on the right. */
export function DecisionDialog() {
  const entry = useReview(selectOpenEntry);
  const close = useReview((s) => s.closeItem);
  return (
    <Dialog.Root open={entry !== null} onOpenChange={(o) => (o ? undefined : close())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-decision">{entry ? <DecisionPanel key={entry.item.id} entry={entry} /> : null}</Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
