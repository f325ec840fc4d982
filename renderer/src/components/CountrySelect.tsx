import type { Ref, SelectHTMLAttributes } from 'react';
import type { Country } from '../../../shared/contract';
import './forms.css';

interface CountrySelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange'> {
  countries: Country[] | null;
  value: string;
  onChange(code: string): void;
  placeholder: string;
  ref?: Ref<HTMLSelectElement>;
}

/**
 * Every ISO 3166 country, sorted by name, as a native select: keyboard type-ahead,
 * screen readers and the platform's own picker all work without extra code.
 */
export function CountrySelect({ countries, value, onChange, placeholder, ...rest }: CountrySelectProps) {
  return (
    <select className="input select" value={value} onChange={(e) => onChange(e.target.value)} {...rest}>
      <option value="">{countries ? placeholder : 'Loading countries…'}</option>
      {countries?.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
