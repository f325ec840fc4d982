/**
 * The sign-off ledger the items' statuses imply: decisions are gathered while the items are
 * generated, then appended in time order, hash-chained from the genesis hash (the chain verifies).
 */
import { sha256Hex } from '../../electron/backend/library/content-hash';
import type { ItemRecord } from '../../electron/backend/repos/checklist-repo';
import type { LedgerRepo } from '../../electron/backend/repos/ledger-repo';
import { canonicalJson } from '../../shared/canonical-json';
import { GENESIS_HASH, recordHash } from '../../shared/domain/ledger-chain';
import { addDays } from '../../shared/domain/iso-date';
import type { LedgerRecord } from '../../shared/signoff-schema';
import type { Draw } from './draw';
import { COUNSEL } from './names';

type Pending = Omit<LedgerRecord, 'seq' | 'prevHash' | 'hash' | 'chainId'>;

const COMMENTS: Partial<Record<LedgerRecord['decision'], string>> = {
  reject: 'Evidence does not show the filing; attach the receipt.',
  revoke: 'The processor changed; needs a new review.',
};

const contentHash = (i: ItemRecord) =>
  sha256Hex(canonicalJson({ requirementId: i.requirementId, requirementHash: i.requirementHash, title: i.title, category: i.category, workstream: i.workstream }));

export function ledgerBook({ int, pick }: Draw, newId: () => string) {
  const decisions: Pending[] = [];
  const decisionAt = (start: string, k: number) => new Date(Date.parse(`${addDays(start, 10 + k)}T09:00:00Z`) + int(0, 8 * 3600) * 1000).toISOString();
  return {
    /** Counsel's decision on an item, `k` days into its entry's window (plus ten). */
    decide(i: ItemRecord, start: string, k: number, decision: LedgerRecord['decision'], extra: Partial<Pending> = {}): void {
      decisions.push({
        // Written as records from before signing (format 1): the bench measures reads, not signatures.
        format: 1,
        kind: 'item_decision',
        snapshot: null,
        signature: null,
        id: newId(),
        at: decisionAt(start, k),
        entryId: i.entryId,
        itemId: i.id,
        decision,
        signerName: pick(COUNSEL),
        signerRole: 'legal',
        osUser: 'counsel',
        comment: COMMENTS[decision] ?? 'Checked against the source.',
        conditionText: null,
        conditionExpires: null,
        requirementId: i.requirementId,
        packId: i.packId,
        packVersion: i.packVersion,
        contentHash: contentHash(i),
        evidenceHashes: [],
        ...extra,
      });
    },
    /** Appends every decision in time order; answers how many. */
    append(repo: LedgerRepo, chainId: string): number {
      decisions.sort((a, b) => a.at.localeCompare(b.at));
      let prevHash = GENESIS_HASH;
      decisions.forEach((d, n) => {
        const unsigned = { seq: n + 1, chainId, ...d, prevHash };
        const record: LedgerRecord = { ...unsigned, hash: recordHash(unsigned, sha256Hex) };
        repo.append(record);
        prevHash = record.hash;
      });
      return decisions.length;
    },
  };
}

export type LedgerBook = ReturnType<typeof ledgerBook>;
