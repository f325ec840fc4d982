import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FormField, fieldA11y } from './FormField';
import './forms.css';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  error: string | undefined;
  /** Extra class on the field around the label and input. */
  fieldClassName?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its error message and hint (pass `register(...)` or value/onChange). */
export function TextField({ id, label, optional, hint, error, fieldClassName, className = 'input', ref, ...input }: TextFieldProps) {
  return (
    <FormField id={id} label={label} optional={optional} hint={hint} error={error} className={fieldClassName}>
      <input ref={ref} autoComplete="off" {...input} {...fieldA11y(id, error, !!hint)} className={className} />
    </FormField>
  );
}
