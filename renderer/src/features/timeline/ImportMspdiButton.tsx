import { FileUp } from 'lucide-react';
import { useId, type ChangeEvent } from 'react';
import { useMspdiImport } from '../../stores/mspdi-import-store';

/** "Import MS Project XML…": choose an MSPDI file; its dry run is shown before the plan changes. */
export function ImportMspdiButton({ entryId }: { entryId: string }) {
  const preview = useMspdiImport((s) => s.preview);
  const busy = useMspdiImport((s) => s.busy);
  const id = useId();

  function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void preview(entryId, file);
  }

  return (
    <span className="file-button-wrap">
      <label htmlFor={id} className={busy ? 'btn btn-secondary file-button is-busy' : 'btn btn-secondary file-button'}>
        <FileUp size={16} aria-hidden="true" />
        <span>{busy ? 'Reading the file…' : 'Import MS Project XML…'}</span>
      </label>
      <input id={id} type="file" accept=".xml,application/xml,text/xml" className="visually-hidden file-input" aria-label="Import MS Project XML file" disabled={busy} onChange={choose} />
    </span>
  );
}
