/** What the checklist table derives from an item: its search text and order. */
import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { fold } from '../../../../shared/text-fold';
import { CATEGORIES, WORKSTREAMS } from '../../../../shared/requirements/pack-schema';
import { reasonLine } from '../../lib/checklist-item';
import { categoryLabel } from '../../lib/requirement-labels';
import { ITEM_STATUS_LABELS } from '../../../../shared/vocabulary/checklist';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';

/** Title, reasons, owner, status, category, citation and requirement id. */
export function matchesSearch(item: ChecklistItem, search: string): boolean {
  const q = fold(search.trim());
  if (!q) return true;
  const texts = [
    item.title,
    reasonLine(item),
    item.owner,
    ITEM_STATUS_LABELS[item.status],
    categoryLabel(item.category),
    WORKSTREAM_LABELS[item.workstream],
    item.notes,
    item.requirementId ?? '',
    item.requirement ? `${item.requirement.citation.law} ${item.requirement.citation.article}` : '',
  ];
  return texts.some((t) => fold(t).includes(q));
}

function rank(list: readonly string[], value: string): number {
  const i = list.indexOf(value);
  return i === -1 ? list.length : i;
}

/** Workstream, then category (in the library's order), then due date (undated last), then title. */
export function sortForChecklist(items: readonly ChecklistItem[]): ChecklistItem[] {
  return [...items].sort(
    (a, b) =>
      rank(WORKSTREAMS, a.workstream) - rank(WORKSTREAMS, b.workstream) ||
      rank(CATEGORIES, a.category) - rank(CATEGORIES, b.category) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.title.localeCompare(b.title, 'en'),
  );
}
