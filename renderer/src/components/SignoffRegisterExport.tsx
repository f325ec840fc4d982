import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { ActionDialog } from './ActionDialog';
import { Button } from './Button';
import { RadioGroup } from './RadioGroup';
import { useNotice } from '../stores/notice-store';
import { useReview, type RegisterFormat } from '../stores/review-store';
import './dialog.css';
import './evidence.css';

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
  const [format, setFormat] = useState<RegisterFormat>('pdf');

  async function save() {
    const name = await exportRegister(format);
    if (name === null) return false;
    useNotice.getState().show(`Saved the sign-off register as ${name}.`);
    return true;
  }

  return (
    <ActionDialog
      trigger={<Button icon={FileDown}>{portfolio ? 'Portfolio sign-off register' : 'Export sign-off register'}</Button>}
      size="small"
      title="Export sign-off register"
      description={
        portfolio ? (
          <>Every sign-off decision across all markets, with the evidence by file name and hash, stale approvals marked, and the ledger’s head hash.</>
        ) : (
          <>Every sign-off decision on {entryName ? `“${entryName}”` : 'this entry'}, with what was signed, each record’s hash and the ledger’s head hash.</>
        )
      }
      small
      submit={{ label: 'Export', busyLabel: 'Exporting…', icon: FileDown }}
      onAction={save}
    >
      <RadioGroup id="register-format" name="register-format" legend="Format" options={FORMATS} value={format} onChange={(v) => setFormat(v)} error={undefined} columns={1} />
    </ActionDialog>
  );
}
