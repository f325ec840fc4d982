import { Plus } from 'lucide-react';
import { useId, useState, type InputHTMLAttributes } from 'react';
import { Button } from './Button';
import { DateInput } from './DateInput';
import './forms.css';

interface AddOnEnterFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'> {
  label: string;
  disabled?: boolean;
  /** The class of the row holding the field and its button. */
  rowClassName: string;
  /** Adds the value to the list; resolves true when it was added (the field then empties). */
  onAdd(value: string): Promise<boolean> | boolean;
}

/** The input under a list: Enter or "Add" adds what was typed, then the field starts empty again. */
export function AddOnEnterField({ label, disabled, onAdd, rowClassName, className = 'input', ...input }: AddOnEnterFieldProps) {
  const id = useId();
  const [value, setValue] = useState('');
  async function add() {
    if (value === '' || disabled) return;
    if (await onAdd(value)) setValue('');
  }
  return (
    <div className={rowClassName}>
      <div className="field">
        <label htmlFor={id} className="field-sublabel">
          {label}
        </label>
        {input.type === 'date' ? (
          // A date in the user's format, with a calendar (the value added is ISO).
          <DateInput id={id} value={value} onChange={setValue} disabled={disabled} onEnter={() => void add()} />
        ) : (
        <input
          {...input}
          id={id}
          className={className}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
        />
        )}
      </div>
      <Button icon={Plus} disabled={disabled || value === ''} onClick={() => void add()}>
        Add
      </Button>
    </div>
  );
}
