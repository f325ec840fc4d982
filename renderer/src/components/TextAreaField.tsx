import type { Ref, TextareaHTMLAttributes } from 'react';
import { FormField, splitFieldProps, type LabelledFieldProps } from './FormField';
import './forms.css';

interface TextAreaFieldProps extends LabelledFieldProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled text area with its error message and hint. */
export function TextAreaField({ className = 'input textarea', ref, ...props }: TextAreaFieldProps) {
  const { frame, control, a11y } = splitFieldProps(props);
  return (
    <FormField {...frame}>
      <textarea ref={ref} {...control} {...a11y} className={className} />
    </FormField>
  );
}
