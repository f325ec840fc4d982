import { CircleAlert, RotateCw } from 'lucide-react';
import { useEffect, useRef } from 'react';
import './buttons.css';
import './notices.css';

interface ErrorAlertProps {
  message: string | null | undefined;
  /** Offered when the refusal was an edit based on an out-of-date screen: fetches the current data. */
  onReload?: (() => void) | undefined;
}

/**
 * One sentence about what went wrong, announced to screen readers, and scrolled into view
 * when it appears (a form refused at the bottom shows its sentence at the top). Renders
 * nothing without a message.
 */
export function ErrorAlert({ message, onReload }: ErrorAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} role="alert" className="alert alert-error">
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
