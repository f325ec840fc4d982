import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState } from 'react';
import type { ImportDiff } from '../../../../shared/checklist-schema';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { formatCount } from '../../lib/format-date';
import { labelFor } from '../../lib/requirement-labels';
import { REQUIREMENT_FIELD_LABELS } from '../../../../shared/vocabulary/requirements';
import { useLibrary } from '../../stores/library-store';
import { useNotice } from '../../stores/notice-store';
import { DiffGroup } from './DiffGroup';
import { TouchList } from './TouchList';
import { useReturnFocus } from '../../lib/use-return-focus';

function fieldNames(fields: string[]): string {
  return fields.map((f) => labelFor(REQUIREMENT_FIELD_LABELS, f)).join(', ');
}

/** The dry run of a pack import: what it adds, changes and removes, and whom it touches. Nothing changes before "Apply import". */
export function ImportDiffDialog() {
  const returnFocus = useReturnFocus();
  const pending = useLibrary((s) => s.pendingImport);
  const busy = useLibrary((s) => s.importBusy);
  const cancel = useLibrary((s) => s.cancelImport);
  const apply = useLibrary((s) => s.applyImport);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      const diff = await apply();
      useNotice.getState().show(`Imported ${diff.packName} ${diff.toVersion}: ${summary(diff)}.`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const diff = pending?.diff;
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
        <AlertDialog.Content {...returnFocus} className="dialog dialog-medium">
          {diff && pending ? (
            <>
              <header className="dialog-header">
                <div>
                  <AlertDialog.Title className="dialog-title">Review the import</AlertDialog.Title>
                  <AlertDialog.Description className="dialog-description">
                    {pending.fileName}: {diff.packName},{' '}
                    {diff.fromVersion ? `version ${diff.fromVersion} → ${diff.toVersion}` : `new pack, version ${diff.toVersion}`}. Nothing changes until you apply it.
                  </AlertDialog.Description>
                </div>
              </header>
              <div className="dialog-body">
                <ErrorAlert message={error} />
                <dl className="stats diff-stats">
                  <div>
                    <dt>Added</dt>
                    <dd>{formatCount(diff.added.length)}</dd>
                  </div>
                  <div>
                    <dt>Changed</dt>
                    <dd>{formatCount(diff.changed.length)}</dd>
                  </div>
                  <div>
                    <dt>Removed</dt>
                    <dd>{formatCount(diff.removed.length)}</dd>
                  </div>
                  <div>
                    <dt>Unchanged</dt>
                    <dd>{formatCount(diff.unchanged)}</dd>
                  </div>
                </dl>
                {diff.added.length + diff.changed.length + diff.removed.length === 0 ? (
                  <p className="muted">This file holds the same requirements as the library; importing it only records its version.</p>
                ) : null}
                <DiffGroup title="Added" count={diff.added.length}>
                  {diff.added.map((a) => (
                    <li key={a.id} className="diff-item">
                      <span className="diff-title">{a.title}</span> <code className="req-id">{a.id}</code>
                      <TouchList touches={a.touches} kind="added" />
                    </li>
                  ))}
                </DiffGroup>
                <DiffGroup title="Changed" count={diff.changed.length}>
                  {diff.changed.map((c) => (
                    <li key={c.id} className="diff-item">
                      <span className="diff-title">{c.title}</span> <code className="req-id">{c.id}</code>
                      <p className="diff-fields">Changed: {fieldNames(c.fields)}</p>
                      <TouchList touches={c.touches} kind="changed" />
                    </li>
                  ))}
                </DiffGroup>
                <DiffGroup title="Removed" count={diff.removed.length}>
                  {diff.removed.map((r) => (
                    <li key={r.id} className="diff-item">
                      <span className="diff-title">{r.title}</span> <code className="req-id">{r.id}</code>
                      <TouchList touches={r.touches} kind="removed" />
                    </li>
                  ))}
                </DiffGroup>
                {diff.approvalsTurningStale.length > 0 ? (
                  <section className="diff-group diff-stale" aria-labelledby="diff-stale">
                    <h3 id="diff-stale" className="change-group-title">
                      Approvals that will need review again <span className="count-pill">{formatCount(diff.approvalsTurningStale.length)}</span>
                    </h3>
                    <div className="diff-stale-body">
                      <p className="touch-what">These items were signed off against the old text; they go back to the review queue.</p>
                      <TouchList touches={diff.approvalsTurningStale} kind="changed" />
                    </div>
                  </section>
                ) : null}
              </div>
              <footer className="dialog-footer">
                <AlertDialog.Cancel asChild>
                  <Button>Cancel</Button>
                </AlertDialog.Cancel>
                <Button variant="primary" disabled={busy} onClick={() => void confirm()}>
                  Apply import
                </Button>
              </footer>
            </>
          ) : null}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function summary(d: ImportDiff): string {
  const parts = [
    d.added.length ? `${formatCount(d.added.length)} added` : null,
    d.changed.length ? `${formatCount(d.changed.length)} changed` : null,
    d.removed.length ? `${formatCount(d.removed.length)} removed` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no requirement changed';
}
