/** The words for plan enums. */
import type { DEPENDENCY_TYPES } from '../plan-schema';

export const DEPENDENCY_TYPE_LABELS = {
  FS: 'Finish-to-start',
  SS: 'Start-to-start',
  FF: 'Finish-to-finish',
} as const satisfies Record<(typeof DEPENDENCY_TYPES)[number], string>;
