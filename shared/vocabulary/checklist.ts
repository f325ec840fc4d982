/** The words for checklist item statuses. */
import type { ItemStatus } from '../checklist-schema';

export const ITEM_STATUS_LABELS = {
  todo: 'To do',
  in_progress: 'In progress',
  in_review: 'In review',
  blocked: 'Blocked',
  not_applicable: 'Not applicable',
  signed_off: 'Signed off',
} as const satisfies Record<ItemStatus, string>;

/** A not-applicable item that the profile, not a person, ruled out. */
export const PROFILE_EXCLUDED_LABEL = 'Not applicable (profile changed)';
