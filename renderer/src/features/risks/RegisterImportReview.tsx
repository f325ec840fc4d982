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
      <RowGroup id="register-import-add" title="To add" rows={create} />
      <RowGroup id="register-import-change" title="To change" rows={update} />
    </ImportReviewDialog>
  );
}

/** The file's rows that add or change a risk, by row number; nothing when there are none. */
function RowGroup({ id, title, rows }: { id: string; title: string; rows: { row: number; title: string; changes?: string[] }[] }) {
  if (rows.length === 0) return null;
  return (
    <ImportGroup id={id} title={title} count={formatCount(rows.length)}>
      <ul className="diff-list">
        {rows.map((r) => (
          <li key={r.row} className="diff-item">
            <span className="diff-title">Row {r.row}:</span> {r.title}
            {r.changes ? <p className="diff-fields">Changed: {r.changes.join(', ')}</p> : null}
          </li>
        ))}
      </ul>
    </ImportGroup>
  );
}
