import { FileChooserButton } from '../../components/FileChooserButton';
import { useMspdiImport } from '../../stores/mspdi-import-store';

const MSPDI_FILE = { label: 'Import MS Project XML…', inputLabel: 'Import MS Project XML file', accept: '.xml,application/xml,text/xml' };

/** "Import MS Project XML…": choose an MSPDI file; its dry run is shown before the plan changes. */
export function ImportMspdiButton({ entryId }: { entryId: string }) {
  const preview = useMspdiImport((s) => s.preview);
  const busy = useMspdiImport((s) => s.busy);
  return <FileChooserButton {...MSPDI_FILE} busy={busy} onFile={(file) => void preview(entryId, file)} />;
}
