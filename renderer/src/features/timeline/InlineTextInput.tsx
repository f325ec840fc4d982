import { useState, type KeyboardEvent } from 'react';

interface InlineTextInputProps {
  value: string;
  label: string;
  placeholder?: string;
  maxLength?: number;
  onCommit(value: string): Promise<boolean>;
}

/** Text edited in place in a table cell: saved on Enter or blur, Escape reverts; a refused value reverts. */
export function InlineTextInput({ value, label, placeholder, maxLength, onCommit }: InlineTextInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function commit() {
    if (draft === null || busy) return;
    const text = draft.trim();
    if (text === value) {
      setDraft(null);
      return;
    }
    setBusy(true);
    await onCommit(text);
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
      type="text"
      className="input input-inline"
      aria-label={label}
      value={draft ?? value}
      placeholder={placeholder}
      maxLength={maxLength}
      aria-busy={busy || undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={onKeyDown}
    />
  );
}
