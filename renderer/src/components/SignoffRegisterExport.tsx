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

/** "Export sign-off register": every decision on an entry's items, with their hashes and the ledger's head hash, as PDF or CSV. */
export function SignoffRegisterExport({ entryId, entryName }: { entryId: string; entryName?: string }) {
  const exportRegister = useReview((s) => s.exportRegister);
  const [format, setFormat] = useState<RegisterFormat>('pdf');

  async function save() {
    const name = await exportRegister(entryId, format);
    if (name === null) return false;
    useNotice.getState().show(`Saved the sign-off register as ${name}.`);
    return true;
  }

  return (
    <ActionDialog
      trigger={<Button icon={FileDown}>Export sign-off register</Button>}
      size="small"
      title="Export sign-off register"
      description={<>Every sign-off decision on {entryName ? `“${entryName}”` : 'this entry'}, with what was signed, each record’s hash and the ledger’s head hash.</>}
      small
      submit={{ label: 'Export', busyLabel: 'Exporting…', icon: FileDown }}
      onAction={save}
    >
      <RadioGroup id="register-format" name="register-format" legend="Format" options={FORMATS} value={format} onChange={(v) => setFormat(v)} error={undefined} columns={1} />
    </ActionDialog>
  );
}
