/**
 * Legal sign-off: decisions, ledger records, the review queue and verification.
 */
import { z } from 'zod';
import { isoDate, storedDate, uuid } from './entry-schema';
import { safeText } from './safe-text';
import { checklistItem } from './checklist-schema';

export const DECISIONS = ['approve', 'approve_conditional', 'reject', 'revoke'] as const;
/** What a ledger record can say: counsel's decisions on items, and the acceptance of a risk. */
export const RECORD_DECISIONS = [...DECISIONS, 'accept'] as const;
export const RECORD_KINDS = ['item_decision', 'risk_acceptance'] as const;

export const decisionInput = z
  .object({
    itemId: uuid,
    decision: z.enum(DECISIONS, { error: 'Choose a decision' }),
    comment: safeText({ label: 'The comment', max: 5000, multiline: true }),
    conditionText: safeText({ label: 'The condition', max: 2000, multiline: true }).optional(),
    conditionExpires: isoDate.optional(),
  })
  .strict();

/**
 * One ledger record. Format 1 records were written before records were signed (hashed over
 * the fields they had then, no signature); every later record is format 2, hashed over all
 * fields but `hash` and `signature`, and signed. `itemId` is the record's subject: the
 * checklist item of an item decision, the risk of a risk acceptance.
 */
export const ledgerRecord = z.object({
  seq: z.number().int(),
  format: z.union([z.literal(1), z.literal(2)]),
  chainId: z.string(),
  id: z.string(),
  at: z.string(),
  kind: z.enum(RECORD_KINDS),
  entryId: z.string(),
  itemId: z.string(),
  decision: z.enum(RECORD_DECISIONS),
  signerName: z.string(),
  signerRole: z.string(),
  osUser: z.string(),
  comment: z.string(),
  conditionText: z.string().nullable(),
  conditionExpires: storedDate.nullable(),
  requirementId: z.string().nullable(),
  packId: z.string().nullable(),
  packVersion: z.string().nullable(),
  contentHash: z.string(),
  evidenceHashes: z.array(z.string()),
  snapshot: z.json().nullable(),
  prevHash: z.string(),
  hash: z.string(),
  signature: z.string().nullable(),
});

export const VERIFY_PROBLEMS = [
  'missing_record',
  'broken_link',
  'altered',
  'unsigned',
  'bad_signature',
  'foreign_chain',
  'key_mismatch',
  'no_key',
  'approval_missing',
  'triggers_missing',
  'evidence_missing',
  'evidence_changed',
  'head_missing',
  'truncated',
] as const;

export const verifyProblem = z.object({
  kind: z.enum(VERIFY_PROBLEMS),
  /** The ledger record concerned, if one is. */
  seq: z.number().int().nullable(),
  /** The checklist item concerned, if one is. */
  itemId: z.string().nullable(),
  message: z.string(),
});

export const verifyResult = z.object({
  ok: z.boolean(),
  /** This installation's chain id. */
  chainId: z.string(),
  records: z.number().int(),
  /** The hash of the last record in the file (null for an empty ledger). */
  headHash: z.string().nullable(),
  /** The public key's fingerprint (SHA-256 of the raw key, hex in groups), and where the private key is kept. */
  key: z.object({ fingerprint: z.string().nullable(), custody: z.string() }),
  /** Every problem found, in ledger order; empty when ok. */
  problems: z.array(verifyProblem),
});

export const signingKeyInfo = z.object({ chainId: z.string(), fingerprint: z.string().nullable(), custody: z.string() });

export const queueEntry = z.object({
  item: checklistItem,
  entryName: z.string(),
  entryCountry: z.string(),
});

export type DecisionInput = z.infer<typeof decisionInput>;
export type LedgerRecord = z.infer<typeof ledgerRecord>;
export type VerifyResult = z.infer<typeof verifyResult>;
export type QueueEntry = z.infer<typeof queueEntry>;
export type SigningKeyInfo = z.infer<typeof signingKeyInfo>;
export type Decision = (typeof DECISIONS)[number];
export type RecordDecision = (typeof RECORD_DECISIONS)[number];
export type RecordKind = (typeof RECORD_KINDS)[number];
export type VerifyProblem = z.infer<typeof verifyProblem>;
export type VerifyProblemKind = (typeof VERIFY_PROBLEMS)[number];
