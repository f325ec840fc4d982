import { TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { NO_EVIDENCE_COMMENT, NO_EVIDENCE_WARNING, approvalNeedsComment } from '../../../../shared/domain/approval-evidence';
import { FormDateField } from '../../components/DateField';
import { decisionInput, type QueueEntry } from '../../../../shared/signoff-schema';
import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import { Button } from '../../components/Button';
import { CautionNote } from '../../components/CautionNote';
import { DialogFooter } from '../../components/DialogFooter';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDate } from '../../lib/format-date';
import { withoutFieldPrefix } from '../../lib/field-errors';
import { emptyAsMissing, fromForm } from '../../lib/form-values';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useNotice } from '../../stores/notice-store';
import { useReview } from '../../stores/review-store';
import { useSettings } from '../../stores/settings-store';
import { DecisionChoice, type DecisionChoiceValue } from './DecisionChoice';
import { SettingsLink } from '../../components/SettingsLink';
import { SignerStatement } from './SignerStatement';
import './decision-dialog.css';

interface DecisionValues {
  itemId: string;
  decision: DecisionChoiceValue | '';
  comment: string;
  conditionText: string;
  conditionExpires: string;
}

/**
 * The condition and its expiry go with a conditional approval only. An approval of an item
 * without evidence needs a comment: the same rule the sign-off service enforces.
 */
function decisionSchema(evidenceCount: number) {
  return fromForm(
    (v: DecisionValues) => ({
      itemId: v.itemId,
      decision: emptyAsMissing(v.decision),
      comment: v.comment,
      ...(v.decision === 'approve_conditional' ? { conditionText: v.conditionText, conditionExpires: emptyAsMissing(v.conditionExpires) } : {}),
    }),
    decisionInput.superRefine((v, ctx) => {
      if (approvalNeedsComment(v.decision, evidenceCount, v.comment)) ctx.addIssue({ code: 'custom', path: ['comment'], message: withoutFieldPrefix(NO_EVIDENCE_COMMENT) });
    }),
  );
}

const SUBMIT_LABELS: Record<DecisionChoiceValue, string> = {
  approve: 'Approve',
  approve_conditional: 'Approve with condition',
  reject: 'Reject',
};

const APPROVALS: ReadonlySet<DecisionChoiceValue> = new Set(['approve', 'approve_conditional']);
const EVERYTHING: ReadonlySet<DecisionChoiceValue> = new Set(['approve', 'approve_conditional', 'reject']);
const NOTHING: ReadonlySet<DecisionChoiceValue> = new Set();

/** Counsel's decision on one queue item: approve, approve with a condition and expiry, or reject with a reason. */
export function DecisionForm({ entry }: { entry: QueueEntry }) {
  const { item } = entry;
  const settings = useSettings((s) => s.settings);
  const decide = useReview((s) => s.decide);
  const closeItem = useReview((s) => s.closeItem);
  const noEvidence = item.evidence.length === 0;
  const [schema] = useState(() => decisionSchema(item.evidence.length));
  const { form, submit, busy, formError, field, dateField } = useApiForm({
    schema,
    defaultValues: { itemId: item.id, decision: '', comment: '', conditionText: '', conditionExpires: '' },
  });
  const { control } = form;
  const errors = form.formState.errors;
  const decision = useWatch({ control, name: 'decision' });

  const hasName = !!settings?.displayName.trim();
  const isLegal = settings?.role === 'legal';
  const disabled = !settings || !hasName ? EVERYTHING : isLegal ? NOTHING : APPROVALS;
  const reasonId = 'decision-unavailable';
  const rejecting = decision === 'reject';
  const commentRequired = rejecting || (noEvidence && (decision === 'approve' || decision === 'approve_conditional'));

  const onSubmit = submit(async (input) => {
    await decide(input);
    closeItem();
    useNotice
      .getState()
      .show(
        input.decision === 'reject'
          ? `Rejected “${item.title}”; it is back in progress.`
          : input.decision === 'approve_conditional'
            ? `Approved “${item.title}” on condition, until ${formatDate(input.conditionExpires ?? '')}.`
            : `Approved “${item.title}”; it counts as signed off.`,
      );
  });

  return (
    <form className="decision-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="decision-form-title">
      <div className="decision-form-body">
        <h3 id="decision-form-title" className="sheet-section-title">
          Your decision
        </h3>
        {settings ? <SignerStatement settings={settings} /> : null}
        {settings && (!hasName || !isLegal) ? (
          <p id={reasonId} className="decision-unavailable">
            {!hasName
              ? 'Set your display name in Settings before recording a decision: it is written into the ledger.'
              : `Approving needs the Legal role; ${settings.role ? `you are set as ${ROLE_LABELS[settings.role]}` : 'your role is not set'}. You can still reject with a reason.`}{' '}
            <SettingsLink onLeave={closeItem}>Open Settings</SettingsLink>
          </p>
        ) : null}
        {noEvidence ? <CautionNote icon={TriangleAlert}>{NO_EVIDENCE_WARNING}</CautionNote> : null}
        <ErrorAlert message={formError} />
        <Controller
          control={control}
          name="decision"
          render={({ field }) => (
            <DecisionChoice
              value={field.value}
              onChange={(v) => {
                field.onChange(v);
                form.clearErrors('comment');
              }}
              onBlur={field.onBlur}
              ref={field.ref}
              disabled={disabled}
              disabledReasonId={reasonId}
              error={errorAt(errors, 'decision')}
            />
          )}
        />
        {decision === 'approve_conditional' ? (
          <div className="decision-condition">
            <TextAreaField id="decision-condition" label="Condition" hint="What must hold (or be done) for the approval to stand." rows={3} {...field('conditionText')} />
            <FormDateField id="decision-expires" label="Expires on" hint="After this date the approval turns stale and the item returns to this queue." {...dateField('conditionExpires')} />
          </div>
        ) : null}
        <TextAreaField
          id="decision-comment"
          label={rejecting ? 'Reason for rejecting' : 'Comment'}
          optional={!commentRequired}
          hint={commentRequired && !rejecting ? 'Required: this item holds no evidence. Written into the ledger with your decision.' : 'Written into the ledger with your decision.'}
          rows={4}
          {...field('comment')}
        />
      </div>
      <DialogFooter>
        <Button type="submit" variant={rejecting ? 'danger' : 'primary'} disabled={busy || disabled === EVERYTHING}>
          {decision ? SUBMIT_LABELS[decision] : 'Record decision'}
        </Button>
      </DialogFooter>
    </form>
  );
}
