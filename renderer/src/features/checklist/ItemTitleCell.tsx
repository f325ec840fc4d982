import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { useChecklist } from '../../stores/checklist-store';
import { ItemBadges } from '../../components/ItemBadges';
import { reasonLine } from '../../lib/checklist-item';

/** The item's title (opens its detail), why it applies, and its badges. */
export function ItemTitleCell({ item }: { item: ChecklistItem }) {
  const openItem = useChecklist((s) => s.openItem);
  return (
    <div className="item-title-cell">
      <button type="button" className="item-title" onClick={() => openItem(item.id)} aria-haspopup="dialog">
        {item.title}
      </button>
      <span className="item-reason">{reasonLine(item)}</span>
      <ItemBadges item={item} />
    </div>
  );
}
