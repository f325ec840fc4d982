import { useChecklist } from '../../stores/checklist-store';

/** Selects one item for a bulk change. */
export function RowCheckbox({ id, title }: { id: string; title: string }) {
  const checked = useChecklist((s) => s.selected.has(id));
  const setSelected = useChecklist((s) => s.setSelected);
  return (
    <input
      type="checkbox"
      className="row-checkbox"
      aria-label={`Select ${title}`}
      checked={checked}
      onChange={(e) => setSelected([id], e.target.checked)}
    />
  );
}
