import { Link2, Paperclip } from 'lucide-react';
import { useId, useState, type ChangeEvent } from 'react';
import type { ChecklistItem, Evidence } from '../../../../shared/checklist-schema';
import { MAX_EVIDENCE_BYTES } from '../../../../shared/checklist-schema';
import { hostCapabilities } from '../../api/host-capabilities';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { formatMegabytes } from '../../lib/format-bytes';
import { useChecklist } from '../../stores/checklist-store';
import { useNotice } from '../../stores/notice-store';
import { EvidenceLinkForm } from './EvidenceLinkForm';
import { EvidenceRemoveForm } from './EvidenceRemoveForm';
import { EvidenceList } from '../../components/EvidenceList';
import { SheetSection } from '../../components/Section';

/** The item's evidence, "Attach file" and "Add link". Files over the limit are refused before upload. */
export function EvidenceSection({ item }: { item: ChecklistItem }) {
  const addEvidenceFile = useChecklist((s) => s.addEvidenceFile);
  const downloadEvidence = useChecklist((s) => s.downloadEvidence);
  const revealEvidence = useChecklist((s) => s.revealEvidence);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [removing, setRemoving] = useState<Evidence | null>(null);
  const inputId = useId();

  async function attach(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    // Clear the input so choosing the same file again still fires.
    e.target.value = '';
    if (!file) return;
    setError(null);
    setUploading(file.name);
    try {
      await addEvidenceFile(item.id, file);
      useNotice.getState().show(`Attached ${file.name}.`);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setUploading(null);
    }
  }

  async function download(ev: Evidence) {
    setError(null);
    try {
      await downloadEvidence(ev.id);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function reveal(ev: Evidence) {
    if (!ev.sha256) return;
    setError(null);
    try {
      if (!(await revealEvidence(ev.sha256))) setError(`${ev.name} could not be shown in its folder.`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <SheetSection id="evidence-title" title={<>Evidence <span className="count-pill">{item.evidence.length}</span></>}>
      <ErrorAlert message={error} />
      <EvidenceList
        evidence={item.evidence}
        onDownload={(ev) => void download(ev)}
        onReveal={hostCapabilities().canReveal ? (ev) => void reveal(ev) : undefined}
        onRemove={(ev) => setRemoving(ev)}
      />
      {removing ? <EvidenceRemoveForm key={removing.id} evidence={removing} signedOff={item.status === 'signed_off'} onDone={() => setRemoving(null)} /> : null}
      <div className="evidence-actions">
        <label htmlFor={inputId} className={uploading ? 'btn btn-secondary file-button is-busy' : 'btn btn-secondary file-button'}>
          <Paperclip size={16} aria-hidden="true" />
          <span>{uploading ? `Attaching ${uploading}…` : 'Attach file'}</span>
        </label>
        <input
          id={inputId}
          type="file"
          className="visually-hidden file-input"
          aria-label="Attach file"
          aria-describedby={`${inputId}-hint`}
          disabled={uploading !== null}
          onChange={(e) => void attach(e)}
        />
        {linkOpen ? null : (
          <Button icon={Link2} onClick={() => setLinkOpen(true)}>
            Add link
          </Button>
        )}
        <span id={`${inputId}-hint`} className="field-hint">
          Files up to {formatMegabytes(MAX_EVIDENCE_BYTES)}, stored in the data folder by their SHA-256.
        </span>
      </div>
      {linkOpen ? <EvidenceLinkForm itemId={item.id} onDone={() => setLinkOpen(false)} /> : null}
    </SheetSection>
  );
}
