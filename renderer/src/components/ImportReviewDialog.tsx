import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../lib/error-message';
import { useReturnFocus } from '../lib/use-return-focus';
import { useNotice } from '../stores/notice-store';
import { AlertFooter, AlertHeading } from './AlertDialogParts';
import { ErrorAlert } from './ErrorAlert';

interface ImportReviewDialogProps {
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** The file cannot be imported as it is, or holds nothing to import: only Cancel is offered. */
  confirmDisabled?: boolean;
  busy: boolean;
  bodyClassName?: string;
  /** Applies the import and resolves with the sentence the notice shows; what it throws is shown in the dialog, which stays open. */
  onApply(): Promise<string>;
  onCancel(): void;
  /** The dry run: its figures, the problems with their place in the file, what would change. */
  children: ReactNode;
}

/**
 * The review of an import's dry run: nothing changes until its confirm button. Render it
 * while a dry run waits; Cancel, Escape and a successful import close it.
 */
export function ImportReviewDialog({ title, description, confirmLabel, confirmDisabled = false, busy, bodyClassName, onApply, onCancel, children }: ImportReviewDialogProps) {
  const returnFocus = useReturnFocus();
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      useNotice.getState().show(await onApply());
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <AlertDialog.Root open onOpenChange={(o) => (o ? undefined : onCancel())}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content {...returnFocus} className="dialog dialog-medium">
          <header className="dialog-header">
            <div>
              <AlertHeading title={title} description={description} />
            </div>
          </header>
          <div className={bodyClassName ? `dialog-body ${bodyClassName}` : 'dialog-body'}>
            <ErrorAlert message={error} />
            {children}
          </div>
          <AlertFooter confirmLabel={confirmLabel} variant="primary" disabled={busy || confirmDisabled} onConfirm={() => void confirm()} />
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
