import { Copy, Download, FileText, FolderOpen, Link2, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Evidence } from '../../../shared/checklist-schema';
import { ExternalLink } from './ExternalLink';
import { formatBytes } from '../lib/format-bytes';
import { formatDateTime } from '../lib/format-date';
import './buttons.css';
import './forms.css';
import './evidence.css';

/** Files and links held as evidence: name, size, SHA-256, who added it and when. */
interface EvidenceListProps {
  evidence: Evidence[];
  onDownload(e: Evidence): void;
  /** Present only where the host can show a file in its folder (the desktop app). */
  onReveal?: (e: Evidence) => void;
  /** Present where evidence may be taken off its item (the item panel), with a reason. */
  onRemove?: (e: Evidence) => void;
}

export function EvidenceList({ evidence, onDownload, onReveal, onRemove }: EvidenceListProps) {
  const [copied, setCopied] = useState<string | null>(null);

  async function copy(e: Evidence) {
    if (!e.sha256) return;
    try {
      await navigator.clipboard.writeText(e.sha256);
      setCopied(e.id);
    } catch {
      setCopied(null);
    }
  }

  if (evidence.length === 0) return <p className="muted evidence-empty">No evidence yet. Attach a file or add a link to a document.</p>;
  return (
    <ul className="evidence-list" aria-label="Evidence">
      {evidence.map((e) => (
        <li key={e.id} className="evidence-row">
          <span className="evidence-icon" aria-hidden="true">
            {e.kind === 'file' ? <FileText size={16} /> : <Link2 size={16} />}
          </span>
          <div className="evidence-main">
            <span className="evidence-name">
              {e.kind === 'link' && e.url ? (
                <ExternalLink href={e.url} title={e.url}>
                  {e.name || e.url}
                </ExternalLink>
              ) : (
                e.name
              )}
            </span>
            <span className="evidence-meta">
              {e.kind === 'file' && e.size !== null ? <span className="figure">{formatBytes(e.size)}</span> : <span>Link</span>}
              {e.sha256 ? (
                <span className="hash">
                  SHA-256{' '}
                  <code title={e.sha256} aria-label={`SHA-256 ${e.sha256}`}>
                    {e.sha256.slice(0, 12)}…
                  </code>
                  <button
                    type="button"
                    className="icon-button icon-button-small"
                    aria-label={`Copy the SHA-256 of ${e.name}`}
                    title="Copy the full SHA-256"
                    onClick={() => void copy(e)}
                  >
                    <Copy size={12} aria-hidden="true" />
                  </button>
                  {copied === e.id ? <span className="copied" role="status">Copied</span> : null}
                </span>
              ) : null}
            </span>
            <span className="evidence-who">
              Added by {e.addedBy}
              {e.osUser && e.osUser !== e.addedBy ? ` (OS user ${e.osUser})` : ''} · <time dateTime={e.addedAt}>{formatDateTime(e.addedAt)}</time>
            </span>
          </div>
          {e.kind === 'file' ? (
            <span className="evidence-buttons">
              {onReveal && e.sha256 ? (
                <button type="button" className="btn btn-ghost btn-small" aria-label={`Show ${e.name} in its folder`} onClick={() => onReveal(e)}>
                  <FolderOpen size={14} aria-hidden="true" />
                  <span>Show in folder</span>
                </button>
              ) : null}
              <button type="button" className="btn btn-ghost btn-small" aria-label={`Download ${e.name}`} onClick={() => onDownload(e)}>
                <Download size={14} aria-hidden="true" />
                <span>Download</span>
              </button>
            </span>
          ) : null}
          {onRemove ? (
            <span className="evidence-buttons">
              <button type="button" className="btn btn-ghost btn-small" aria-label={`Remove ${e.name}`} onClick={() => onRemove(e)}>
                <Trash2 size={14} aria-hidden="true" />
                <span>Remove</span>
              </button>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
