import { ImportFigures, ImportGroup, ListedMore } from '../../components/ImportPreview';
import { ImportReviewDialog } from '../../components/ImportReviewDialog';
import { formatCount, formatDate, plural } from '../../lib/format-date';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { useMspdiImport } from '../../stores/mspdi-import-store';
import { MspdiIssueList } from './MspdiIssueList';
import './calendar.css';

/** How many imported tasks the review lists (the counts above it cover them all). */
const LISTED = 200;

/** The dry run of an MS Project XML import: the plan it would make and every problem with its line. Nothing changes before "Replace the plan". */
export function MspdiImportDialog() {
  const p = useMspdiImport((s) => s.pending?.preview);
  const busy = useMspdiImport((s) => s.busy);
  const cancel = useMspdiImport((s) => s.cancel);
  const apply = useMspdiImport((s) => s.apply);
  if (!p) return null;

  const blocked = p.errors.length > 0;
  return (
    <ImportReviewDialog
      title="Review the MS Project import"
      description={
        <>
          {p.fileName}
          {p.projectName ? `: ${p.projectName}` : ''}.{' '}
          {blocked ? 'It cannot be imported until the errors below are fixed in the file.' : 'Importing replaces this plan’s tasks and links. Nothing changes until you replace it.'}
        </>
      }
      confirmLabel="Replace the plan"
      confirmDisabled={blocked}
      busy={busy}
      bodyClassName="mspdi-review"
      onCancel={cancel}
      onApply={async () => {
        const view = await apply();
        return `Imported ${plural(view.tasks.length, 'task')}; forecast readiness ${formatDate(view.forecastFinish)}.`;
      }}
    >
      <ImportFigures
        figures={[
          { label: 'Tasks', value: formatCount(p.tasks.length) },
          { label: 'Links', value: formatCount(p.links) },
          { label: 'Shutdown days', value: formatCount(p.shutdownDays.length) },
          { label: 'Forecast readiness', value: p.forecastFinish ? formatDate(p.forecastFinish) : '—' },
        ]}
      />
      <p className="muted">
        Replaces {plural(p.replaces.tasks, 'task')} and {plural(p.replaces.dependencies, 'link')} of the current plan
        {p.projectStart ? `; the plan starts ${formatDate(p.projectStart)}` : ''}. The market’s weekends and public holidays stay.
      </p>
      <MspdiIssueList title="Errors" issues={p.errors} kind="error" />
      <MspdiIssueList title="Adapted on import" issues={p.warnings} kind="warning" />
      {p.tasks.length > 0 ? (
        <ImportGroup id="mspdi-tasks" title="Tasks in the file" count={plural(p.tasks.length, 'task')}>
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
          <ListedMore total={p.tasks.length} listed={LISTED} />
        </ImportGroup>
      ) : null}
    </ImportReviewDialog>
  );
}
