import { Undo2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { ApiClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import { useChecklist } from '../../stores/checklist-store';
import { useNotice } from '../../stores/notice-store';
import { useReview } from '../../stores/review-store';
import { useSettings } from '../../stores/settings-store';
import { withoutFieldPrefix } from './decision-labels';
import { SettingsLink } from './SettingsLink';

/** "Revoke approval" on a signed-off item: legal only, with a reason; the item goes back to in progress. */
export function RevokeApproval({ item }: { item: ChecklistItem }) {
  const settings = useSettings((s) => s.settings);
  const decide = useReview((s) => s.decide);
  const closeItem = useChecklist((s) => s.closeItem);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (item.status !== 'signed_off') return null;
  const hasName = !!settings?.displayName.trim();
  const isLegal = settings?.role === 'legal';

  if (!hasName || !isLegal) {
    return (
      <div className="revoke-box">
        <Button icon={Undo2} disabled aria-describedby="revoke-unavailable">
          Revoke approval
        </Button>
        <p id="revoke-unavailable" className="field-hint">
          {!hasName
            ? 'Set your display name in Settings before recording a decision: it is written into the ledger. '
            : `Only the Legal role may revoke an approval; ${settings?.role ? `you are set as ${ROLE_LABELS[settings.role]}` : 'your role is not set'}. `}
          <SettingsLink onLeave={closeItem}>Open Settings</SettingsLink>
        </p>
      </div>
    );
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setReasonError(undefined);
    setFormError(null);
    setBusy(true);
    try {
      await decide({ itemId: item.id, decision: 'revoke', comment: reason.trim() });
      useNotice.getState().show(`Revoked the approval of “${item.title}”; it is back in progress.`);
      setOpen(false);
      setReason('');
    } catch (err) {
      if (err instanceof ApiClientError && err.field === 'comment') setReasonError(withoutFieldPrefix(err.message));
      else setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <div className="revoke-box">
        <Button icon={Undo2} onClick={() => setOpen(true)}>
          Revoke approval
        </Button>
      </div>
    );
  }

  return (
    <form className="revoke-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Revoke the approval">
      <p className="revoke-intro">
        Revoking records your reason in the ledger and sends the item back to <strong>In progress</strong>; readiness drops accordingly.
      </p>
      <ErrorAlert message={formError} />
      <FormField id="revoke-reason" label="Reason for revoking" error={reasonError}>
        <textarea
          {...fieldA11y('revoke-reason', reasonError)}
          className="input textarea"
          rows={3}
          value={reason}
          autoFocus
          onChange={(e) => {
            setReason(e.target.value);
            setReasonError(undefined);
          }}
        />
      </FormField>
      <div className="form-actions">
        <Button type="submit" variant="danger" icon={Undo2} disabled={busy}>
          Revoke approval
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
