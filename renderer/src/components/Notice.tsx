import { CircleAlert, CircleCheck, Undo2, X } from 'lucide-react';
import { useEffect } from 'react';
import { useNotice } from '../stores/notice-store';
import './buttons.css';
import './notices.css';

/**
 * Confirms the last action in a polite status region; it fades after a few seconds (more
 * when it offers Undo, and never while Undo runs). A refused Undo says why in its place.
 */
export function Notice() {
  const { message, seq, undo, undoing, failed, runUndo, dismiss } = useNotice();
  useEffect(() => {
    if (!message || undoing) return;
    const t = setTimeout(dismiss, undo || failed ? 10_000 : 6000);
    return () => clearTimeout(t);
  }, [message, seq, undo, undoing, failed, dismiss]);
  const Icon = failed ? CircleAlert : CircleCheck;
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {message ? (
        <div className={failed ? 'notice notice-failed' : 'notice'}>
          <Icon size={16} aria-hidden="true" className="notice-icon" />
          <span>{message}</span>
          {undo ? (
            <button type="button" className="btn btn-secondary btn-small notice-undo" disabled={undoing} onClick={() => void runUndo()}>
              <Undo2 size={14} aria-hidden="true" />
              {undoing ? 'Undoing…' : 'Undo'}
            </button>
          ) : null}
          <button type="button" className="icon-button icon-button-small" aria-label="Dismiss" onClick={dismiss}>
            <X size={14} aria-hidden="true" />
          </button>
        </div>
      ) : null}
    </div>
  );
}
