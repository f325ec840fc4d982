import { Upload } from 'lucide-react';
import { useId, type ChangeEvent } from 'react';
import { useLibrary } from '../../stores/library-store';

/** "Import pack…": choose a pack file; its diff is shown for review before anything changes. */
export function ImportPackButton() {
  const previewImport = useLibrary((s) => s.previewImport);
  const busy = useLibrary((s) => s.importBusy);
  const id = useId();

  function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void previewImport(file);
  }

  return (
    <span className="file-button-wrap">
      <label htmlFor={id} className={busy ? 'btn btn-secondary file-button is-busy' : 'btn btn-secondary file-button'}>
        <Upload size={16} aria-hidden="true" />
        <span>{busy ? 'Reading the pack…' : 'Import pack…'}</span>
      </label>
      <input id={id} type="file" accept=".json,application/json" className="visually-hidden file-input" aria-label="Import pack file" disabled={busy} onChange={choose} />
    </span>
  );
}
