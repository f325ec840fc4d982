import { CircleCheck, X } from 'lucide-react';
import { useEffect } from 'react';
import { useNotice } from '../stores/notice-store';
import './buttons.css';
import './notices.css';

/** Confirms the last action in a polite status region; it fades after a few seconds. */
export function Notice() {
  const { message, seq, dismiss } = useNotice();
  useEffect(() => {
    if (!message) return;
    const t = setTimeout(dismiss, 6000);
    return () => clearTimeout(t);
  }, [message, seq, dismiss]);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {message ? (
        <div className="notice">
          <CircleCheck size={16} aria-hidden="true" className="notice-icon" />
          <span>{message}</span>
          <button type="button" className="icon-button icon-button-small" aria-label="Dismiss" onClick={dismiss}>
            <X size={14} aria-hidden="true" />
          </button>
        </div>
      ) : null}
    </div>
  );
}
