import { useEffect, useState, type FormEvent } from 'react';
import { addDays, localToday } from '../../../../shared/domain/iso-date';
import type { DecisionInput, QueueEntry } from '../../../../shared/signoff-schema';
import { ApiClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { formatDate } from '../../lib/format-date';
import { ROLE_LABELS } from '../../../../shared/vocabulary/entry';
import { useNotice } from '../../stores/notice-store';
import { useReview } from '../../stores/review-store';
import { useSettings } from '../../stores/settings-store';
import { DecisionChoice, type DecisionChoiceValue } from './DecisionChoice';
import { SettingsLink } from './SettingsLink';
import { SignerStatement } from './SignerStatement';
import { withoutFieldPrefix } from './decision-labels';

const FIELDS = ['decision', 'comment', 'conditionText', 'conditionExpires'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

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
  const [decision, setDecision] = useState<DecisionChoiceValue | ''>('');
  const [comment, setComment] = useState('');
  const [conditionText, setConditionText] = useState('');
  const [conditionExpires, setConditionExpires] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusSeq, setFocusSeq] = useState(0);

  // After a refused submit, move focus to the first field with a message.
  useEffect(() => {
    if (focusSeq > 0) document.querySelector<HTMLElement>('.decision-form [aria-invalid="true"]')?.focus();
  }, [focusSeq]);

  const hasName = !!settings?.displayName.trim();
  const isLegal = settings?.role === 'legal';
  const disabled = !settings || !hasName ? EVERYTHING : isLegal ? NOTHING : APPROVALS;
  const reasonId = 'decision-unavailable';
  const rejecting = decision === 'reject';
  const tomorrow = addDays(localToday(), 1);

  function clear(field: Field) {
    setErrors((e) => ({ ...e, [field]: undefined }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setFormError(null);
    if (!decision) {
      setErrors({ decision: 'Choose a decision' });
      setFocusSeq((n) => n + 1);
      return;
    }
    setErrors({});
    const input: DecisionInput = { itemId: item.id, decision, comment: comment.trim() };
    if (decision === 'approve_conditional') {
      input.conditionText = conditionText.trim();
      if (conditionExpires) input.conditionExpires = conditionExpires;
    }
    setBusy(true);
    try {
      await decide(input);
      closeItem();
      useNotice
        .getState()
        .show(
          decision === 'reject'
            ? `Rejected “${item.title}”; it is back in progress.`
            : decision === 'approve_conditional'
              ? `Approved “${item.title}” on condition, until ${formatDate(conditionExpires)}.`
              : `Approved “${item.title}”; it counts as signed off.`,
        );
    } catch (err) {
      const field = err instanceof ApiClientError ? FIELDS.find((f) => f === err.field) : undefined;
      if (field) {
        setErrors({ [field]: withoutFieldPrefix(errorMessage(err)) });
        setFocusSeq((n) => n + 1);
      } else setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="decision-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="decision-form-title">
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
        <ErrorAlert message={formError} />
        <DecisionChoice
          value={decision}
          onChange={(v) => {
            setDecision(v);
            clear('decision');
            clear('comment');
          }}
          disabled={disabled}
          disabledReasonId={reasonId}
          error={errors.decision}
        />
        {decision === 'approve_conditional' ? (
          <div className="decision-condition">
            <FormField id="decision-condition" label="Condition" error={errors.conditionText} hint="What must hold (or be done) for the approval to stand.">
              <textarea
                {...fieldA11y('decision-condition', errors.conditionText, true)}
                className="input textarea"
                rows={3}
                value={conditionText}
                onChange={(e) => {
                  setConditionText(e.target.value);
                  clear('conditionText');
                }}
              />
            </FormField>
            <FormField id="decision-expires" label="Expires on" error={errors.conditionExpires} hint="After this date the approval turns stale and the item returns to this queue.">
              <input
                {...fieldA11y('decision-expires', errors.conditionExpires, true)}
                type="date"
                className="input input-date decision-date"
                min={tomorrow}
                value={conditionExpires}
                onChange={(e) => {
                  setConditionExpires(e.target.value);
                  clear('conditionExpires');
                }}
              />
            </FormField>
          </div>
        ) : null}
        <FormField
          id="decision-comment"
          label={rejecting ? 'Reason for rejecting' : 'Comment'}
          optional={!rejecting}
          error={errors.comment}
          hint="Written into the ledger with your decision."
        >
          <textarea
            {...fieldA11y('decision-comment', errors.comment, true)}
            className="input textarea"
            rows={4}
            value={comment}
            onChange={(e) => {
              setComment(e.target.value);
              clear('comment');
            }}
          />
        </FormField>
      </div>
      <DialogFooter>
        <Button type="submit" variant={rejecting ? 'danger' : 'primary'} disabled={busy || disabled === EVERYTHING}>
          {decision ? SUBMIT_LABELS[decision] : 'Record decision'}
        </Button>
      </DialogFooter>
    </form>
  );
}
