import { Fragment, useState, type ReactNode } from 'react';
import { DialogFrame } from './DialogFrame';

interface FormDialogProps {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  size: 'small' | 'medium' | 'large';
  /** The form; `close` shuts the dialog. A fresh form is mounted each time the dialog opens. */
  children(close: () => void): ReactNode;
}

/** A button that opens a dialog holding a form, which starts afresh on every opening. */
export function FormDialog({ trigger, size, children }: FormDialogProps) {
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState(0);
  return (
    <DialogFrame
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setSession((n) => n + 1);
      }}
      trigger={trigger}
      size={size}
    >
      <Fragment key={session}>{children(() => setOpen(false))}</Fragment>
    </DialogFrame>
  );
}
