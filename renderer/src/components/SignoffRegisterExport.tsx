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

const FORMATS = [
  { value: 'pdf', label: 'PDF', hint: 'A printable register for counsel’s files, with the head hash on every page.' },
  { value: 'csv', label: 'CSV', hint: 'One row per decision, with every hash, for a spreadsheet or another tool.' },
] as const;

interface SignoffRegisterExportProps {
  entryId?: string;
  entryName?: string;
  /** The portfolio-wide register instead of one entry's: every market's decisions, evidence by name and hash, stale approvals marked. */
  portfolio?: { exportRegister(format: RegisterFormat): Promise<string | null> };
}

/** "Export sign-off register": every decision on an entry's items (or on every market's), with their hashes and the ledger's head hash, as PDF or CSV. */
export function SignoffRegisterExport({ entryId, entryName, portfolio }: SignoffRegisterExportProps) {
  const exportEntry = useReview((s) => s.exportRegister);
  const exportRegister = (format: RegisterFormat) => (portfolio ? portfolio.exportRegister(format) : exportEntry(entryId!, format));
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
      const name = await exportRegister(format);
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
      trigger={<Button icon={FileDown}>{portfolio ? 'Portfolio sign-off register' : 'Export sign-off register'}</Button>}
      size="small"
    >
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <DialogHeader
          title="Export sign-off register"
          description={
            portfolio ? (
              <>Every sign-off decision across all markets, with the evidence by file name and hash, stale approvals marked, and the ledger’s head hash.</>
            ) : (
              <>Every sign-off decision on {entryName ? `“${entryName}”` : 'this entry'}, with what was signed, each record’s hash and the ledger’s head hash.</>
            )
          }
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
