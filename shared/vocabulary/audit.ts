import type { HistoryKind } from '../history';

/** What an audit row's action reads as in an entry's history. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  create: 'Created',
  update: 'Edited',
  archive: 'Archived',
  restore: 'Restored',
  delete: 'Deleted',
  add_evidence: 'Evidence added',
  remove_evidence: 'Evidence removed',
};

/** The kinds an entry's history can be filtered by. */
export const HISTORY_KIND_LABELS = {
  entry: 'Entry edits',
  checklist: 'Checklist',
  evidence: 'Evidence',
  signoff: 'Sign-offs',
  plan: 'Plan',
  library: 'Pack imports',
  risk: 'Risks',
  other: 'Other',
} as const satisfies Record<HistoryKind, string>;

/** What the other services' actions read as in an entry's history. */
export const HISTORY_ACTION_LABELS: Readonly<Record<string, string>> = {
  bulk_update: 'Edited with others',
  create_custom: 'Added a custom item',
  add_evidence: 'Added evidence',
  remove_evidence: 'Removed evidence',
  signoff_approve: 'Approved',
  signoff_approve_conditional: 'Approved with a condition',
  signoff_reject: 'Rejected',
  signoff_revoke: 'Revoked the approval',
  approval_stale: 'Approval turned stale',
  exclude_profile_changed: 'Left the checklist (profile changed)',
  restore_profile_changed: 'Back on the checklist (profile changed)',
  save_baseline: 'Saved a baseline',
  update_task: 'Edited a task',
  add_task: 'Added a task',
  delete_task: 'Deleted a task',
  add_dependency: 'Linked two tasks',
  remove_dependency: 'Removed a link',
  set_status_date: 'Set the status date',
  set_shutdowns: 'Set shutdown days',
  override_holiday: 'Changed a holiday',
  apply_what_if: 'Applied a what-if',
  sync_with_checklist: 'Synced tasks with the checklist',
  accept_calendar_update: 'Accepted new holiday data',
  import_mspdi: 'Imported an MS Project file',
  install_builtin: 'Installed a built-in pack',
  update_builtin: 'Updated a built-in pack',
  add_custom_requirement: 'Added a custom requirement',
  import: 'Imported a pack',
  update_pack: 'Updated a pack',
  patch: 'Edited in the register',
  review: 'Recorded a review',
  accept: 'Accepted the risk (sign-off ledger)',
  acceptance_expired: 'Acceptance expired; the risk reopened',
  treatment_to_task: 'Made a treatment action a plan task',
  dismiss_suggestion: 'Dismissed a suggested risk',
  import_register: 'Re-imported from a register file',
};
