import type { RegisterImportPreview } from '../../../../shared/risk-schema';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';

/** The dry run of a register file: what it adds and changes, and each problem with its row and column. Nothing changes until "Import". */
export function RegisterImportReview({ fileName, preview, error, busy, onApply }: { fileName: string; preview: RegisterImportPreview; error: string | null; busy: boolean; onApply(): void }) {
  const nothing = preview.create.length === 0 && preview.update.length === 0;
  return (
    <div className="dialog-form">
      <DialogHeader title={`Import ${fileName}`} description={`A dry run: ${preview.create.length} to add, ${preview.update.length} to change, ${preview.unchanged} unchanged. Nothing has changed yet.`} />
      <div className="dialog-body">
        {preview.errors.length > 0 ? (
          <section aria-labelledby="import-errors">
            <h3 id="import-errors" className="section-title">
              {preview.errors.length} {preview.errors.length === 1 ? 'problem' : 'problems'} — fix the file and choose it again
            </h3>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.row || '—'}</td>
                    <td>{e.column || '—'}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
        {preview.create.length > 0 ? (
          <>
            <h3 className="section-title">To add</h3>
            <ul>{preview.create.map((c) => <li key={c.row}>Row {c.row}: {c.title}</li>)}</ul>
          </>
        ) : null}
        {preview.update.length > 0 ? (
          <>
            <h3 className="section-title">To change</h3>
            <ul>{preview.update.map((u) => <li key={u.row}>Row {u.row}: {u.title} — {u.changes.join(', ')}</li>)}</ul>
          </>
        ) : null}
        <ErrorAlert message={error} />
      </div>
      <DialogFooter>
        <Button variant="primary" disabled={busy || preview.errors.length > 0 || nothing} onClick={onApply}>
          Import
        </Button>
      </DialogFooter>
    </div>
  );
}
