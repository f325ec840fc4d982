import './toolbar.css';
import './forms.css';

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterSelectProps {
  id: string;
  label: string;
  /** The first choice, the one that filters nothing ("All statuses"). */
  allLabel: string;
  options: readonly FilterOption[];
  value: string;
  onChange(value: string): void;
  /** Extra class on the field, e.g. `toolbar-field-narrow`. */
  className?: string;
}

/** A toolbar's labelled filter drop-down: "all" first, then the choices. */
export function FilterSelect({ id, label, allLabel, options, value, onChange, className }: FilterSelectProps) {
  return (
    <div className={['toolbar-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="toolbar-label">
        {label}
      </label>
      <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
