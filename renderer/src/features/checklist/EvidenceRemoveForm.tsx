import { contract } from '../../../../shared/contract';
import type { Evidence } from '../../../../shared/checklist-schema';
import { InlineForm } from '../../components/InlineForm';
import { TextAreaField } from '../../components/TextAreaField';
import { errorAt } from '../../lib/use-api-form';
import { useActionForm } from '../../lib/use-action-form';
import { useChecklist } from '../../stores/checklist-store';

/** What the form edits of `evidence.remove` (the evidence is the one chosen), judged by its schema. */
const schema = contract['evidence.remove'].input.pick({ reason: true });

/**
 * "Remove evidence": why, kept in the item's history. An approval that covered it turns
 * stale; a file's bytes stay in the store.
 */
export function EvidenceRemoveForm({ evidence, signedOff, onDone }: { evidence: Evidence; signedOff: boolean; onDone(): void }) {
  const removeEvidence = useChecklist((s) => s.removeEvidence);
  const { form, bound } = useActionForm({
    schema,
    defaultValues: { reason: '' },
    async action({ reason }) {
      await removeEvidence(evidence.id, reason);
      return `Removed ${evidence.name} from the evidence.`;
    },
    onDone,
  });

  return (
    <InlineForm label={`Remove ${evidence.name}`} className="link-form" submit={{ label: 'Remove evidence', variant: 'danger' }} onCancel={onDone} {...bound}>
      <p className="inline-note">
        {signedOff ? 'The approval of this item covered this evidence: removing it sends the item back to legal review. ' : ''}
        The reason is kept in the item&apos;s history{evidence.kind === 'file' ? '; the stored file stays in the data folder' : ''}.
      </p>
      <TextAreaField id="evidence-remove-reason" label={`Why remove ${evidence.name}?`} error={errorAt(form.formState.errors, 'reason')} rows={2} autoFocus {...form.register('reason')} />
    </InlineForm>
  );
}
