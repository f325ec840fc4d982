import { FileDown } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from './Button';
import { DialogFooter } from './DialogFooter';
import { DialogFrame } from './DialogFrame';
import { DialogHeader } from './DialogHeader';
import { ErrorAlert } from './ErrorAlert';
import { RadioGroup } from './RadioGroup';
import { errorMessage } from '../lib/error-message';
import { useNotice } from '../stores/notice-store';
import { useReview, type RegisterFormat } from '../stores/review-store';
import './dialog.css';
import './evidence.css';

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
    <DialogFrame
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setError(null);
      }}
      trigger={<Button icon={FileDown}>Export sign-off register</Button>}
      size="small"
    >
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <DialogHeader
          title="Export sign-off register"
          description={<>Every sign-off decision on {entryName ? `“${entryName}”` : 'this entry'}, with what was signed, each record’s hash and the ledger’s head hash.</>}
          small
        />
        <div className="dialog-body">
          <RadioGroup id="register-format" name="register-format" legend="Format" options={FORMATS} value={format} onChange={(v) => setFormat(v)} error={undefined} columns={1} />
          <ErrorAlert message={error} />
        </div>
        <DialogFooter>
          <Button type="submit" variant="primary" icon={FileDown} disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </Button>
        </DialogFooter>
      </form>
    </DialogFrame>
  );
}
