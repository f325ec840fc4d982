import type { ReactNode } from 'react';
import { CircleAlert } from 'lucide-react';
import './forms.css';

export interface FieldA11y {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

/** The props a control needs so its label, hint and error message reach assistive technology. */
export function fieldA11y(id: string, error: string | undefined, hasHint = false): FieldA11y {
  const describedBy = [error ? `${id}-error` : null, hasHint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined };
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      <CircleAlert size={14} aria-hidden="true" />
      <span>{error}</span>
    </p>
  );
}

interface FormFieldProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  error: string | undefined;
  className?: string;
  children: ReactNode;
}

/** A visible label above its control, then the error message (if any), then a hint. */
export function FormField({ id, label, optional, hint, error, className, children }: FormFieldProps) {
  return (
    <div className={['field', error ? 'field-invalid' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional ? <span className="field-optional"> (optional)</span> : null}
      </label>
      {children}
      <FieldError id={id} error={error} />
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
