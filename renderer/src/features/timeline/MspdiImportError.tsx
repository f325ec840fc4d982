import { CircleAlert, X } from 'lucide-react';
import { useMspdiImport } from '../../stores/mspdi-import-store';

/** Why an MS Project file could not be read, in one sentence; the plan is unchanged. */
export function MspdiImportError() {
  const message = useMspdiImport((s) => s.error);
  const dismiss = useMspdiImport((s) => s.dismissError);
  if (!message) return null;
  return (
    <div role="alert" className="alert alert-error import-error">
      <CircleAlert size={16} aria-hidden="true" className="alert-icon" />
      <div>
        <p className="alert-title">The MS Project file was not imported; the plan is unchanged.</p>
        <p>{message}</p>
      </div>
      <button type="button" className="icon-button icon-button-small alert-dismiss" aria-label="Dismiss" onClick={dismiss}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
