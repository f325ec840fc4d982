/**
 * Legal sign-off: decisions recorded in the append-only, hash-chained ledger, the review
 * queue, staleness of approvals, and verification of the chain. Owns the ledger; the items
 * it decides on belong to the checklist service, their requirements to the library, their
 * evidence to the evidence service and the signer to Settings.
 */
import { AppError } from '../../../shared/errors';
import { canonicalJson } from '../../../shared/canonical-json';
import { GENESIS_HASH, recordHash, verifyChain } from '../../../shared/domain/ledger-chain';
import type { DecisionInput, LedgerRecord, QueueEntry, VerifyResult } from '../../../shared/signoff-schema';
import type { ChecklistItem, ItemStatus } from '../../../shared/checklist-schema';
import type { Entry } from '../../../shared/entry-schema';
import { sha256Hex } from '../library/content-hash';
import type { ItemRecord } from '../repos/checklist-repo';
import type { LedgerRepo } from '../repos/ledger-repo';
import type { StoredPack, StoredRequirement } from '../repos/library-repo';
import type { Kernel } from './kernel';

export interface SignoffDeps {
  repo: LedgerRepo;
  kernel: Kernel;
  /** The checklist service. */
  checklist: {
    record(itemId: string): ItemRecord;
    item(itemId: string): ChecklistItem;
    inStatus(status: ItemStatus): ItemRecord[];
    setReviewOutcome(item: ItemRecord, status: ItemStatus, at: string, action: string, ledger: { ledgerSeq: number; ledgerHash: string }): void;
    markStale(itemId: string, reason: string): void;
  };
  /** The library service. */
  library: {
    requirement(id: string): StoredRequirement | undefined;
    pack(id: string): StoredPack | undefined;
  };
  /** The evidence service: what the item's evidence hashes to. */
  evidenceHashes(itemId: string): string[];
  /** The settings service. */
  settings: {
    signer(): { name: string; role: string };
    installationId(): string;
  };
  /** The entries service. */
  entries(includeArchived: boolean): Entry[];
}

const NEXT_STATUS: Record<DecisionInput['decision'], { from: ItemStatus[]; to: ItemStatus; verb: string }> = {
  approve: { from: ['in_review'], to: 'signed_off', verb: 'approved' },
  approve_conditional: { from: ['in_review'], to: 'signed_off', verb: 'approved' },
  reject: { from: ['in_review'], to: 'in_progress', verb: 'rejected' },
  revoke: { from: ['signed_off'], to: 'in_progress', verb: 'revoked' },
};

