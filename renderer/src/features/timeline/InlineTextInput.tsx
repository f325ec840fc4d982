import { useInlineEdit } from './use-inline-edit';
import './task-table.css';

interface InlineTextInputProps {
  value: string;
  label: string;
  placeholder?: string;
  maxLength?: number;
  onCommit(value: string): Promise<boolean>;
}

const parseText = (text: string): string => text;

/** Text edited in place in a table cell: saved on Enter or blur, Escape reverts; a refused value reverts. */
export function InlineTextInput({ value, label, placeholder, maxLength, onCommit }: InlineTextInputProps) {
  const { draft, inputProps } = useInlineEdit(value, parseText, onCommit);
  return (
    <input
      type="text"
      className="input input-inline"
      aria-label={label}
      value={draft ?? value}
      placeholder={placeholder}
      maxLength={maxLength}
      {...inputProps}
    />
  );
}
