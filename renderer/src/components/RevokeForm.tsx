import { Undo2 } from 'lucide-react';
import type { ChecklistItem } from '../../../shared/checklist-schema';
import { decisionInput } from '../../../shared/signoff-schema';
import { Button } from './Button';
import { ErrorAlert } from './ErrorAlert';
import { TextAreaField } from './TextAreaField';
import { errorAt, useApiForm } from '../lib/use-api-form';
import { useNotice } from '../stores/notice-store';
import { useReview } from '../stores/review-store';
import './forms.css';
import './ledger.css';

/** The reason is what the form edits of a revocation (the item and the decision are fixed). */
const schema = decisionInput.pick({ comment: true });

/** The reason for revoking an approval; the item goes back to in progress. */
export function RevokeForm({ item, onDone }: { item: ChecklistItem; onDone(): void }) {
  const decide = useReview((s) => s.decide);
  const { form, submit, busy, formError } = useApiForm({ schema, defaultValues: { comment: '' } });

  const onSubmit = submit(async ({ comment }) => {
    await decide({ itemId: item.id, decision: 'revoke', comment });
    useNotice.getState().show(`Revoked the approval of “${item.title}”; it is back in progress.`);
    onDone();
  });

  return (
    <form className="revoke-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Revoke the approval">
      <p className="revoke-intro">
        Revoking records your reason in the ledger and sends the item back to <strong>In progress</strong>; readiness drops accordingly.
      </p>
      <ErrorAlert message={formError} />
      <TextAreaField id="revoke-reason" label="Reason for revoking" error={errorAt(form.formState.errors, 'comment')} rows={3} autoFocus {...form.register('comment')} />
      <div className="form-actions">
        <Button type="submit" variant="danger" icon={Undo2} disabled={busy}>
          Revoke approval
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
