/**
 * Legal sign-off: decisions recorded in the append-only, hash-chained ledger, the review
 * queue, staleness of approvals, and verification of the chain. Owns the ledger; the items
 * it decides on belong to the checklist service, their requirements to the library, their
 * evidence to the evidence service and the signer to Settings.
 */
import { AppError } from '../../../shared/errors';
import { canonicalJson } from '../../../shared/canonical-json';
import { GENESIS_HASH, hashedBody, recordHash } from '../../../shared/domain/ledger-chain';
import type { DecisionInput, LedgerRecord, QueuePage, QueueQuery, RecordKind, ReviewCounts, VerifyResult } from '../../../shared/signoff-schema';
import { NO_EVIDENCE_COMMENT, approvalNeedsComment } from '../../../shared/domain/approval-evidence';
import { sha256Hex } from '../library/content-hash';
import type { ItemRecord } from '../repos/checklist-repo';
import type { ItemStatus } from '../../../shared/checklist-schema';
import type { SignoffDeps } from './signoff/signoff-deps';
import { recordMessage, signMessage } from '../signing/ed25519';
import { ledgerKeys } from './signoff/ledger-keys';
import { verifyLedger } from './signoff/verify-ledger';

export type { SignoffDeps } from './signoff/signoff-deps';

const NEXT_STATUS: Record<DecisionInput['decision'], { from: ItemStatus[]; to: ItemStatus; verb: string }> = {
  approve: { from: ['in_review'], to: 'signed_off', verb: 'approved' },
  approve_conditional: { from: ['in_review'], to: 'signed_off', verb: 'approved' },
  reject: { from: ['in_review'], to: 'in_progress', verb: 'rejected' },
  revoke: { from: ['signed_off'], to: 'in_progress', verb: 'revoked' },
};

/**
 * A record another service appends (risk acceptances): what was accepted is `snapshot`,
 * hashed into the record's content hash. Call it inside the caller's own write.
 */
export interface AppendRecordInput {
  kind: Exclude<RecordKind, 'item_decision'>;
  entryId: string;
  /** The risk (or other subject) the record is about. */
  subjectId: string;
  /** What was accepted, as it stood (JSON). */
  snapshot: NonNullable<LedgerRecord['snapshot']>;
  decision: 'accept';
  comment: string;
  conditionText?: string | null;
  /** When the acceptance lapses (YYYY-MM-DD), if it does. */
  expiresOn?: string | null;
  evidenceHashes?: string[];
}

type Unsigned = Omit<LedgerRecord, 'seq' | 'format' | 'chainId' | 'id' | 'at' | 'prevHash' | 'hash' | 'signature' | 'signerName' | 'signerRole' | 'osUser'>;

/** How a field of a record is named to the user when the store could not keep it. */
const STORED_FIELD_LABELS: Partial<Record<keyof LedgerRecord, string>> = {
  comment: 'The comment',
  conditionText: 'The condition',
  signerName: 'Your display name (Settings)',
  signerRole: 'Your role (Settings)',
  snapshot: 'The accepted snapshot',
};

