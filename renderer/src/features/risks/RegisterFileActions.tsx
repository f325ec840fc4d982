import { FileDown } from 'lucide-react';
import { useState } from 'react';
import type { RegisterImportPreview } from '../../../../shared/risk-schema';
import { Button } from '../../components/Button';
import { FileChooserButton } from '../../components/FileChooserButton';
import { useNotice } from '../../stores/notice-store';
import { useRisks } from '../../stores/risks-store';
import { RegisterImportReview } from './RegisterImportReview';

/** Export the register as CSV or XLSX; re-import such a file after a dry run. */
export function RegisterFileActions({ onError }: { onError(err: unknown): void }) {
  const exportRegister = useRisks((s) => s.exportRegister);
  const importRegister = useRisks((s) => s.importRegister);
  const readFile = useRisks((s) => s.readFile);
  const [reading, setReading] = useState(false);
  const [review, setReview] = useState<{ file: { name: string; contentBase64: string }; preview: RegisterImportPreview } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (format: 'csv' | 'xlsx') => {
    onError(null);
    try {
      const name = await exportRegister(format);
      if (name) useNotice.getState().show(`Saved the risk register as ${name}.`);
    } catch (err) {
      onError(err);
    }
  };

  const choose = async (picked: File) => {
    onError(null);
    setReading(true);
    try {
      const file = await readFile(picked);
      setReview({ file, preview: await importRegister(file, false) });
    } catch (err) {
      onError(err);
    } finally {
      setReading(false);
    }
  };

  const apply = async () => {
    if (!review) throw new Error('No register file is waiting to be imported.');
    setBusy(true);
    try {
      const done = await importRegister(review.file, true);
      setReview(null);
      return `Imported ${review.file.name}: ${done.create.length} added, ${done.update.length} changed.`;
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={FileDown} onClick={() => void save('csv')}>
        Export CSV
      </Button>
      <Button icon={FileDown} onClick={() => void save('xlsx')}>
        Export XLSX
      </Button>
      <FileChooserButton
        label="Import register…"
        inputLabel="Import a risk register file"
        accept=".csv,.xlsx,text/csv"
        busy={reading}
        onFile={(file) => void choose(file)}
      />
      {review ? <RegisterImportReview fileName={review.file.name} preview={review.preview} busy={busy} onApply={apply} onCancel={() => setReview(null)} /> : null}
    </>
  );
}
