/**
 * Actions that belong to one declared role, and the one sentence that says why they are
 * off for anyone else. The Library's controls show it beside the disabled control and the
 * library service refuses with it. Roles are self-declared on this machine (Settings), so
 * the sentence says so: it guards against slips, not against a determined user.
 */
import type { Role } from './entry-schema';
import { ROLE_LABELS } from './vocabulary/entry';

/** What each legal-only action is called in the sentence: "Only Legal can import packs". */
export const LEGAL_ACTIONS = {
  import_pack: 'import packs',
  edit_requirements: 'add or edit requirements',
} as const;

export type LegalAction = keyof typeof LEGAL_ACTIONS;

/** Said wherever a role decides what someone may do. */
export const ROLES_SELF_DECLARED = 'Roles are self-declared on this machine.';

/** Why `role` may not take the action (or any of the actions, said at once), or null when it may. */
export function legalOnlyReason(actions: LegalAction | readonly LegalAction[], role: Role | null | string): string | null {
  if (role === 'legal') return null;
  const what = (typeof actions === 'string' ? [actions] : actions).map((a) => LEGAL_ACTIONS[a]).join(' and ');
  return `Only ${ROLE_LABELS.legal} can ${what}: switch your role in Settings. ${ROLES_SELF_DECLARED}`;
}
