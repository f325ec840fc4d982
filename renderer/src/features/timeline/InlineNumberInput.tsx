import { useInlineEdit } from './use-inline-edit';
import './task-table.css';

interface InlineNumberInputProps {
  value: number;
  /** The accessible name, e.g. "Duration of Register company (business days)". */
  label: string;
  min?: number;
  max?: number;
  disabled?: boolean;
  /** Saves the new value; false when it was refused (the input then shows the stored value again). */
  onCommit(value: number): Promise<boolean>;
}

function parseNumber(text: string): number | null {
  const n = Number(text);
  return text === '' || !Number.isFinite(n) ? null : n;
}

/**
 * A number edited in place in a table cell: saved on Enter or when focus leaves,
 * Escape puts the stored value back. A refused value reverts to the stored one.
 */
export function InlineNumberInput({ value, label, min, max, disabled, onCommit }: InlineNumberInputProps) {
  const { draft, inputProps } = useInlineEdit(value, parseNumber, onCommit);
  return (
    <input
      type="number"
      inputMode="numeric"
      className="input input-inline input-inline-number"
      aria-label={label}
      value={draft ?? String(value)}
      min={min}
      max={max}
      step={1}
      disabled={disabled}
      {...inputProps}
    />
  );
}
