import type { Migration } from './index';

export const m003SignoffLedger: Migration = {
  version: 3,
  name: 'sign-off ledger',
  sql: `
-- Append-only: the triggers below refuse UPDATE and DELETE, and no code path issues them.
-- No foreign keys: a decision's record outlives the entry and item it was about.
CREATE TABLE signoff_ledger (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  chain_id TEXT NOT NULL,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('approve', 'approve_conditional', 'reject', 'revoke')),
  signer_name TEXT NOT NULL,
  signer_role TEXT NOT NULL,
  os_user TEXT NOT NULL,
  comment TEXT NOT NULL,
  condition_text TEXT,
  condition_expires TEXT CHECK (condition_expires IS NULL OR condition_expires = date(condition_expires, '+0 days')),
  requirement_id TEXT,
  pack_id TEXT,
  pack_version TEXT,
  content_hash TEXT NOT NULL,
  evidence_hashes TEXT NOT NULL CHECK (json_valid(evidence_hashes)),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;

CREATE INDEX ledger_by_item ON signoff_ledger (item_id, seq);
CREATE INDEX ledger_by_entry ON signoff_ledger (entry_id);

CREATE TRIGGER ledger_no_update BEFORE UPDATE ON signoff_ledger
BEGIN SELECT RAISE(ABORT, 'The sign-off ledger is append-only: records cannot be changed.'); END;

CREATE TRIGGER ledger_no_delete BEFORE DELETE ON signoff_ledger
BEGIN SELECT RAISE(ABORT, 'The sign-off ledger is append-only: records cannot be deleted.'); END;

-- Why an item is back in review after an approval (null when it is not).
ALTER TABLE checklist_items ADD COLUMN stale_reason TEXT;

CREATE INDEX items_by_status ON checklist_items (status, due_date);
`,
};
