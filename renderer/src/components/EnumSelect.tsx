import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { FormField, fieldA11y } from './FormField';
import './forms.css';

interface EnumSelectProps<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> {
  id: string;
  label: string;
  /** The vocabulary record: each value's words. */
  labels: Readonly<Record<V, string>>;
  /** Which values to offer, in order (default: every key of `labels`). */
  values?: readonly V[];
  /** The empty first choice ("Choose a category…"), when nothing is chosen yet. */
  placeholder?: string;
  /** Choices shown before the offered values that cannot be picked again (a status reached elsewhere). */
  extra?: ReactNode;
  optional?: boolean;
  hint?: ReactNode;
  error: string | undefined;
  fieldClassName?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled select over an enum, its option texts taken from the vocabulary. */
export function EnumSelect<V extends string>({
  id,
  label,
  labels,
  values,
  placeholder,
  extra,
  optional,
  hint,
  error,
  fieldClassName,
  ref,
  ...select
}: EnumSelectProps<V>) {
  const offered = values ?? (Object.keys(labels) as V[]);
  return (
    <FormField id={id} label={label} optional={optional} hint={hint} error={error} className={fieldClassName}>
      <select ref={ref} {...select} {...fieldA11y(id, error, !!hint)} className="input select">
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {extra}
        {offered.map((v) => (
          <option key={v} value={v}>
            {labels[v]}
          </option>
        ))}
      </select>
    </FormField>
  );
}
