import { CircleCheck } from 'lucide-react';
import { Button } from '../../components/Button';

/** A settings form's save button and, beside it, the polite line that says what the save did. */
export function SaveActions({ label, busy, saved }: { label: string; busy: boolean; saved: string | null }) {
  return (
    <div className="form-actions">
      <Button type="submit" variant="primary" disabled={busy}>
        {label}
      </Button>
      <p role="status" className="save-status">
        {saved ? (
          <>
            <CircleCheck size={16} aria-hidden="true" />
            {saved}
          </>
        ) : null}
      </p>
    </div>
  );
}
