import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { parseDateInput, patternHint } from '../../../shared/domain/date-input';
import { useDatePattern } from '../stores/preferences-store';
import { DateInput } from './DateInput';
import { FormField, splitFieldProps, type LabelledFieldProps } from './FormField';
import './date-input.css';

interface DateFieldProps extends LabelledFieldProps {
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  disabled?: boolean;
}

/** A labelled date field in the user's format; text that is not a date says so in their format. */
export function DateField({ value, onChange, onBlur, disabled, error, ...props }: DateFieldProps) {
  const pattern = useDatePattern();
  const unreadable = value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value) && parseDateInput(value, pattern) === null;
  // Until the form checks the field, a half-typed date is not an error.
  const shownError = unreadable && error ? `${props.label}: enter the date as ${patternHint(pattern)}, or pick it from the calendar.` : error;
  const { frame, a11y } = splitFieldProps({ ...props, error: shownError });
  return (
    <FormField {...frame}>
      <DateInput value={value} onChange={onChange} onBlur={onBlur} disabled={disabled} {...a11y} />
    </FormField>
  );
}

interface FormDateFieldProps<T extends FieldValues, TT> extends Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur'> {
  control: Control<T, unknown, TT>;
  name: FieldPath<T>;
}

/** DateField bound to a react-hook-form field (the value stays ISO, '' when empty). */
export function FormDateField<T extends FieldValues, TT>({ control, name, ...rest }: FormDateFieldProps<T, TT>) {
  const { field } = useController<T, FieldPath<T>, TT>({ control, name });
  return <DateField {...rest} value={(field.value as string | null) ?? ''} onChange={field.onChange} onBlur={field.onBlur} />;
}
