import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../lib/error-message';
import { AlertFooter, AlertHeading } from './AlertDialogParts';
import { ErrorAlert } from './ErrorAlert';
import './dialog.css';

interface ConfirmDialogProps {
  /** The button that opens the dialog (none when its owner opens it through `open`). */
  trigger?: ReactNode;
  /** Opened by its owner rather than a trigger: whether it is open, and told when it closes. */
  open?: boolean;
  onOpenChange?(open: boolean): void;
  title: ReactNode;
  description: ReactNode;
  /** What the action would change. With it, title and description sit in a header above it; without, in the body. */
  children?: ReactNode;
  cancelLabel?: string;
  confirmLabel: string;
  variant: 'primary' | 'danger';
  /** The action cannot be done (the description says why): only Cancel is offered. */
  confirmDisabled?: boolean;
  size?: 'small' | 'medium';
  /** Over another dialog. */
  stacked?: boolean;
  /** Does the work; what it throws is shown in the dialog, which stays open. */
  onConfirm(): Promise<unknown>;
  /** After the dialog has closed on success: a notice, a navigation. */
  onConfirmed?(): void;
}

/** A confirmation (an alert dialog) opened by its trigger: Cancel, or the action, busy while it runs. */
export function ConfirmDialog({
  trigger,
  open: openProp,
  onOpenChange,
  title,
  description,
  children,
  cancelLabel = 'Cancel',
  confirmLabel,
  variant,
  confirmDisabled = false,
  size = 'small',
  stacked,
  onConfirm,
  onConfirmed,
}: ConfirmDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = openProp ?? ownOpen;
  const setOpen = (o: boolean) => {
    if (openProp === undefined) setOwnOpen(o);
    onOpenChange?.(o);
  };
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
      onConfirmed?.();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const heading = <AlertHeading title={title} description={description} />;
  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setError(null);
      }}
    >
      {trigger ? <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger> : null}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={stacked ? 'dialog-overlay dialog-overlay-stacked' : 'dialog-overlay'} />
        <AlertDialog.Content className={`dialog dialog-${size}${stacked ? ' dialog-stacked' : ''}`}>
          {children ? (
            <header className="dialog-header">
              <div>{heading}</div>
            </header>
          ) : null}
          <div className="dialog-body">
            {children ?? heading}
            <ErrorAlert message={error} />
          </div>
          <AlertFooter cancelLabel={cancelLabel} confirmLabel={confirmLabel} variant={variant} disabled={busy || confirmDisabled} onConfirm={() => void confirm()} />
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
