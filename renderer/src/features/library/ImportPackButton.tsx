import { Upload } from 'lucide-react';
import { FileChooserButton } from '../../components/FileChooserButton';
import { useLibrary } from '../../stores/library-store';

const PACK_FILE = { label: 'Import pack…', busyLabel: 'Reading the pack…', inputLabel: 'Import pack file', accept: '.json,application/json' };

/** "Import pack…": choose a pack file; its diff is shown for review before anything changes. Off (saying why) for roles other than Legal. */
export function ImportPackButton({ disabledReasonId }: { disabledReasonId?: string | undefined }) {
  const previewImport = useLibrary((s) => s.previewImport);
  const busy = useLibrary((s) => s.importBusy);
  return <FileChooserButton {...PACK_FILE} busy={busy} icon={<Upload size={16} aria-hidden="true" />} onFile={(file) => void previewImport(file)} disabledReasonId={disabledReasonId} />;
}
