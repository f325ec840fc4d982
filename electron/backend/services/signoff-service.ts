/**
 * Legal sign-off: decisions recorded in the append-only, hash-chained ledger, the
 * review queue, staleness of approvals, and verification of the chain.
 */
import { AppError } from '../../../shared/errors';
import { canonicalJson } from '../../../shared/canonical-json';
import { localToday } from '../../../shared/domain/iso-date';
import { GENESIS_HASH, recordHash, verifyChain } from '../../../shared/domain/ledger-chain';
import type { DecisionInput, LedgerRecord, QueueEntry, VerifyResult } from '../../../shared/signoff-schema';
import type { ItemStatus } from '../../../shared/checklist-schema';
import { sha256Hex } from '../library/content-hash';
import type { ItemRecord } from '../repos/checklist-repo';
import { writeAudit, type ServiceContext } from './context';
import type { ChecklistService } from './checklist-service';

const ITEM = 'checklist_item';

export function signoffService(ctx: ServiceContext, checklists: ChecklistService) {
  /** What a sign-off vouches for: the item's own text and its requirement's current content. */
  function itemContentHash(item: ItemRecord): string {
    const requirement = item.requirementId ? ctx.library.requirement(item.requirementId) : undefined;
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

  function evidenceHashes(itemId: string): string[] {
    return ctx.checklist
      .evidenceForItem(itemId)
      .map((e) => (e.kind === 'file' ? e.sha256! : `link:${sha256Hex(e.url!)}`))
      .sort();
  }

  /** The version of the pack that holds the item's requirement now (what counsel saw when signing). */
  function currentPackVersion(item: ItemRecord): string | null {
    if (!item.requirementId) return null;
    const stored = ctx.library.requirement(item.requirementId);
    return (stored && ctx.library.pack(stored.packId)?.version) ?? item.packVersion;
  }

  function chainId(): string {
    return ctx.settings.installationId()!;
  }

  function mustGetItem(id: string): ItemRecord {
    const item = ctx.checklist.get(id);
    if (!item) throw new AppError('not_found', 'That checklist item no longer exists.', 'itemId');
    return item;
  }

  /** Sends an approved item back to review, saying why. Call inside a transaction. */
  function markStale(itemId: string, reason: string): void {
    const item = ctx.checklist.get(itemId);
    if (!item || item.status !== 'signed_off') return;
    const after: ItemRecord = { ...item, status: 'in_review', staleReason: reason, updatedAt: ctx.now().toISOString() };
    ctx.checklist.update(after);
    writeAudit(ctx, ITEM, itemId, 'approval_stale', item, after);
  }

  /** Conditional approvals past their expiry date turn stale by themselves. */
  function sweepExpired(): void {
    const expired = ctx.ledger.expiredConditionalApprovals(localToday(ctx.now()));
    if (expired.length === 0) return;
    ctx.db.transaction(() => {
      for (const e of expired) markStale(e.itemId, `Stale — needs re-review: the conditional approval expired on ${e.expires}.`);
    }).immediate();
  }

  function checkSigner(input: DecisionInput) {
    const s = ctx.settings;
    const name = s.get('displayName')?.trim() ?? '';
    const role = s.get('role') ?? '';
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
      if (input.conditionExpires <= localToday(ctx.now())) {
        throw new AppError('invalid_input', 'Expiry date: choose a date after today.', 'conditionExpires');
      }
    }
    return { name, role };
  }

  const NEXT_STATUS: Record<DecisionInput['decision'], { from: ItemStatus[]; to: ItemStatus; verb: string }> = {
    approve: { from: ['in_review'], to: 'signed_off', verb: 'approved' },
    approve_conditional: { from: ['in_review'], to: 'signed_off', verb: 'approved' },
    reject: { from: ['in_review'], to: 'in_progress', verb: 'rejected' },
    revoke: { from: ['signed_off'], to: 'in_progress', verb: 'revoked' },
  };

  return {
    markStale,
    sweepExpired,
    itemContentHash,
    evidenceHashes,

    decide(input: DecisionInput): LedgerRecord {
      const signer = checkSigner(input);
      return ctx.db.transaction(() => {
        const item = mustGetItem(input.itemId);
        const step = NEXT_STATUS[input.decision];
        if (!step.from.includes(item.status)) {
          const need = input.decision === 'revoke' ? 'signed off' : 'in review';
          throw new AppError('conflict', `"${item.title}" cannot be ${step.verb}: it is not ${need}.`, 'itemId');
        }
        const head = ctx.ledger.head();
        const conditional = input.decision === 'approve_conditional';
        const unsigned: Omit<LedgerRecord, 'hash'> = {
          seq: (head?.seq ?? 0) + 1,
          chainId: chainId(),
          id: ctx.newId(),
          at: ctx.now().toISOString(),
          entryId: item.entryId,
          itemId: item.id,
          decision: input.decision,
          signerName: signer.name,
          signerRole: signer.role,
          osUser: ctx.osUser,
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
        ctx.ledger.append(record);
        const after: ItemRecord = { ...item, status: step.to, staleReason: null, updatedAt: record.at };
        ctx.checklist.update(after);
        writeAudit(ctx, ITEM, item.id, `signoff_${input.decision}`, item, { ...after, ledgerSeq: record.seq, ledgerHash: record.hash });
        return record;
      }).immediate();
    },

    history(itemId: string): LedgerRecord[] {
      mustGetItem(itemId);
      return ctx.ledger.forItem(itemId);
    },

    queue(): QueueEntry[] {
      sweepExpired();
      const entries = new Map(ctx.entries.list(true).map((e) => [e.id, e]));
      return ctx.checklist
        .inStatus('in_review')
        .filter((i) => entries.get(i.entryId) && !entries.get(i.entryId)!.archived)
        .map((i) => ({ item: checklists.item(i.id), entryName: entries.get(i.entryId)!.name, entryCountry: entries.get(i.entryId)!.targetCountry }));
    },

    verify(): VerifyResult {
      const result = verifyChain(ctx.ledger.all(), sha256Hex);
      return { ...result, chainId: chainId() };
    },

    headHash(): string | null {
      return ctx.ledger.head()?.hash ?? null;
    },
  };
}

export type SignoffService = ReturnType<typeof signoffService>;
