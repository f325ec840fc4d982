import type { Migration } from './index';

/**
 * The ledger gets what a signed, multi-kind record needs: a format (1 = hashed as before
 * this migration and unsigned, 2 = hashed over every column below and signed), a kind
 * (a decision on a checklist item, or a risk acceptance), a snapshot of what was accepted,
 * and the record's Ed25519 signature. SQLite cannot widen a CHECK in place, so the table
 * is rebuilt: every old row is copied as it was (format 1, kind item_decision) and the
 * append-only triggers are created again on the new table.
 */
export const m007SignedLedger: Migration = {
  version: 7,
  name: 'signed ledger',
  sql: `
CREATE TABLE signoff_ledger_signed (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  -- A row written without a format is one written as before (unsigned): verify flags it past the key's start.
  format INTEGER NOT NULL DEFAULT 1 CHECK (format IN (1, 2)),
  chain_id TEXT NOT NULL,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'item_decision' CHECK (kind IN ('item_decision', 'risk_acceptance')),
  entry_id TEXT NOT NULL,
  -- The subject: the checklist item of a decision, the risk of a risk acceptance.
  item_id TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('approve', 'approve_conditional', 'reject', 'revoke', 'accept')),
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
  snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot)),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  signature TEXT,
  CHECK (format = 1 OR signature IS NOT NULL)
) STRICT;

INSERT INTO signoff_ledger_signed (seq, format, chain_id, id, at, kind, entry_id, item_id, decision, signer_name, signer_role, os_user, comment,
    condition_text, condition_expires, requirement_id, pack_id, pack_version, content_hash, evidence_hashes, snapshot, prev_hash, hash, signature)
  SELECT seq, 1, chain_id, id, at, 'item_decision', entry_id, item_id, decision, signer_name, signer_role, os_user, comment,
    condition_text, condition_expires, requirement_id, pack_id, pack_version, content_hash, evidence_hashes, NULL, prev_hash, hash, NULL
  FROM signoff_ledger ORDER BY seq;

DROP TABLE signoff_ledger;
ALTER TABLE signoff_ledger_signed RENAME TO signoff_ledger;

CREATE INDEX ledger_by_item ON signoff_ledger (item_id, seq);
CREATE INDEX ledger_by_entry ON signoff_ledger (entry_id);

CREATE TRIGGER ledger_no_update BEFORE UPDATE ON signoff_ledger
BEGIN SELECT RAISE(ABORT, 'The sign-off ledger is append-only: records cannot be changed.'); END;

CREATE TRIGGER ledger_no_delete BEFORE DELETE ON signoff_ledger
BEGIN SELECT RAISE(ABORT, 'The sign-off ledger is append-only: records cannot be deleted.'); END;
`,
};
