import { useState, type KeyboardEvent } from 'react';

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

/**
 * A number edited in place in a table cell: saved on Enter or when focus leaves,
 * Escape puts the stored value back. A refused value reverts to the stored one.
 */
export function InlineNumberInput({ value, label, min, max, disabled, onCommit }: InlineNumberInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = draft ?? String(value);

  async function commit() {
    if (draft === null || busy) return;
    const text = draft.trim();
    const n = Number(text);
    if (text === '' || !Number.isFinite(n) || n === value) {
      setDraft(null);
      return;
    }
    setBusy(true);
    await onCommit(n);
    setBusy(false);
    setDraft(null);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit();
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
    }
  }

  return (
    <input
      type="number"
      inputMode="numeric"
      className="input input-inline input-inline-number"
      aria-label={label}
      value={shown}
      min={min}
      max={max}
      step={1}
      disabled={disabled}
      aria-busy={busy || undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={onKeyDown}
    />
  );
}
