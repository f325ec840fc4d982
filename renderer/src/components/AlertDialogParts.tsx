import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { ReactNode } from 'react';
import { Button } from './Button';

/** An alert dialog's title and description (its name and what it says). */
export function AlertHeading({ title, description }: { title: ReactNode; description: ReactNode }) {
  return (
    <>
      <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
      <AlertDialog.Description className="dialog-description">{description}</AlertDialog.Description>
    </>
  );
}

interface AlertFooterProps {
  cancelLabel?: string;
  confirmLabel: ReactNode;
  variant: 'primary' | 'danger';
  disabled: boolean;
  onConfirm(): void;
}

/** An alert dialog's footer: Cancel, which closes it, then the action. */
export function AlertFooter({ cancelLabel = 'Cancel', confirmLabel, variant, disabled, onConfirm }: AlertFooterProps) {
  return (
    <footer className="dialog-footer">
      <AlertDialog.Cancel asChild>
        <Button>{cancelLabel}</Button>
      </AlertDialog.Cancel>
      <Button variant={variant} disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </Button>
    </footer>
  );
}
