import * as Dialog from '@radix-ui/react-dialog';
import { FileDown, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroup } from '../../components/RadioGroup';
import { errorMessage } from '../../lib/error-message';
import { useNotice } from '../../stores/notice-store';
import { useReview, type RegisterFormat } from '../../stores/review-store';

const FORMATS = [
  { value: 'pdf', label: 'PDF', hint: 'A printable register for counsel’s files, with the head hash on every page.' },
  { value: 'csv', label: 'CSV', hint: 'One row per decision, with every hash, for a spreadsheet or another tool.' },
] as const;

/** "Export sign-off register": every decision on an entry's items, with their hashes and the ledger's head hash, as PDF or CSV. */
export function SignoffRegisterExport({ entryId, entryName }: { entryId: string; entryName?: string }) {
  const exportRegister = useReview((s) => s.exportRegister);
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<RegisterFormat>('pdf');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      const name = await exportRegister(entryId, format);
      if (name === null) return;
      useNotice.getState().show(`Saved the sign-off register as ${name}.`);
      setOpen(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setError(null);
      }}
    >
      <Dialog.Trigger asChild>
        <Button icon={FileDown}>Export sign-off register</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-small">
          <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
            <header className="dialog-header dialog-header-small">
              <div>
                <Dialog.Title className="dialog-title">Export sign-off register</Dialog.Title>
                <Dialog.Description className="dialog-description">
                  Every sign-off decision on {entryName ? `“${entryName}”` : 'this entry'}, with what was signed, each record’s hash and the ledger’s head hash.
                </Dialog.Description>
              </div>
              <Dialog.Close asChild>
                <button type="button" className="icon-button" aria-label="Close">
                  <X size={18} aria-hidden="true" />
                </button>
              </Dialog.Close>
            </header>
            <div className="dialog-body">
              <RadioGroup id="register-format" name="register-format" legend="Format" options={FORMATS} value={format} onChange={(v) => setFormat(v)} error={undefined} columns={1} />
              <ErrorAlert message={error} />
            </div>
            <footer className="dialog-footer">
              <Dialog.Close asChild>
                <Button>Cancel</Button>
              </Dialog.Close>
              <Button type="submit" variant="primary" icon={FileDown} disabled={busy}>
                {busy ? 'Exporting…' : 'Export'}
              </Button>
            </footer>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
