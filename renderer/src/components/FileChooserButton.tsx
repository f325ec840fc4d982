import { FileUp } from 'lucide-react';
import { useId, type ChangeEvent, type ReactNode } from 'react';
import './buttons.css';
import './evidence.css';

interface FileChooserButtonProps {
  /** The button's words, and while busy the words that say the file is being read ("Reading the file…" unless given). */
  label: string;
  busyLabel?: string;
  /** The hidden file input's accessible name. */
  inputLabel: string;
  accept: string;
  busy: boolean;
  /** A file-upload arrow unless given. */
  icon?: ReactNode;
  onFile(file: File): void;
  /** Off, with the id of the sentence that says why (a role's action, say). */
  disabledReasonId?: string | undefined;
}

/** A button that opens the file chooser and hands over the one file picked (the same file can be picked again). */
export function FileChooserButton({ label, busyLabel = 'Reading the file…', inputLabel, accept, busy, icon = <FileUp size={16} aria-hidden="true" />, onFile, disabledReasonId }: FileChooserButtonProps) {
  const id = useId();
  if (disabledReasonId) {
    return (
      <span className="file-button-wrap">
        <button type="button" className="btn btn-secondary" disabled aria-describedby={disabledReasonId}>
          {icon}
          <span>{label}</span>
        </button>
      </span>
    );
  }

  function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onFile(file);
  }

  return (
    <span className="file-button-wrap">
      <label htmlFor={id} className={busy ? 'btn btn-secondary file-button is-busy' : 'btn btn-secondary file-button'}>
        {icon}
        <span>{busy ? busyLabel : label}</span>
      </label>
      <input id={id} type="file" accept={accept} className="visually-hidden file-input" aria-label={inputLabel} disabled={busy} onChange={choose} />
    </span>
  );
}
