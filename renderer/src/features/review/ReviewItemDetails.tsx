import type { QueueEntry } from '../../../../shared/signoff-schema';
import { localToday } from '../../../../shared/domain/iso-date';
import { ExpandableText } from '../../components/ExpandableText';
import { ItemRequirement } from '../../components/ItemRequirement';
import { formatDate } from '../../lib/format-date';
import { useChecklist } from '../../stores/checklist-store';
import { EvidenceList } from '../../components/EvidenceList';
import { isOverdue, reasonLine } from '../../lib/checklist-item';
import { SignoffHistory } from '../../components/SignoffHistory';
import { StaleBadge } from '../../components/StaleBadge';
import { SheetSection } from '../../components/Section';
import './review-queue.css';
import './decision-dialog.css';

/** What counsel reads before deciding: why the item applies, the requirement, the work done, its evidence and earlier decisions. */
export function ReviewItemDetails({ entry, onDownloadError }: { entry: QueueEntry; onDownloadError(message: string): void }) {
  const { item } = entry;
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
      <SheetSection id="review-why-title" title="Why it is on the checklist">
        <p className="reason-sentence">{reasonLine(item)}</p>
      </SheetSection>
      <ItemRequirement id="review-requirement-title" item={item} reader="counsel" />
      <SheetSection id="review-work-title" title="Work on it">
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
            <dd>{item.notes.trim() ? <ExpandableText text={item.notes} className="notes-text" what="notes" lines={6} /> : <span className="muted">No notes</span>}</dd>
          </div>
        </dl>
      </SheetSection>
      <SheetSection id="review-evidence-title" title={<>Evidence <span className="count-pill">{item.evidence.length}</span></>}>
        <EvidenceList evidence={item.evidence} onDownload={(ev) => download(ev.id)} />
      </SheetSection>
      <SignoffHistory itemId={item.id} version={item.updatedAt} />
    </div>
  );
}
