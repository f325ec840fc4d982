import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useReference } from '../stores/reference-store';
import { CountrySelect } from './CountrySelect';
import { FormField, splitFieldProps, type LabelledFieldProps } from './FormField';

interface CountryFieldProps<T extends FieldValues, TT> extends LabelledFieldProps {
  control: Control<T, unknown, TT>;
  name: FieldPath<T>;
  /** The empty choice ("Choose a country…", "Not set"). */
  placeholder: string;
  /** After a country is chosen (a region that belonged to the old one is cleared). */
  onChosen?(code: string): void;
}

/** A labelled country select bound to a react-hook-form field (an ISO code, '' when none). */
export function CountryField<T extends FieldValues, TT>({ control, name, placeholder, onChosen, ...props }: CountryFieldProps<T, TT>) {
  const countries = useReference((s) => s.countries);
  const { frame, a11y } = splitFieldProps(props);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormField {...frame}>
          <CountrySelect
            {...a11y}
            ref={field.ref}
            name={field.name}
            onBlur={field.onBlur}
            countries={countries}
            value={field.value as string}
            placeholder={placeholder}
            onChange={(code) => {
              field.onChange(code);
              onChosen?.(code);
            }}
          />
        </FormField>
      )}
    />
  );
}
