import { Copy } from 'lucide-react';
import { useState } from 'react';
import './buttons.css';
import './forms.css';
import './evidence.css';

/**
 * A SHA-256 (or chain id) shortened to its first characters, with the full value in its
 * title and a button that copies it. `link:` evidence hashes keep their prefix.
 */
export function HashValue({ value, label, full = false }: { value: string; label: string; full?: boolean }) {
  const [copied, setCopied] = useState(false);
  const link = value.startsWith('link:');
  const hex = link ? value.slice(5) : value;
  const shown = full ? hex : `${hex.slice(0, 12)}…`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <span className={full ? 'hash hash-full' : 'hash'}>
      {link ? <span className="hash-kind">link</span> : null}
      <code title={value} aria-label={`${label} ${value}`}>
        {shown}
      </code>
      <button type="button" className="icon-button icon-button-small" aria-label={`Copy ${label}`} title={`Copy the full ${label}`} onClick={() => void copy()}>
        <Copy size={12} aria-hidden="true" />
      </button>
      {copied ? (
        <span className="copied" role="status">
          Copied
        </span>
      ) : null}
    </span>
  );
}
