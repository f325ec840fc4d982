import { CircleAlert, X } from 'lucide-react';
import { useLibrary } from '../../stores/library-store';

/** Why a pack file was refused, in one sentence; the library is left as it was. */
export function ImportErrorAlert() {
  const message = useLibrary((s) => s.importError);
  const dismiss = useLibrary((s) => s.dismissImportError);
  if (!message) return null;
  return (
    <div role="alert" className="alert alert-error import-error">
      <CircleAlert size={16} aria-hidden="true" className="alert-icon" />
      <div>
        <p className="alert-title">The pack was not imported; the library is unchanged.</p>
        <p>{message}</p>
      </div>
      <button type="button" className="icon-button icon-button-small alert-dismiss" aria-label="Dismiss" onClick={dismiss}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
