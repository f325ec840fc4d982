import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { formatDate, plural } from '../../lib/format-date';
import { useEfficiency } from '../../stores/efficiency-store';
import { useNotice } from '../../stores/notice-store';

const LISTED = 200;

/** The dry run of a measurement import: what it would add, and every problem by row and column. Nothing is stored before "Import". */
export function ImportPreviewDialog() {
  const pending = useEfficiency((s) => s.pending);
  const busy = useEfficiency((s) => s.importBusy);
  const cancel = useEfficiency((s) => s.cancelImport);
  const apply = useEfficiency((s) => s.applyImport);
  const [error, setError] = useState<string | null>(null);
  const p = pending?.preview;
  const blocked = (p?.errors.length ?? 0) > 0;

  async function confirm() {
    setError(null);
    try {
      const r = await apply();
      useNotice.getState().show(`Imported ${plural(r.measurements.length, 'measurement')} from ${r.fileName}.`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <AlertDialog.Root
      open={pending !== null}
      onOpenChange={(o) => {
        if (!o) {
          setError(null);
          cancel();
        }
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog-medium">
          {p ? (
            <>
              <header className="dialog-header">
                <div>
                  <AlertDialog.Title className="dialog-title">Review the measurement import</AlertDialog.Title>
                  <AlertDialog.Description className="dialog-description">
                    {p.fileName}: {plural(p.rows, 'row')}.{' '}
                    {blocked ? `Nothing can be imported until ${plural(p.errors.length, 'problem')} below ${p.errors.length === 1 ? 'is' : 'are'} fixed in the file.` : 'Nothing is stored until you import.'}
                  </AlertDialog.Description>
                </div>
              </header>
              <div className="dialog-body">
                <ErrorAlert message={error} />
                {blocked ? (
                  <section className="diff-group" aria-labelledby="eff-import-errors">
                    <h3 id="eff-import-errors" className="change-group-title">
                      Problems <span className="count-pill">{p.errors.length}</span>
                    </h3>
                    <ul className="diff-list import-errors">
                      {p.errors.map((e) => (
                        <li key={`${e.row}-${e.column}-${e.message}`} className="diff-item">
                          {e.message}
                        </li>
                      ))}
                    </ul>
                  </section>
                ) : null}
                <section className="diff-group" aria-labelledby="eff-import-rows">
                  <h3 id="eff-import-rows" className="change-group-title">
                    {blocked ? 'Rows without problems' : 'Measurements to import'} <span className="count-pill">{p.measurements.length}</span>
                  </h3>
                  <div className="table-scroll">
                    <table className="data-table">
                      <thead>
                        <tr>
                          <th scope="col">Row</th>
                          <th scope="col">Metric</th>
                          <th scope="col">Market</th>
                          <th scope="col">Period</th>
                          <th scope="col">Value</th>
                        </tr>
                      </thead>
                      <tbody>
                        {p.measurements.slice(0, LISTED).map((m) => (
                          <tr key={m.row}>
                            <td>{m.row}</td>
                            <td>{m.metricName}</td>
                            <td>{m.marketLabel}</td>
                            <td className="nowrap">
                              {formatDate(m.periodStart)} – {formatDate(m.periodEnd)}
                            </td>
                            <td className="figure">
                              {m.currency ? `${m.currency} ` : ''}
                              {m.value.toLocaleString('en-GB', { maximumFractionDigits: 4 })}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  {p.measurements.length > LISTED ? <p className="muted">… and {p.measurements.length - LISTED} more.</p> : null}
                </section>
              </div>
              <footer className="dialog-footer">
                <AlertDialog.Cancel asChild>
                  <Button>Cancel</Button>
                </AlertDialog.Cancel>
                <Button variant="primary" disabled={busy || blocked || p.measurements.length === 0} onClick={() => void confirm()}>
                  Import {plural(p.measurements.length, 'measurement')}
                </Button>
              </footer>
            </>
          ) : null}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
