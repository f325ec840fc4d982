/** What every screen says about a checklist item: why it is on the list, and whether it is overdue. */
import type { ChecklistItem } from '../../../shared/checklist-schema';

/** "applies because: Brazil; processes personal data of residents", "may apply — check: …", or why a custom item is there. */
export function reasonLine(item: Pick<ChecklistItem, 'certainty' | 'reasons'>): string {
  if (item.certainty === 'custom') return 'Added by the team';
  const lead = item.certainty === 'check' ? 'may apply — check' : 'applies because';
  return `${lead}: ${item.reasons.join('; ')}`;
}

/** Still open and due before today. */
export function isOverdue(item: Pick<ChecklistItem, 'status' | 'dueDate'>, today: string): boolean {
  return !!item.dueDate && item.dueDate < today && item.status !== 'signed_off' && item.status !== 'not_applicable';
}
