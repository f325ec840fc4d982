import { CircleAlert, RotateCw } from 'lucide-react';

interface ErrorAlertProps {
  message: string | null | undefined;
  /** Offered when the refusal was an edit based on an out-of-date screen: fetches the current data. */
  onReload?: (() => void) | undefined;
}

/** One sentence about what went wrong, announced to screen readers. Renders nothing without a message. */
export function ErrorAlert({ message, onReload }: ErrorAlertProps) {
  if (!message) return null;
  return (
    <div role="alert" className="alert alert-error">
      <CircleAlert size={16} aria-hidden="true" className="alert-icon" />
      <span>{message}</span>
      {onReload ? (
        <button type="button" className="btn btn-small alert-action" onClick={onReload}>
          <RotateCw size={14} aria-hidden="true" />
          Reload
        </button>
      ) : null}
    </div>
  );
}
