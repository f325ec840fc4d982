import type { ReactNode } from 'react';
import { DialogCancel } from './DialogCancel';
import './dialog.css';

/** A dialog's footer: "Cancel", which closes it, then the primary button (the children). */
export function DialogFooter({ children }: { children: ReactNode }) {
  return (
    <footer className="dialog-footer">
      <DialogCancel />
      {children}
    </footer>
  );
}
