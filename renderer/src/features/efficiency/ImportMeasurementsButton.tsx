import { FileUp } from 'lucide-react';
import { FileChooserButton } from '../../components/FileChooserButton';
import { useEfficiency } from '../../stores/efficiency-store';

/** "Import CSV or XLSX…": choose a file from the BI tool; its dry run is shown before anything is stored. */
export function ImportMeasurementsButton({ entryId }: { entryId: string }) {
  const preview = useEfficiency((s) => s.previewImport);
  const busy = useEfficiency((s) => s.importBusy);
  return (
    <FileChooserButton
      label="Import CSV or XLSX…"
      busyLabel="Reading the file…"
      inputLabel="Import measurements from a CSV or XLSX file"
      accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      busy={busy}
      icon={<FileUp size={16} aria-hidden="true" />}
      onFile={(file) => void preview(entryId, file)}
    />
  );
}