export function signoffService({ repo, review, kernel, checklist, library, evidence, settings, keyStore }: SignoffDeps) {
  const keys = ledgerKeys({
    keyStore,
    kernel,
    chainId: () => settings.installationId(),
    head: () => repo.head(),
    hasSignedRecords: () => repo.all().some((r) => r.format === 2),
    settings,
  });

  /**
   * Appends one signed record: hashes it, signs the hash, inserts it, then reads it back
   * and refuses (rolling back) if the store did not keep exactly what was hashed, so no
   * record can fail verify later. The verified head moves once the write commits.
   */
  function appendSigned(fields: Unsigned, signer: { name: string; role: string }): LedgerRecord {
    return kernel.write(() => {
      const key = keys.signingKey();
      const head = repo.head();
      const chainId = settings.installationId();
      const unsigned: Omit<LedgerRecord, 'hash' | 'signature'> = {
        ...fields,
        seq: (head?.seq ?? 0) + 1,
        format: 2,
        chainId,
        id: kernel.newId(),
        at: kernel.now().toISOString(),
        signerName: signer.name,
        signerRole: signer.role,
        osUser: kernel.osUser,
        prevHash: head?.hash ?? GENESIS_HASH,
      };
      const hash = recordHash(unsigned, sha256Hex);
      const record: LedgerRecord = { ...unsigned, hash, signature: signMessage(key, recordMessage(chainId, unsigned.seq, hash)) };
      repo.append(record);
      const stored = repo.bySeq(record.seq)!;
      const wanted = hashedBody(record);
      const kept = hashedBody(stored);
      const changed = (Object.keys(wanted) as (keyof LedgerRecord)[]).find((k) => canonicalJson(wanted[k] ?? null) !== canonicalJson(kept[k] ?? null));
      if (changed || recordHash(stored, sha256Hex) !== hash || stored.signature !== record.signature) {
        const field = changed ?? 'comment';
        const label = STORED_FIELD_LABELS[field] ?? `The ${String(field)} field`;
        throw new AppError('invalid_input', `${label}: the store could not keep this text exactly as written, so nothing was recorded; remove unusual characters and try again.`, String(field));
      }
      kernel.afterCommit(() => {
        try {
          keys.saveHead(stored.seq, stored.hash);
        } catch {
          // The head file could not be written: the record stands, and the next successful
          // verify saves the head again; until then an older head is checked (never a wrong one).
        }
      });
      return stored;
    });
  }
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

  /**
   * Conditional approvals past their expiry date turn stale. Housekeeping, never run by a
   * read: at start-up, when the date changes (the backend's daily timer) and inside each
   * decision's write. Answers how many approvals it turned stale.
   */
  function sweepExpired(): number {
    return kernel.write(() => {
      const expired = repo.expiredConditionalApprovals(kernel.today());
      for (const e of expired) markStale(e.itemId, `Stale — needs re-review: the conditional approval expired on ${e.expires}.`);
      return expired.length;
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
        // Expired conditions first, so the decision is taken on the queue as it stands today.
        sweepExpired();
        const item = checklist.record(input.itemId);
        const step = NEXT_STATUS[input.decision];
        if (!step.from.includes(item.status)) {
          const need = input.decision === 'revoke' ? 'signed off' : 'in review';
          throw new AppError('conflict', `"${item.title}" cannot be ${step.verb}: it is not ${need}.`, 'itemId');
        }
        const evidenceHashes = evidence.hashes(item.id);
        if (approvalNeedsComment(input.decision, evidenceHashes.length, input.comment)) throw new AppError('invalid_input', NO_EVIDENCE_COMMENT, 'comment');
        const conditional = input.decision === 'approve_conditional';
        const record = appendSigned(
          {
            kind: 'item_decision',
            entryId: item.entryId,
            itemId: item.id,
            decision: input.decision,
            comment: input.comment,
            conditionText: conditional ? input.conditionText! : null,
            conditionExpires: conditional ? input.conditionExpires! : null,
            requirementId: item.requirementId,
            packId: item.packId,
            packVersion: currentPackVersion(item),
            contentHash: itemContentHash(item),
            evidenceHashes,
            snapshot: null,
          },
          signer,
        );
        checklist.setReviewOutcome(item, step.to, record.at, `signoff_${input.decision}`, { ledgerSeq: record.seq, ledgerHash: record.hash });
        return record;
      });
    },

    history(itemId: string): LedgerRecord[] {
      checklist.record(itemId);
      return repo.forItem(itemId);
    },

    /** One page of a review tab: the count, the page, its evidence and requirements (four queries, no writes). */
    queue(q: QueueQuery): QueuePage {
      const { rows, total } = review.page(q);
      const items = checklist.views(rows.map((r) => r.item));
      return {
        rows: rows.map((r, n) => ({ item: items[n]!, entryName: r.entryName, entryCountry: r.entryCountry, latest: r.latest })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** The tabs' and the navigation's counts, without the rows. */
    counts(): ReviewCounts {
      return review.counts();
    },

    appendRecord(input: AppendRecordInput): LedgerRecord {
      const signer = settings.signer();
      if (!signer.name) throw new AppError('invalid_input', 'Set your display name in Settings before recording this: it is written into the ledger.', 'displayName');
      return appendSigned(
        {
          kind: input.kind,
          entryId: input.entryId,
          itemId: input.subjectId,
          decision: input.decision,
          comment: input.comment,
          conditionText: input.conditionText ?? null,
          conditionExpires: input.expiresOn ?? null,
          requirementId: null,
          packId: null,
          packVersion: null,
          contentHash: sha256Hex(canonicalJson(input.snapshot)),
          evidenceHashes: [...(input.evidenceHashes ?? [])].sort(),
          snapshot: input.snapshot,
        },
        signer,
      );
    },

    /** Everything someone holding the database file (and this machine's key store) can check (signoff/verify-ledger.ts). */
    verify(): VerifyResult {
      return verifyLedger({ repo, keys, checklist, evidence, settings });
    },

    /** The public key's fingerprint and where the private key is kept (Settings, exports). */
    signingKey(): { chainId: string; fingerprint: string | null; custody: string } {
      return { chainId: settings.installationId(), fingerprint: keys.fingerprint(), custody: keys.custody() };
    },

    /** Loads or makes the signing key; called once when the services are built. */
    ensureKey(): void {
      keys.ensure();
    },

    /** Conditional approvals in force (the item signed off, not stale) expiring between two dates, with their expiry. */
    liveConditionalApprovals: (from: string, to: string) => repo.liveConditionalApprovals(from, to),

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

    /** The latest acceptance of a risk (the risk service asks; it never reads the ledger). */
    latestAcceptance: (riskId: string): LedgerRecord | undefined => repo.latestAcceptance(riskId),

    /** The latest acceptance of each risk, by risk id: of one entry, or of every entry (null). */
    latestAcceptances: (entryId: string | null): Map<string, LedgerRecord> => new Map(repo.latestAcceptances(entryId).map((r) => [r.itemId, r])),
  };
}

export type SignoffService = ReturnType<typeof signoffService>;
