import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

/** A dialog opened from anywhere on the Risks tab (a row, a heat-map cell): no trigger of its own. */
export function RiskDialog({ open, onClose, size, children }: { open: boolean; onClose(): void; size: 'small' | 'medium' | 'large'; children: ReactNode }) {
  return (
    <Dialog.Root open={open} onOpenChange={(o) => (o ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className={`dialog dialog-${size}`}>{children}</Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
