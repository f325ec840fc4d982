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
