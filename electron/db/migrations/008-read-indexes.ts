import type { Migration } from './index';

/**
 * Indexes for the reads that used to scan: the sweep for expired conditional approvals
 * (run at start-up, daily and on each decision) and counsel's review tabs, which read each
 * item's latest ledger record. No table changes, so no row moves.
 */
export const m008ReadIndexes: Migration = {
  version: 8,
  name: 'read indexes',
  sql: `
-- Ledger records by decision, conditional ones by expiry date: the sweep ("approve_conditional"
-- and expired before today), the conditional-approvals tab and the rejections tab.
CREATE INDEX ledger_by_decision ON signoff_ledger (decision, condition_expires, item_id);
-- Items in review or signed off, per entry: the review queue's counts per market.
CREATE INDEX items_by_status_entry ON checklist_items (status, entry_id);
`,
};
