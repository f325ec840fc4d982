import type { Ref } from 'react';
import { FieldError } from '../../components/FormField';

export type DecisionChoiceValue = 'approve' | 'approve_conditional' | 'reject';

const OPTIONS: ReadonlyArray<{ value: DecisionChoiceValue; label: string; hint: string }> = [
  { value: 'approve', label: 'Approve', hint: 'The item meets the requirement; it counts as signed off.' },
  { value: 'approve_conditional', label: 'Approve with condition', hint: 'Signed off until an expiry date; then it returns to this queue.' },
  { value: 'reject', label: 'Reject', hint: 'Sends the item back to In progress with your reason.' },
];

interface DecisionChoiceProps {
  value: DecisionChoiceValue | '';
  onChange(value: DecisionChoiceValue): void;
  /** Choices that are not open to the user, and the id of the sentence that says why. */
  disabled: ReadonlySet<DecisionChoiceValue>;
  disabledReasonId?: string;
  error: string | undefined;
  onBlur?(): void;
  /** The first choice open to the user, for a form that moves focus to its first invalid field. */
  ref?: Ref<HTMLInputElement>;
}

/** The three decisions as radio cards; the ones the user may not take are disabled and point at the reason. */
export function DecisionChoice({ value, onChange, disabled, disabledReasonId, error, onBlur, ref }: DecisionChoiceProps) {
  const id = 'decision-choice';
  const first = OPTIONS.find((o) => !disabled.has(o.value))?.value;
  return (
    <fieldset id={id} className={error ? 'choice-group field-invalid' : 'choice-group'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field-label">Decision</legend>
      <div className="choice-grid cols-1 decision-choices">
        {OPTIONS.map((o) => {
          const optionId = `${id}-${o.value}`;
          const off = disabled.has(o.value);
          return (
            <label key={o.value} className={['choice-card', value === o.value ? 'selected' : null, off ? 'disabled' : null].filter(Boolean).join(' ')}>
              <input
                ref={o.value === first ? ref : undefined}
                onBlur={onBlur}
                type="radio"
                name="decision"
                value={o.value}
                checked={value === o.value}
                disabled={off}
                onChange={() => onChange(o.value)}
                aria-invalid={error ? true : undefined}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={[`${optionId}-hint`, off ? disabledReasonId : null].filter(Boolean).join(' ')}
              />
              <span className="choice-text">
                <span id={`${optionId}-label`} className="choice-label">
                  {o.label}
                </span>
                <span id={`${optionId}-hint`} className="choice-hint">
                  {o.hint}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
