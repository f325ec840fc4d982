/**
 * The sign-off ledger: INSERT and SELECT only. There is deliberately no update or
 * delete here (and triggers refuse them in the database).
 */
import type Database from 'better-sqlite3';
import type { LedgerRecord } from '../../../shared/signoff-schema';

interface LedgerRow {
  seq: number;
  format: LedgerRecord['format'];
  chain_id: string;
  id: string;
  at: string;
  kind: LedgerRecord['kind'];
  entry_id: string;
  item_id: string;
  decision: LedgerRecord['decision'];
  signer_name: string;
  signer_role: string;
  os_user: string;
  comment: string;
  condition_text: string | null;
  condition_expires: string | null;
  requirement_id: string | null;
  pack_id: string | null;
  pack_version: string | null;
  content_hash: string;
  evidence_hashes: string;
  snapshot: string | null;
  prev_hash: string;
  hash: string;
  signature: string | null;
}

/** The append-only triggers; verify checks they are still in the schema. */
const LEDGER_TRIGGERS = ['ledger_no_update', 'ledger_no_delete'] as const;

function toRecord(r: LedgerRow): LedgerRecord {
  return {
    seq: r.seq,
    format: r.format,
    chainId: r.chain_id,
    id: r.id,
    at: r.at,
    kind: r.kind,
    entryId: r.entry_id,
    itemId: r.item_id,
    decision: r.decision,
    signerName: r.signer_name,
    signerRole: r.signer_role,
    osUser: r.os_user,
    comment: r.comment,
    conditionText: r.condition_text,
    conditionExpires: r.condition_expires,
    requirementId: r.requirement_id,
    packId: r.pack_id,
    packVersion: r.pack_version,
    contentHash: r.content_hash,
    evidenceHashes: JSON.parse(r.evidence_hashes) as string[],
    snapshot: r.snapshot === null ? null : (JSON.parse(r.snapshot) as LedgerRecord['snapshot']),
    prevHash: r.prev_hash,
    hash: r.hash,
    signature: r.signature,
  };
}