export function signoffService({ repo, kernel, checklist, library, evidenceHashes, settings, entries }: SignoffDeps) {
  /** What a sign-off vouches for: the item's own text and its requirement's current content. */
  function itemContentHash(item: ItemRecord): string {
    const requirement = item.requirementId ? library.requirement(item.requirementId) : undefined;
    return sha256Hex(
      canonicalJson({
        requirementId: item.requirementId,
        requirementHash: requirement?.contentHash ?? item.requirementHash,
        title: item.title,
        category: item.category,
        workstream: item.workstream,
      }),
    );
  }

  /** The version of the pack that holds the item's requirement now (what counsel saw when signing). */
  function currentPackVersion(item: ItemRecord): string | null {
    if (!item.requirementId) return null;
    const stored = library.requirement(item.requirementId);
    return (stored && library.pack(stored.packId)?.version) ?? item.packVersion;
  }

  /** Sends an approved item back to review, saying why. Call inside a write. */
  function markStale(itemId: string, reason: string): void {
    checklist.markStale(itemId, reason);
  }

  /** Conditional approvals past their expiry date turn stale by themselves. */
  function sweepExpired(): void {
    const expired = repo.expiredConditionalApprovals(kernel.today());
    if (expired.length === 0) return;
    kernel.write(() => {
      for (const e of expired) markStale(e.itemId, `Stale — needs re-review: the conditional approval expired on ${e.expires}.`);
    });
  }

  function checkSigner(input: DecisionInput) {
    const { name, role } = settings.signer();
    if (!name) throw new AppError('invalid_input', 'Set your display name in Settings before recording a decision: it is written into the ledger.', 'displayName');
    if ((input.decision === 'approve' || input.decision === 'approve_conditional' || input.decision === 'revoke') && role !== 'legal') {
      throw new AppError('invalid_input', 'Only the legal role may approve or revoke. Roles are self-declared in Settings; your OS user is recorded beside them.', 'role');
    }
    if ((input.decision === 'reject' || input.decision === 'revoke') && !input.comment) {
      throw new AppError('invalid_input', `Comment: write the reason for the ${input.decision === 'reject' ? 'rejection' : 'revocation'}.`, 'comment');
    }
    if (input.decision === 'approve_conditional') {
      if (!input.conditionText) throw new AppError('invalid_input', 'Condition: describe the condition of the approval.', 'conditionText');
      if (!input.conditionExpires) throw new AppError('invalid_input', 'Expiry date: a conditional approval needs an expiry date.', 'conditionExpires');
      if (input.conditionExpires <= kernel.today()) {
        throw new AppError('invalid_input', 'Expiry date: choose a date after today.', 'conditionExpires');
      }
    }
    return { name, role };
  }

  return {
    markStale,
    sweepExpired,

    decide(input: DecisionInput): LedgerRecord {
      const signer = checkSigner(input);
      return kernel.write(() => {
        const item = checklist.record(input.itemId);
        const step = NEXT_STATUS[input.decision];
        if (!step.from.includes(item.status)) {
          const need = input.decision === 'revoke' ? 'signed off' : 'in review';
          throw new AppError('conflict', `"${item.title}" cannot be ${step.verb}: it is not ${need}.`, 'itemId');
        }
        const head = repo.head();
        const conditional = input.decision === 'approve_conditional';
        const unsigned: Omit<LedgerRecord, 'hash'> = {
          seq: (head?.seq ?? 0) + 1,
          chainId: settings.installationId(),
          id: kernel.newId(),
          at: kernel.now().toISOString(),
          entryId: item.entryId,
          itemId: item.id,
          decision: input.decision,
          signerName: signer.name,
          signerRole: signer.role,
          osUser: kernel.osUser,
          comment: input.comment,
          conditionText: conditional ? input.conditionText! : null,
          conditionExpires: conditional ? input.conditionExpires! : null,
          requirementId: item.requirementId,
          packId: item.packId,
          packVersion: currentPackVersion(item),
          contentHash: itemContentHash(item),
          evidenceHashes: evidenceHashes(item.id),
          prevHash: head?.hash ?? GENESIS_HASH,
        };
        const record: LedgerRecord = { ...unsigned, hash: recordHash(unsigned, sha256Hex) };
        repo.append(record);
        checklist.setReviewOutcome(item, step.to, record.at, `signoff_${input.decision}`, { ledgerSeq: record.seq, ledgerHash: record.hash });
        return record;
      });
    },

    history(itemId: string): LedgerRecord[] {
      checklist.record(itemId);
      return repo.forItem(itemId);
    },

    queue(): QueueEntry[] {
      sweepExpired();
      const byId = new Map(entries(true).map((e) => [e.id, e]));
      return checklist
        .inStatus('in_review')
        .filter((i) => byId.get(i.entryId) && !byId.get(i.entryId)!.archived)
        .map((i) => ({ item: checklist.item(i.id), entryName: byId.get(i.entryId)!.name, entryCountry: byId.get(i.entryId)!.targetCountry }));
    },

    verify(): VerifyResult {
      const result = verifyChain(repo.all(), sha256Hex);
      return { ...result, chainId: settings.installationId() };
    },

    /** Conditional approvals in force on the date (the item signed off, not stale), with their expiry. */
    liveConditionalApprovals: (today: string) => repo.liveConditionalApprovals(today),

    /** Every ledger record, in order (the portfolio-wide register). */
    allRecords: (): LedgerRecord[] => repo.all(),

    headHash(): string | null {
      return repo.head()?.hash ?? null;
    },

    /** The ledger records about one entry, in order (the sign-off register). */
    recordsForEntry(entryId: string): LedgerRecord[] {
      return repo.forEntry(entryId);
    },

    entryHasRecords(entryId: string): boolean {
      return repo.entryHasRecords(entryId);
    },
  };
}

export type SignoffService = ReturnType<typeof signoffService>;
