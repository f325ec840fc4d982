import type { LucideIcon } from 'lucide-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../lib/error-message';
import { DialogForm, type DialogFormProps } from './DialogForm';
import { DialogFrame } from './DialogFrame';
import { ErrorAlert } from './ErrorAlert';

interface ActionDialogProps extends Omit<DialogFormProps, 'onSubmit' | 'submit' | 'error' | 'onReload' | 'busy'> {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  size: 'small' | 'medium' | 'large';
  /** The submit button; while the action runs its words are `busyLabel` ("Exporting…"). */
  submit: { label: string; busyLabel: string; icon?: LucideIcon };
  /** Busy for a reason outside the dialog (the store is already exporting). */
  busy?: boolean;
  /** Does the work: resolves true to close the dialog, false to leave it open. What it throws is shown in the dialog, which stays open. */
  onAction(): Promise<boolean>;
}

/** A dialog opened by its trigger whose form does one action (an export) with the choices it shows: busy while it runs, its refusal shown under the choices. */
export function ActionDialog({ trigger, size, submit: button, busy: outerBusy = false, onAction, children, ...form }: ActionDialogProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = busy || outerBusy;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (running) return;
    setError(null);
    setBusy(true);
    try {
      if (await onAction()) setOpen(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <DialogFrame
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setError(null);
      }}
      trigger={trigger}
      size={size}
    >
      <DialogForm {...form} onSubmit={submit} busy={running} submit={{ label: running ? button.busyLabel : button.label, icon: button.icon }}>
        {children}
        <ErrorAlert message={error} />
      </DialogForm>
    </DialogFrame>
  );
}
