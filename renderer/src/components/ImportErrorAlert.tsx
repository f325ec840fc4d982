import { CircleAlert, X } from 'lucide-react';

interface ImportErrorAlertProps {
  /** What was left as it was ("The pack was not imported; the library is unchanged."). */
  title: string;
  /** Why the file was refused, in one sentence; nothing is shown without one. */
  message: string | null;
  onDismiss(): void;
}

/** Why a file could not be imported, with what was left unchanged, until dismissed. */
export function ImportErrorAlert({ title, message, onDismiss }: ImportErrorAlertProps) {
  if (!message) return null;
  return (
    <div role="alert" className="alert alert-error import-error">
      <CircleAlert size={16} aria-hidden="true" className="alert-icon" />
      <div>
        <p className="alert-title">{title}</p>
        <p>{message}</p>
      </div>
      <button type="button" className="icon-button icon-button-small alert-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