export function ledgerRepo(db: Database.Database) {
  const insert = db.prepare(`
    INSERT INTO signoff_ledger (seq, format, chain_id, id, at, kind, entry_id, item_id, decision, signer_name, signer_role, os_user, comment,
      condition_text, condition_expires, requirement_id, pack_id, pack_version, content_hash, evidence_hashes, snapshot, prev_hash, hash, signature)
    VALUES (@seq, @format, @chain_id, @id, @at, @kind, @entry_id, @item_id, @decision, @signer_name, @signer_role, @os_user, @comment,
      @condition_text, @condition_expires, @requirement_id, @pack_id, @pack_version, @content_hash, @evidence_hashes, @snapshot, @prev_hash, @hash, @signature)`);
  const bySeq = db.prepare<[number], LedgerRow>('SELECT * FROM signoff_ledger WHERE seq = ?');
  const latestDecision = db.prepare<[string], LedgerRow>(
    "SELECT * FROM signoff_ledger WHERE item_id = ? AND kind = 'item_decision' ORDER BY seq DESC LIMIT 1",
  );
  // A trigger of the same name that no longer refuses anything counts as dropped.
  const triggers = db.prepare<[], { name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'signoff_ledger' AND sql LIKE '%RAISE(ABORT%'",
  );
  const head = db.prepare<[], LedgerRow>('SELECT * FROM signoff_ledger ORDER BY seq DESC LIMIT 1');
  const all = db.prepare<[], LedgerRow>('SELECT * FROM signoff_ledger ORDER BY seq');
  const forItem = db.prepare<[string], LedgerRow>('SELECT * FROM signoff_ledger WHERE item_id = ? ORDER BY seq');
  const latestForItem = db.prepare<[string], LedgerRow>('SELECT * FROM signoff_ledger WHERE item_id = ? ORDER BY seq DESC LIMIT 1');
  const forEntry = db.prepare<[string], LedgerRow>('SELECT * FROM signoff_ledger WHERE entry_id = ? ORDER BY seq');
  /** The latest acceptance of each risk: of one entry (by the entry index), or of every entry. */
  const latestAcceptancesSql = (where: string) => `
    SELECT * FROM signoff_ledger l
    WHERE l.kind = 'risk_acceptance' ${where}
      AND l.seq = (SELECT max(m.seq) FROM signoff_ledger m WHERE m.item_id = l.item_id AND m.kind = 'risk_acceptance')
    ORDER BY l.seq`;
  const latestAcceptancesOf = db.prepare<[string], LedgerRow>(latestAcceptancesSql('AND l.entry_id = ?'));
  const latestAcceptancesAll = db.prepare<[], LedgerRow>(latestAcceptancesSql(''));
  const latestAcceptance = db.prepare<[string], LedgerRow>(
    "SELECT * FROM signoff_ledger WHERE item_id = ? AND kind = 'risk_acceptance' ORDER BY seq DESC LIMIT 1",
  );
  const entryHas = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM signoff_ledger WHERE entry_id = ?');
  /**
   * Signed-off items whose latest decision is a conditional approval that has expired. Reads
   * the ledger's index by decision and expiry (migration 008), so it costs the
   * expired ones only.
   */
  const expired = db.prepare<[string], { item_id: string; condition_expires: string }>(`
    SELECT l.item_id, l.condition_expires FROM signoff_ledger l
    WHERE l.decision = 'approve_conditional' AND l.condition_expires < ?
      AND l.seq = (SELECT max(m.seq) FROM signoff_ledger m WHERE m.item_id = l.item_id)
      AND EXISTS (SELECT 1 FROM checklist_items i WHERE i.id = l.item_id AND i.status = 'signed_off')`);

  /** Signed-off items whose latest decision is a conditional approval in force, expiring between two dates (both included). */
  const live = db.prepare<[string, string], { entry_id: string; item_id: string; condition_expires: string }>(`
    SELECT l.entry_id, l.item_id, l.condition_expires FROM signoff_ledger l
    JOIN checklist_items i ON i.id = l.item_id AND i.status = 'signed_off' AND i.stale_reason IS NULL
    WHERE l.decision = 'approve_conditional' AND l.condition_expires BETWEEN ? AND ?
      AND l.seq = (SELECT max(seq) FROM signoff_ledger WHERE item_id = l.item_id)`);

  return {
    liveConditionalApprovals(from: string, to: string): { entryId: string; itemId: string; expires: string }[] {
      return live.all(from, to).map((r) => ({ entryId: r.entry_id, itemId: r.item_id, expires: r.condition_expires }));
    },
    append(r: LedgerRecord): void {
      insert.run({
        seq: r.seq,
        format: r.format,
        chain_id: r.chainId,
        id: r.id,
        at: r.at,
        kind: r.kind,
        entry_id: r.entryId,
        item_id: r.itemId,
        decision: r.decision,
        signer_name: r.signerName,
        signer_role: r.signerRole,
        os_user: r.osUser,
        comment: r.comment,
        condition_text: r.conditionText,
        condition_expires: r.conditionExpires,
        requirement_id: r.requirementId,
        pack_id: r.packId,
        pack_version: r.packVersion,
        content_hash: r.contentHash,
        evidence_hashes: JSON.stringify(r.evidenceHashes),
        snapshot: r.snapshot === null ? null : JSON.stringify(r.snapshot),
        prev_hash: r.prevHash,
        hash: r.hash,
        signature: r.signature,
      });
    },
    /** The record as the store holds it (read back after an append, before anything is vouched for). */
    bySeq(seq: number): LedgerRecord | undefined {
      const r = bySeq.get(seq);
      return r ? toRecord(r) : undefined;
    },
    /** The latest decision on a checklist item (risk acceptances are not decisions on items). */
    latestDecision(itemId: string): LedgerRecord | undefined {
      const r = latestDecision.get(itemId);
      return r ? toRecord(r) : undefined;
    },
    /** The append-only triggers no longer in the schema (or no longer refusing anything). */
    missingTriggers(): string[] {
      const present = new Set(triggers.all().map((t) => t.name));
      return LEDGER_TRIGGERS.filter((t) => !present.has(t));
    },
    head(): LedgerRecord | undefined {
      const r = head.get();
      return r ? toRecord(r) : undefined;
    },
    all(): LedgerRecord[] {
      return all.all().map(toRecord);
    },
    forItem(itemId: string): LedgerRecord[] {
      return forItem.all(itemId).map(toRecord);
    },
    latestForItem(itemId: string): LedgerRecord | undefined {
      const r = latestForItem.get(itemId);
      return r ? toRecord(r) : undefined;
    },
    forEntry(entryId: string): LedgerRecord[] {
      return forEntry.all(entryId).map(toRecord);
    },
    /** The latest risk acceptance of each risk, of one entry or (null) of all. */
    latestAcceptances(entryId: string | null): LedgerRecord[] {
      return (entryId === null ? latestAcceptancesAll.all() : latestAcceptancesOf.all(entryId)).map(toRecord);
    },
    latestAcceptance(riskId: string): LedgerRecord | undefined {
      const r = latestAcceptance.get(riskId);
      return r ? toRecord(r) : undefined;
    },
    entryHasRecords(entryId: string): boolean {
      return entryHas.get(entryId)!.n > 0;
    },
    expiredConditionalApprovals(today: string): { itemId: string; expires: string }[] {
      return expired.all(today).map((r) => ({ itemId: r.item_id, expires: r.condition_expires }));
    },
  };
}

export type LedgerRepo = ReturnType<typeof ledgerRepo>;
