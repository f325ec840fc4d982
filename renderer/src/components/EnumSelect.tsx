import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { FormField, splitFieldProps, type LabelledFieldProps } from './FormField';
import './forms.css';

interface EnumSelectProps<V extends string> extends LabelledFieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> {
  /** The vocabulary record: each value's words. */
  labels: Readonly<Record<V, string>>;
  /** Which values to offer, in order (default: every key of `labels`). */
  values?: readonly V[];
  /** The empty first choice ("Choose a category…"), when nothing is chosen yet. */
  placeholder?: string;
  /** Choices shown before the offered values that cannot be picked again (a status reached elsewhere). */
  extra?: ReactNode;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled select over an enum, its option texts taken from the vocabulary. */
export function EnumSelect<V extends string>({ labels, values, placeholder, extra, ref, ...props }: EnumSelectProps<V>) {
  const { frame, control, a11y } = splitFieldProps(props);
  const offered = values ?? (Object.keys(labels) as V[]);
  return (
    <FormField {...frame}>
      <select ref={ref} {...control} {...a11y} className="input select">
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
