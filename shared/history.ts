/**
 * An entry's history: every audit row that concerns the entry, sorted into kinds the user
 * can filter by. A row concerns an entry when its entity id is the entry's id (the entry,
 * its plan, anything else kept per entry), when its before/after snapshot names the entry
 * (`entryId`, or `entries` for changes that touch several, such as a pack import), or when
 * its entity is one the owning service lists for the entry (checklist items). A new entity
 * type joins by writing `entryId` into its snapshots; no query changes.
 */
export const HISTORY_KINDS = ['entry', 'checklist', 'evidence', 'signoff', 'plan', 'library', 'risk', 'other'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** The kind of an audit row, from its entity type and action. */
export function historyKind(entityType: string, action: string): HistoryKind {
  switch (entityType) {
    case 'entry':
      return 'entry';
    case 'plan':
      return 'plan';
    case 'pack':
    case 'requirement':
      return 'library';
    case 'checklist_item':
      if (action.startsWith('signoff_') || action === 'approval_stale') return 'signoff';
      if (action.includes('evidence')) return 'evidence';
      return 'checklist';
    default:
      return entityType.startsWith('risk') ? 'risk' : 'other';
  }
}
