import { useId, type Ref } from 'react';
import './forms.css';

interface CheckboxFieldProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  onBlur?(): void;
  /** The input, for a form that moves focus to its first invalid field. */
  ref?: Ref<HTMLInputElement>;
}

/**
 * A checkbox whose whole row is clickable; its name is the label alone and the hint
 * is its description.
 */
export function CheckboxField({ label, hint, checked, onChange, onBlur, ref }: CheckboxFieldProps) {
  const id = useId();
  return (
    <label className="checkbox checkbox-block">
      <input
        ref={ref}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        onBlur={onBlur}
        aria-labelledby={`${id}-label`}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <span className="checkbox-text">
        <span id={`${id}-label`} className="checkbox-label">
          {label}
        </span>
        {hint ? (
          <span id={`${id}-hint`} className="checkbox-hint">
            {hint}
          </span>
        ) : null}
      </span>
    </label>
  );
}
