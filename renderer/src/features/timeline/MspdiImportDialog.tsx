import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { formatCount, formatDate, plural } from '../../lib/format-date';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { useMspdiImport } from '../../stores/mspdi-import-store';
import { useNotice } from '../../stores/notice-store';
import { MspdiIssueList } from './MspdiIssueList';
import './calendar.css';

/** How many imported tasks the review lists (the counts above it cover them all). */
const LISTED = 200;

/** The dry run of an MS Project XML import: the plan it would make and every problem with its line. Nothing changes before "Replace the plan". */
export function MspdiImportDialog() {
  const pending = useMspdiImport((s) => s.pending);
  const busy = useMspdiImport((s) => s.busy);
  const cancel = useMspdiImport((s) => s.cancel);
  const apply = useMspdiImport((s) => s.apply);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      const view = await apply();
      useNotice.getState().show(`Imported ${plural(view.tasks.length, 'task')}; forecast readiness ${formatDate(view.forecastFinish)}.`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const p = pending?.preview;
  const blocked = (p?.errors.length ?? 0) > 0;
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
                  <AlertDialog.Title className="dialog-title">Review the MS Project import</AlertDialog.Title>
                  <AlertDialog.Description className="dialog-description">
                    {p.fileName}
                    {p.projectName ? `: ${p.projectName}` : ''}.{' '}
                    {blocked ? 'It cannot be imported until the errors below are fixed in the file.' : 'Importing replaces this plan’s tasks and links. Nothing changes until you replace it.'}
                  </AlertDialog.Description>
                </div>
              </header>
              <div className="dialog-body mspdi-review">
                <ErrorAlert message={error} />
                <dl className="stats diff-stats">
                  <div>
                    <dt>Tasks</dt>
                    <dd>{formatCount(p.tasks.length)}</dd>
                  </div>
                  <div>
                    <dt>Links</dt>
                    <dd>{formatCount(p.links)}</dd>
                  </div>
                  <div>
                    <dt>Shutdown days</dt>
                    <dd>{formatCount(p.shutdownDays.length)}</dd>
                  </div>
                  <div>
                    <dt>Forecast readiness</dt>
                    <dd>{p.forecastFinish ? formatDate(p.forecastFinish) : '—'}</dd>
                  </div>
                </dl>
                <p className="muted">
                  Replaces {plural(p.replaces.tasks, 'task')} and {plural(p.replaces.dependencies, 'link')} of the current plan
                  {p.projectStart ? `; the plan starts ${formatDate(p.projectStart)}` : ''}. The market’s weekends and public holidays stay.
                </p>
                <MspdiIssueList title="Errors" issues={p.errors} kind="error" />
                <MspdiIssueList title="Adapted on import" issues={p.warnings} kind="warning" />
                {p.tasks.length > 0 ? (
                  <section className="diff-group" aria-labelledby="mspdi-tasks">
                    <h3 id="mspdi-tasks" className="change-group-title">
                      Tasks in the file <span className="count-pill">{plural(p.tasks.length, 'task')}</span>
                    </h3>
                    <ul className="diff-list">
                      {p.tasks.slice(0, LISTED).map((t) => (
                        <li key={t.line} className="diff-item">
                          <span className="diff-title">{t.name}</span>{' '}
                          <span className="muted">
                            {WORKSTREAM_LABELS[t.workstream]} · {t.durationDays === 0 ? 'milestone' : plural(t.durationDays, 'business day')}
                            {t.percentComplete > 0 ? ` · ${t.percentComplete} % done` : ''}
                            {t.readiness ? ' · becomes the readiness milestone' : ''}
                          </span>
                        </li>
                      ))}
                    </ul>
                    {p.tasks.length > LISTED ? <p className="muted">… and {formatCount(p.tasks.length - LISTED)} more.</p> : null}
                  </section>
                ) : null}
              </div>
              <footer className="dialog-footer">
                <AlertDialog.Cancel asChild>
                  <Button>Cancel</Button>
                </AlertDialog.Cancel>
                <Button variant="primary" disabled={busy || blocked} onClick={() => void confirm()}>
                  Replace the plan
                </Button>
              </footer>
            </>
          ) : null}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
