import { FileDown, FileUp } from 'lucide-react';
import { useId, useState, type ChangeEvent } from 'react';
import type { RegisterImportPreview } from '../../../../shared/risk-schema';
import { Button } from '../../components/Button';
import { errorMessage } from '../../lib/error-message';
import { useNotice } from '../../stores/notice-store';
import { useRisks } from '../../stores/risks-store';
import { RegisterImportReview } from './RegisterImportReview';
import { RiskDialog } from './RiskDialog';

/** Export the register as CSV or XLSX; re-import such a file after a dry run. */
export function RegisterFileActions({ onError }: { onError(message: string | null): void }) {
  const exportRegister = useRisks((s) => s.exportRegister);
  const importRegister = useRisks((s) => s.importRegister);
  const readFile = useRisks((s) => s.readFile);
  const id = useId();
  const [review, setReview] = useState<{ file: { name: string; contentBase64: string }; preview: RegisterImportPreview } | null>(null);
  const [reviewError, setReviewError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (format: 'csv' | 'xlsx') => {
    onError(null);
    try {
      const name = await exportRegister(format);
      if (name) useNotice.getState().show(`Saved the risk register as ${name}.`);
    } catch (err) {
      onError(errorMessage(err));
    }
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = e.target.files?.[0];
    e.target.value = '';
    if (!picked) return;
    onError(null);
    try {
      const file = await readFile(picked);
      setReviewError(null);
      setReview({ file, preview: await importRegister(file, false) });
    } catch (err) {
      onError(errorMessage(err));
    }
  };

  const apply = async () => {
    if (!review) return;
    setBusy(true);
    try {
      const done = await importRegister(review.file, true);
      useNotice.getState().show(`Imported ${review.file.name}: ${done.create.length} added, ${done.update.length} changed.`);
      setReview(null);
    } catch (err) {
      setReviewError(errorMessage(err));
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
      <span className="file-button-wrap">
        <label htmlFor={id} className="btn btn-secondary file-button">
          <FileUp size={16} aria-hidden="true" />
          <span>Import register…</span>
        </label>
        <input id={id} type="file" accept=".csv,.xlsx,text/csv" className="visually-hidden file-input" aria-label="Import a risk register file" onChange={(e) => void choose(e)} />
      </span>
      {review ? (
        <RiskDialog open onClose={() => setReview(null)} size="medium">
          <RegisterImportReview fileName={review.file.name} preview={review.preview} error={reviewError} busy={busy} onApply={() => void apply()} />
        </RiskDialog>
      ) : null}
    </>
  );
}
