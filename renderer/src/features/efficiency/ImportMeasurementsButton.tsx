import { FileUp } from 'lucide-react';
import { useId, type ChangeEvent } from 'react';
import { useEfficiency } from '../../stores/efficiency-store';

/** "Import CSV or XLSX…": choose a file from the BI tool; its dry run is shown before anything is stored. */
export function ImportMeasurementsButton({ entryId }: { entryId: string }) {
  const preview = useEfficiency((s) => s.previewImport);
  const busy = useEfficiency((s) => s.importBusy);
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
        <span>{busy ? 'Reading the file…' : 'Import CSV or XLSX…'}</span>
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="visually-hidden file-input"
        aria-label="Import measurements from a CSV or XLSX file"
        disabled={busy}
        onChange={choose}
      />
    </span>
  );
}
