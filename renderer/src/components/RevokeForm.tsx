import { Undo2 } from 'lucide-react';
import type { ChecklistItem } from '../../../shared/checklist-schema';
import { decisionInput } from '../../../shared/signoff-schema';
import { InlineForm } from './InlineForm';
import { TextAreaField } from './TextAreaField';
import { errorAt } from '../lib/use-api-form';
import { useActionForm } from '../lib/use-action-form';
import { useReview } from '../stores/review-store';
import './forms.css';
import './ledger.css';

/** The reason is what the form edits of a revocation (the item and the decision are fixed). */
const schema = decisionInput.pick({ comment: true });

/** The reason for revoking an approval; the item goes back to in progress. */
export function RevokeForm({ item, onDone }: { item: ChecklistItem; onDone(): void }) {
  const decide = useReview((s) => s.decide);
  const { form, bound } = useActionForm({
    schema,
    defaultValues: { comment: '' },
    async action({ comment }) {
      await decide({ itemId: item.id, decision: 'revoke', comment });
      return `Revoked the approval of “${item.title}”; it is back in progress.`;
    },
    onDone,
  });

  return (
    <InlineForm
      label="Revoke the approval"
      className="revoke-form"
      intro={
        <p className="revoke-intro">
          Revoking records your reason in the ledger and sends the item back to <strong>In progress</strong>; readiness drops accordingly.
        </p>
      }
      submit={{ label: 'Revoke approval', variant: 'danger', icon: Undo2 }}
      onCancel={onDone}
      {...bound}
    >
      <TextAreaField id="revoke-reason" label="Reason for revoking" error={errorAt(form.formState.errors, 'comment')} rows={3} autoFocus {...form.register('comment')} />
    </InlineForm>
  );
}
