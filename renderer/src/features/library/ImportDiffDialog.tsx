import type { ImportDiff } from '../../../../shared/checklist-schema';
import { ImportFigures, ImportGroup } from '../../components/ImportPreview';
import { ImportReviewDialog } from '../../components/ImportReviewDialog';
import { formatCount } from '../../lib/format-date';
import { labelFor } from '../../lib/requirement-labels';
import { REQUIREMENT_FIELD_LABELS } from '../../../../shared/vocabulary/requirements';
import { useLibrary } from '../../stores/library-store';
import { DiffGroup } from './DiffGroup';
import { TouchList } from './TouchList';

function fieldNames(fields: string[]): string {
  return fields.map((f) => labelFor(REQUIREMENT_FIELD_LABELS, f)).join(', ');
}

/** The dry run of a pack import: what it adds, changes and removes, and whom it touches. Nothing changes before "Apply import". */
export function ImportDiffDialog() {
  const pending = useLibrary((s) => s.pendingImport);
  const busy = useLibrary((s) => s.importBusy);
  const cancel = useLibrary((s) => s.cancelImport);
  const apply = useLibrary((s) => s.applyImport);
  if (!pending) return null;

  const { diff } = pending;
  return (
    <ImportReviewDialog
      title="Review the import"
      description={
        <>
          {pending.fileName}: {diff.packName},{' '}
          {diff.fromVersion ? `version ${diff.fromVersion} → ${diff.toVersion}` : `new pack, version ${diff.toVersion}`}. Nothing changes until you apply it.
        </>
      }
      confirmLabel="Apply import"
      busy={busy}
      onCancel={cancel}
      onApply={async () => {
        const done = await apply();
        return `Imported ${done.packName} ${done.toVersion}: ${summary(done)}.`;
      }}
    >
      <ImportFigures
        figures={[
          { label: 'Added', value: formatCount(diff.added.length) },
          { label: 'Changed', value: formatCount(diff.changed.length) },
          { label: 'Removed', value: formatCount(diff.removed.length) },
          { label: 'Unchanged', value: formatCount(diff.unchanged) },
        ]}
      />
      {diff.added.length + diff.changed.length + diff.removed.length === 0 ? (
        <p className="muted">This file holds the same requirements as the library; importing it only records its version.</p>
      ) : null}
      <DiffGroup title="Added" items={diff.added} kind="added" />
      <DiffGroup title="Changed" items={diff.changed} kind="changed">
        {(c) => <p className="diff-fields">Changed: {fieldNames(c.fields)}</p>}
      </DiffGroup>
      <DiffGroup title="Removed" items={diff.removed} kind="removed" />
      {diff.approvalsTurningStale.length > 0 ? (
        <ImportGroup id="diff-stale" className="diff-stale" title="Approvals that will need review again" count={formatCount(diff.approvalsTurningStale.length)}>
          <div className="diff-stale-body">
            <p className="touch-what">These items were signed off against the old text; they go back to the review queue.</p>
            <TouchList touches={diff.approvalsTurningStale} kind="changed" />
          </div>
        </ImportGroup>
      ) : null}
    </ImportReviewDialog>
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
