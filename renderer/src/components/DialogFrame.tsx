import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { GuardedDialogRoot } from './GuardedDialogRoot';
import './dialog.css';

interface DialogFrameProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The button that opens the dialog. */
  trigger: ReactNode;
  size: 'small' | 'medium' | 'large';
  children: ReactNode;
}

/** A modal dialog opened by its trigger: the overlay and the dialog box around its content; unsaved edits are asked about before it closes. */
export function DialogFrame({ open, onOpenChange, trigger, size, children }: DialogFrameProps) {
  return (
    <GuardedDialogRoot open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className={`dialog dialog-${size}`}>{children}</Dialog.Content>
      </Dialog.Portal>
    </GuardedDialogRoot>
  );
}
