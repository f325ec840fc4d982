import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { FormField, fieldA11y } from './FormField';
import './forms.css';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  error: string | undefined;
  fieldClassName?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled text area with its error message and hint. */
export function TextAreaField({ id, label, optional, hint, error, fieldClassName, className = 'input textarea', ref, ...textarea }: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} optional={optional} hint={hint} error={error} className={fieldClassName}>
      <textarea ref={ref} {...textarea} {...fieldA11y(id, error, !!hint)} className={className} />
    </FormField>
  );
}
