import * as AlertDialog from '@radix-ui/react-alert-dialog';
import * as Dialog from '@radix-ui/react-dialog';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { DirtyRegistryContext, type DirtyRegistry } from '../lib/discard-guard';
import { Button } from './Button';
import './dialog.css';

interface GuardedDialogRootProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
}

/**
 * A dialog's Radix root that asks before closing over unsaved edits. Escape, Cancel, the ×
 * and a click outside all reach Radix's onOpenChange(false): while a form inside reports
 * edits, that opens "Discard your changes?" instead; Keep editing returns to the form as it
 * was, Discard closes.
 */
export function GuardedDialogRoot({ open, onOpenChange, children }: GuardedDialogRootProps) {
  const dirty = useRef(new Set<string>());
  const [asking, setAsking] = useState(false);
  const registry = useMemo<DirtyRegistry>(
    () => ({
      report(key, isDirty) {
        if (isDirty) dirty.current.add(key);
        else dirty.current.delete(key);
      },
    }),
    [],
  );

  function requestOpenChange(next: boolean) {
    if (!next && dirty.current.size > 0) {
      setAsking(true);
      return;
    }
    onOpenChange(next);
  }

  return (
    <DirtyRegistryContext.Provider value={registry}>
      <Dialog.Root open={open} onOpenChange={requestOpenChange}>
        {children}
      </Dialog.Root>
      <AlertDialog.Root open={open && asking} onOpenChange={(o) => (o ? undefined : setAsking(false))}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay dialog-overlay-stacked" />
          <AlertDialog.Content className="dialog dialog-small dialog-stacked">
            <div className="dialog-body">
              <AlertDialog.Title className="dialog-title">Discard your changes?</AlertDialog.Title>
              <AlertDialog.Description className="dialog-description">What you changed in this dialog has not been saved.</AlertDialog.Description>
            </div>
            <footer className="dialog-footer">
              <AlertDialog.Cancel asChild>
                <Button autoFocus>Keep editing</Button>
              </AlertDialog.Cancel>
              <Button
                variant="danger"
                onClick={() => {
                  setAsking(false);
                  dirty.current.clear();
                  onOpenChange(false);
                }}
              >
                Discard changes
              </Button>
            </footer>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </DirtyRegistryContext.Provider>
  );
}
