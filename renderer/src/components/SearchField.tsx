import { Search } from 'lucide-react';
import './toolbar.css';
import './forms.css';

interface SearchFieldProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
}

/** A toolbar's labelled search box, with the magnifier inside it. */
export function SearchField({ id, label, placeholder, value, onChange }: SearchFieldProps) {
  return (
    <div className="toolbar-field toolbar-search">
      <label htmlFor={id} className="toolbar-label">
        {label}
      </label>
      <div className="input-with-icon">
        <Search size={14} aria-hidden="true" />
        <input id={id} type="search" className="input" placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />
      </div>
    </div>
  );
}
