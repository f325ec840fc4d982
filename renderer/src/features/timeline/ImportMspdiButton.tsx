import { FileUp } from 'lucide-react';
import { FileChooserButton } from '../../components/FileChooserButton';
import { useMspdiImport } from '../../stores/mspdi-import-store';

/** "Import MS Project XML…": choose an MSPDI file; its dry run is shown before the plan changes. */
export function ImportMspdiButton({ entryId }: { entryId: string }) {
  const preview = useMspdiImport((s) => s.preview);
  const busy = useMspdiImport((s) => s.busy);
  return (
    <FileChooserButton
      label="Import MS Project XML…"
      busyLabel="Reading the file…"
      inputLabel="Import MS Project XML file"
      accept=".xml,application/xml,text/xml"
      busy={busy}
      icon={<FileUp size={16} aria-hidden="true" />}
      onFile={(file) => void preview(entryId, file)}
    />
  );
}
