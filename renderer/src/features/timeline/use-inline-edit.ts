import { useState, type ChangeEvent, type KeyboardEvent } from 'react';

/**
 * The draft of a value edited in place: saved on Enter or when focus leaves, Escape puts
 * the stored value back, and after saving (or a refusal) the input shows the stored value.
 * `parse` turns the trimmed text into a value, or null when it is not one (then nothing is saved).
 */
export function useInlineEdit<T>(value: T, parse: (text: string) => T | null, onCommit: (value: T) => Promise<boolean>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function commit() {
    if (draft === null || busy) return;
    const next = parse(draft.trim());
    if (next === null || next === value) {
      setDraft(null);
      return;
    }
    setBusy(true);
    await onCommit(next);
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

  return {
    draft,
    /** The input's busy state and its handlers. */
    inputProps: {
      'aria-busy': busy || undefined,
      onChange: (e: ChangeEvent<HTMLInputElement>) => setDraft(e.target.value),
      onBlur: () => void commit(),
      onKeyDown,
    },
  };
}
