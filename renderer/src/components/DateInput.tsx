import { CalendarDays, ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatDateInput, parseDateInput, patternHint } from '../../../shared/domain/date-input';
import { addDays } from '../../../shared/domain/iso-date';
import { useDatePattern } from '../stores/preferences-store';
import './forms.css';
import './date-input.css';

export interface DateInputProps {
  id: string;
  /** ISO YYYY-MM-DD, '' for none, or text that is not a date yet (the form then refuses it). */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  /** Enter in the box (AddOnEnter fields). */
  onEnter?(value: string): void;
  disabled?: boolean;
  className?: string;
  name?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-label'?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/**
 * A date typed in the user's format (Settings → Date format) with a calendar to pick from.
 * The value is always ISO: what the user types is read in their format as they type.
 */
export function DateInput({ id, value, onChange, onBlur, onEnter, disabled, className = 'input input-date', ...aria }: DateInputProps) {
  const pattern = useDatePattern();
  const shown = (v: string) => formatDateInput(v, pattern);
  const [text, setText] = useState(() => shown(value));
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);

  // A value set from outside (a reset, a picked day, another format) replaces the text;
  // the value the typing itself produced leaves it as typed.
  const seen = `${value}|${pattern.order}|${pattern.sep}`;
  const [lastSeen, setLastSeen] = useState(seen);
  if (seen !== lastSeen) {
    setLastSeen(seen);
    const typed = parseDateInput(text, pattern) ?? text;
    if (typed !== value) setText(shown(value));
  }

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const type = (t: string) => {
    setText(t);
    onChange(t.trim() === '' ? '' : (parseDateInput(t, pattern) ?? t));
  };

  const pick = (iso: string) => {
    setText(shown(iso));
    onChange(iso);
    setOpen(false);
  };

  const keyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && onEnter) {
      e.preventDefault();
      onEnter(text.trim() === '' ? '' : (parseDateInput(text, pattern) ?? text));
    }
  };

  return (
    <div className="date-input" ref={wrap}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={patternHint(pattern)}
        className={className}
        value={text}
        disabled={disabled}
        onChange={(e) => type(e.target.value)}
        onBlur={() => {
          const iso = parseDateInput(text, pattern);
          if (iso) setText(shown(iso));
          onBlur?.();
        }}
        onKeyDown={keyDown}
        {...aria}
      />
      <button
        type="button"
        className="date-input-button"
        aria-label="Choose from a calendar"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        <CalendarDays size={15} aria-hidden="true" />
      </button>
      {open ? <CalendarPopover selected={parseDateInput(text, pattern)} onPick={pick} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A month of days; the chosen one is marked, today outlined. */
function CalendarPopover({ selected, onPick, onClose }: { selected: string | null; onPick(iso: string): void; onClose(): void }) {
  const start = selected ?? todayIso();
  const [month, setMonth] = useState(start.slice(0, 7));
  const titleId = useId();
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = `${month}-01`;
  // Monday-first weeks: how many days of the previous month fill the first row.
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells = Array.from({ length: Math.ceil((lead + daysInMonth) / 7) * 7 }, (_, i) => addDays(first, i - lead));
  const shift = (n: number) => {
    const d = new Date(Date.UTC(y, m - 1 + n, 1));
    setMonth(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  };
  const today = todayIso();
  return (
    <div className="date-popover" role="dialog" aria-labelledby={titleId} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="date-popover-head">
        <button type="button" className="date-popover-nav" aria-label="Previous month" onClick={() => shift(-1)}>
          <ChevronLeft size={15} aria-hidden="true" />
        </button>
        <span id={titleId} className="date-popover-title">
          {MONTHS[m - 1]} {y}
        </span>
        <button type="button" className="date-popover-nav" aria-label="Next month" onClick={() => shift(1)}>
          <ChevronRight size={15} aria-hidden="true" />
        </button>
      </div>
      <table className="date-popover-grid" role="grid">
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: cells.length / 7 }, (_, w) => (
            <tr key={w}>
              {cells.slice(w * 7, w * 7 + 7).map((iso) => (
                <td key={iso}>
                  <button
                    type="button"
                    className={['date-day', iso.slice(0, 7) !== month ? 'date-day-outside' : null, iso === selected ? 'date-day-selected' : null, iso === today ? 'date-day-today' : null]
                      .filter(Boolean)
                      .join(' ')}
                    aria-pressed={iso === selected}
                    aria-label={`${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`}
                    onClick={() => onPick(iso)}
                  >
                    {Number(iso.slice(8))}
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
