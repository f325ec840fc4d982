import { Link2, Paperclip } from 'lucide-react';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ChecklistItem, Evidence } from '../../../../shared/checklist-schema';
import { MAX_EVIDENCE_BYTES } from '../../../../shared/checklist-schema';
import { ApiClientError } from '../../api/client';
import { hostCapabilities } from '../../api/host-capabilities';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { formatMegabytes } from '../../lib/format-bytes';
import { useChecklist } from '../../stores/checklist-store';
import { useNotice } from '../../stores/notice-store';
import { EvidenceList } from '../../components/EvidenceList';

/** The item's evidence, "Attach file" and "Add link". Files over the limit are refused before upload. */
export function EvidenceSection({ item }: { item: ChecklistItem }) {
  const addEvidenceFile = useChecklist((s) => s.addEvidenceFile);
  const addEvidenceLink = useChecklist((s) => s.addEvidenceLink);
  const downloadEvidence = useChecklist((s) => s.downloadEvidence);
  const revealEvidence = useChecklist((s) => s.revealEvidence);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkName, setLinkName] = useState('');
  const [linkUrl, setLinkUrl] = useState('');
  const [linkErrors, setLinkErrors] = useState<{ name?: string; url?: string }>({});
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

  async function addLink(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const url = linkUrl.trim();
    const errors: { name?: string; url?: string } = {};
    if (!/^https?:\/\/\S+$/i.test(url)) errors.url = 'Enter a web address starting with http:// or https://';
    if (linkName.trim().length > 300) errors.name = 'Name must be at most 300 characters';
    setLinkErrors(errors);
    if (errors.url || errors.name) return;
    try {
      await addEvidenceLink(item.id, linkName.trim() || url, url);
      useNotice.getState().show('Added the link.');
      setLinkName('');
      setLinkUrl('');
      setLinkOpen(false);
    } catch (err) {
      const field = err instanceof ApiClientError ? err.field : undefined;
      if (field === 'url' || field === 'name') setLinkErrors({ [field]: errorMessage(err) });
      else setError(errorMessage(err));
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
    <section className="sheet-section" aria-labelledby="evidence-title">
      <h3 id="evidence-title" className="sheet-section-title">
        Evidence <span className="count-pill">{item.evidence.length}</span>
      </h3>
      <ErrorAlert message={error} />
      <EvidenceList
        evidence={item.evidence}
        onDownload={(ev) => void download(ev)}
        onReveal={hostCapabilities().canReveal ? (ev) => void reveal(ev) : undefined}
      />
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
      {linkOpen ? (
        <form className="link-form" onSubmit={(e) => void addLink(e)} noValidate aria-label="Add a link">
          <div className="form-row">
            <FormField id="link-name" label="Link name" optional error={linkErrors.name}>
              <input {...fieldA11y('link-name', linkErrors.name)} className="input" value={linkName} autoFocus onChange={(e) => setLinkName(e.target.value)} />
            </FormField>
            <FormField id="link-url" label="Web address" error={linkErrors.url}>
              <input
                {...fieldA11y('link-url', linkErrors.url)}
                className="input"
                type="url"
                placeholder="https://"
                value={linkUrl}
                onChange={(e) => setLinkUrl(e.target.value)}
              />
            </FormField>
          </div>
          <div className="form-actions">
            <Button type="submit" variant="primary">
              Add link
            </Button>
            <Button variant="ghost" onClick={() => setLinkOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
