import type { RegisterImportPreview } from '../../../../shared/risk-schema';
import { ImportFigures, ImportGroup, ImportProblems } from '../../components/ImportPreview';
import { ImportReviewDialog } from '../../components/ImportReviewDialog';
import { formatCount, plural } from '../../lib/format-date';

interface RegisterImportReviewProps {
  fileName: string;
  preview: RegisterImportPreview;
  busy: boolean;
  /** Imports the file and resolves with the notice's sentence. */
  onApply(): Promise<string>;
  onCancel(): void;
}

/** The dry run of a register file: what it adds and changes, and each problem with its row and column. Nothing changes until "Import". */
export function RegisterImportReview({ fileName, preview, busy, onApply, onCancel }: RegisterImportReviewProps) {
  const { create, update, errors } = preview;
  return (
    <ImportReviewDialog
      title={`Import ${fileName}`}
      description={`A dry run: ${create.length} to add, ${update.length} to change, ${preview.unchanged} unchanged. Nothing has changed yet.`}
      confirmLabel="Import"
      confirmDisabled={errors.length > 0 || create.length + update.length === 0}
      busy={busy}
      onApply={onApply}
      onCancel={onCancel}
    >
      <ImportFigures
        figures={[
          { label: 'To add', value: formatCount(create.length) },
          { label: 'To change', value: formatCount(update.length) },
          { label: 'Unchanged', value: formatCount(preview.unchanged) },
        ]}
      />
      <ImportProblems
        id="register-import-errors"
        title="Problems — fix the file and choose it again"
        count={plural(errors.length, 'problem')}
        problems={errors.map((e, i) => ({
          key: String(i),
          message: e.message,
          where: <span className="diff-title">{[e.row ? `Row ${e.row}` : null, e.column ? `column ${e.column}` : null].filter(Boolean).join(', ') || 'The file'}</span>,
        }))}
      />
      {create.length > 0 ? (
        <ImportGroup id="register-import-add" title="To add" count={formatCount(create.length)}>
          <ul className="diff-list">
            {create.map((c) => (
              <li key={c.row} className="diff-item">
                <span className="diff-title">Row {c.row}:</span> {c.title}
              </li>
            ))}
          </ul>
        </ImportGroup>
      ) : null}
      {update.length > 0 ? (
        <ImportGroup id="register-import-change" title="To change" count={formatCount(update.length)}>
          <ul className="diff-list">
            {update.map((u) => (
              <li key={u.row} className="diff-item">
                <span className="diff-title">Row {u.row}:</span> {u.title}
                <p className="diff-fields">Changed: {u.changes.join(', ')}</p>
              </li>
            ))}
          </ul>
        </ImportGroup>
      ) : null}
    </ImportReviewDialog>
  );
}
