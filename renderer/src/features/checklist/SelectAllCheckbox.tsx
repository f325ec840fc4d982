import { useEffect, useRef } from 'react';
import { useChecklist } from '../../stores/checklist-store';

/** Selects (or clears) every item the filters leave visible; mixed when only some are selected. */
export function SelectAllCheckbox({ ids }: { ids: string[] }) {
  const selected = useChecklist((s) => s.selected);
  const setSelected = useChecklist((s) => s.setSelected);
  const ref = useRef<HTMLInputElement>(null);
  const count = ids.filter((id) => selected.has(id)).length;
  const all = ids.length > 0 && count === ids.length;
  const some = count > 0 && !all;

  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);

  return (
    <input
      ref={ref}
      type="checkbox"
      className="row-checkbox"
      aria-label="Select all visible items"
      checked={all}
      disabled={ids.length === 0}
      onChange={(e) => setSelected(ids, e.target.checked)}
    />
  );
}
