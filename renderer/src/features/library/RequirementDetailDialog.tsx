import * as Dialog from '@radix-ui/react-dialog';
import { useLibrary } from '../../stores/library-store';
import { RequirementDetail } from './RequirementDetail';
import { useReturnFocus } from '../../lib/use-return-focus';

/** A requirement in full: what it asks, where it comes from, and when it applies. */
export function RequirementDetailDialog() {
  const returnFocus = useReturnFocus();
  const entry = useLibrary((s) => (s.openRequirementId ? (s.view?.requirements.find((r) => r.requirement.id === s.openRequirementId) ?? null) : null));
  const close = useLibrary((s) => s.closeRequirement);
  return (
    <Dialog.Root open={entry !== null} onOpenChange={(o) => (o ? undefined : close())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay sheet-overlay" />
        <Dialog.Content {...returnFocus} className="sheet">{entry ? <RequirementDetail entry={entry} /> : null}</Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
