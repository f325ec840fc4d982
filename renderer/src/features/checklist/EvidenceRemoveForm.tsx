import { contract } from '../../../../shared/contract';
import type { Evidence } from '../../../../shared/checklist-schema';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useChecklist } from '../../stores/checklist-store';
import { useNotice } from '../../stores/notice-store';

/** What the form edits of `evidence.remove` (the evidence is the one chosen), judged by its schema. */
const schema = contract['evidence.remove'].input.pick({ reason: true });

/**
 * "Remove evidence": why, kept in the item's history. An approval that covered it turns
 * stale; a file's bytes stay in the store.
 */
export function EvidenceRemoveForm({ evidence, signedOff, onDone }: { evidence: Evidence; signedOff: boolean; onDone(): void }) {
  const removeEvidence = useChecklist((s) => s.removeEvidence);
  const { form, submit, busy, formError } = useApiForm({ schema, defaultValues: { reason: '' } });

  const onSubmit = submit(async ({ reason }) => {
    await removeEvidence(evidence.id, reason);
    useNotice.getState().show(`Removed ${evidence.name} from the evidence.`);
    onDone();
  });

  return (
    <form className="link-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={`Remove ${evidence.name}`}>
      <ErrorAlert message={formError} />
      <p className="inline-note">
        {signedOff ? 'The approval of this item covered this evidence: removing it sends the item back to legal review. ' : ''}
        The reason is kept in the item&apos;s history{evidence.kind === 'file' ? '; the stored file stays in the data folder' : ''}.
      </p>
      <TextAreaField id="evidence-remove-reason" label={`Why remove ${evidence.name}?`} error={errorAt(form.formState.errors, 'reason')} rows={2} autoFocus {...form.register('reason')} />
      <div className="form-actions">
        <Button type="submit" variant="danger" disabled={busy}>
          Remove evidence
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
