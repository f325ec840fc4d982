import type { QueueEntry } from '../../../../shared/signoff-schema';
import { localToday } from '../../../../shared/domain/iso-date';
import { RequirementFacts } from '../../components/RequirementFacts';
import { formatDate } from '../../lib/format-date';
import { useChecklist } from '../../stores/checklist-store';
import { EvidenceList } from '../../components/EvidenceList';
import { isOverdue, reasonLine } from '../../lib/checklist-item';
import { SignoffHistory } from '../../components/SignoffHistory';
import { StaleBadge } from '../../components/StaleBadge';
import './review-queue.css';
import './decision-dialog.css';

/** What counsel reads before deciding: why the item applies, the requirement, the work done, its evidence and earlier decisions. */
export function ReviewItemDetails({ entry, onDownloadError }: { entry: QueueEntry; onDownloadError(message: string): void }) {
  const { item } = entry;
  const r = item.requirement;
  const overdue = isOverdue(item, localToday());

  function download(evidenceId: string) {
    useChecklist
      .getState()
      .downloadEvidence(evidenceId)
      .catch(() => onDownloadError('The evidence file could not be saved; try again.'));
  }

  return (
    <div className="decision-details">
      {item.staleReason ? (
        <p className="stale-note">
          <StaleBadge reason={item.staleReason} />
        </p>
      ) : null}
      <section className="sheet-section" aria-labelledby="review-why-title">
        <h3 id="review-why-title" className="sheet-section-title">
          Why it is on the checklist
        </h3>
        <p className="reason-sentence">{reasonLine(item)}</p>
      </section>
      <section className="sheet-section" aria-labelledby="review-requirement-title">
        <h3 id="review-requirement-title" className="sheet-section-title">
          Requirement
        </h3>
        {r ? (
          <>
            {item.requirementChanged ? (
              <p className="inline-note">
                The library updated this requirement after the item was created (it was pinned at pack version {item.packVersion}). Below is the current text.
              </p>
            ) : null}
            <RequirementFacts requirement={r} />
          </>
        ) : (
          <p className="muted">The team added this item; it is not taken from the requirements library.</p>
        )}
      </section>
      <section className="sheet-section" aria-labelledby="review-work-title">
        <h3 id="review-work-title" className="sheet-section-title">
          Work on it
        </h3>
        <dl className="facts">
          <div>
            <dt>Owner</dt>
            <dd>{item.owner || <span className="muted">Unassigned</span>}</dd>
          </div>
          <div>
            <dt>Due date</dt>
            <dd className="figure">
              {item.dueDate ? formatDate(item.dueDate) : <span className="muted">No due date</span>}
              {overdue ? <span className="overdue-label"> · overdue</span> : null}
            </dd>
          </div>
          <div className="facts-span">
            <dt>Notes</dt>
            <dd className="notes-text">{item.notes.trim() ? item.notes : <span className="muted">No notes</span>}</dd>
          </div>
        </dl>
      </section>
      <section className="sheet-section" aria-labelledby="review-evidence-title">
        <h3 id="review-evidence-title" className="sheet-section-title">
          Evidence <span className="count-pill">{item.evidence.length}</span>
        </h3>
        <EvidenceList evidence={item.evidence} onDownload={(ev) => download(ev.id)} />
      </section>
      <SignoffHistory itemId={item.id} version={item.updatedAt} />
    </div>
  );
}
