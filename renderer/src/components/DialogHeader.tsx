import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { DialogCloseButton } from './DialogCloseButton';
import './dialog.css';

interface DialogHeaderProps {
  title: ReactNode;
  description: ReactNode;
  /** The tighter header of a small dialog. */
  small?: boolean;
}

/** A dialog's title and description, with the "Close" (×) button beside them. */
export function DialogHeader({ title, description, small }: DialogHeaderProps) {
  return (
    <header className={small ? 'dialog-header dialog-header-small' : 'dialog-header'}>
      <div>
        <Dialog.Title className="dialog-title">{title}</Dialog.Title>
        <Dialog.Description className="dialog-description">{description}</Dialog.Description>
      </div>
      <DialogCloseButton />
    </header>
  );
}
