import { FileChooserButton } from '../../components/FileChooserButton';
import { useEfficiency } from '../../stores/efficiency-store';

const MEASUREMENTS_FILE = {
  label: 'Import CSV or XLSX…',
  inputLabel: 'Import measurements from a CSV or XLSX file',
  accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** "Import CSV or XLSX…": choose a file from the BI tool; its dry run is shown before anything is stored. */
export function ImportMeasurementsButton({ entryId }: { entryId: string }) {
  const preview = useEfficiency((s) => s.previewImport);
  const busy = useEfficiency((s) => s.importBusy);
  return <FileChooserButton {...MEASUREMENTS_FILE} busy={busy} onFile={(file) => void preview(entryId, file)} />;
}
