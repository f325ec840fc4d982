import type { Ref } from 'react';
import { FieldError } from './FormField';
import './forms.css';
import './choices.css';

interface RadioGroupProps<V extends string> {
  id: string;
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: V; label: string; hint?: string }>;
  value: V | '';
  onChange(value: V): void;
  error: string | undefined;
  columns?: 1 | 2 | 3;
  onBlur?(): void;
  /** The first radio, for a form that moves focus to its first invalid field. */
  ref?: Ref<HTMLInputElement>;
}

/** A labelled group of radio cards (a fieldset with a legend) with its error message. */
export function RadioGroup<V extends string>({ id, name, legend, options, value, onChange, error, columns = 2, onBlur, ref }: RadioGroupProps<V>) {
  return (
    <fieldset id={id} className={error ? 'choice-group field-invalid' : 'choice-group'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field-label">{legend}</legend>
      <div className={`choice-grid cols-${columns}`}>
        {options.map((o, i) => {
          const optionId = `${id}-${o.value}`;
          return (
            <label key={o.value} className={value === o.value ? 'choice-card selected' : 'choice-card'}>
              <input
                ref={i === 0 ? ref : undefined}
                onBlur={onBlur}
                type="radio"
                name={name}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-invalid={error ? true : undefined}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
              />
              <span className="choice-text">
                <span id={`${optionId}-label`} className="choice-label">
                  {o.label}
                </span>
                {o.hint ? (
                  <span id={`${optionId}-hint`} className="choice-hint">
                    {o.hint}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
