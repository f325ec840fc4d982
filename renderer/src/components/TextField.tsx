import type { InputHTMLAttributes, Ref } from 'react';
import { FormField, splitFieldProps, type LabelledFieldProps } from './FormField';
import './forms.css';

interface TextFieldProps extends LabelledFieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with its error message and hint (pass `register(...)` or value/onChange). */
export function TextField({ className = 'input', ref, ...props }: TextFieldProps) {
  const { frame, control, a11y } = splitFieldProps(props);
  return (
    <FormField {...frame}>
      <input ref={ref} autoComplete="off" {...control} {...a11y} className={className} />
    </FormField>
  );
}
