import type { ReactNode } from 'react';
import { CircleAlert } from 'lucide-react';
import './forms.css';

export interface FieldA11y {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

/** The props a control needs so its label, hint and error message reach assistive technology (`hint`: true for the field's own `${id}-hint`, or the id of a hint elsewhere). */
export function fieldA11y(id: string, error: string | undefined, hint: boolean | string = false): FieldA11y {
  const hintId = hint === true ? `${id}-hint` : hint || null;
  const describedBy = [error ? `${id}-error` : null, hintId].filter(Boolean).join(' ');
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

interface SubFieldProps {
  id: string;
  label: string;
  className?: string;
  /** Shown under the control; a group that lists its errors together passes none. */
  error?: string | undefined;
  /** Under the error: the hint the control is described by. */
  after?: ReactNode;
  children: ReactNode;
}

/** A small labelled control inside a group (an amount beside its currency): the label above the control, then its error and hint. */
export function SubField({ id, label, className, error, after, children }: SubFieldProps) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field-sublabel">
        {label}
      </label>
      {children}
      <FieldError id={id} error={error} />
      {after}
    </div>
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

/** What every labelled field component takes besides its control's own props. */
export interface LabelledFieldProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  error: string | undefined;
  /** Extra class on the field around the label and control. */
  fieldClassName?: string;
}

/** Splits a field component's props into the frame's (label, hint, error), the control's own, and the props that tie the control to its label and messages. */
export function splitFieldProps<P extends LabelledFieldProps>({ id, label, optional, hint, error, fieldClassName, ...control }: P) {
  return { frame: { id, label, optional, hint, error, className: fieldClassName }, control, a11y: fieldA11y(id, error, !!hint) };
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
