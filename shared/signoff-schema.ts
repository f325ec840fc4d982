/**
 * Legal sign-off: decisions, ledger records, the review queue and verification.
 */
import { z } from 'zod';
import { isoDate, storedDate, uuid } from './entry-schema';
import { safeText } from './safe-text';
import { checklistItem } from './checklist-schema';

export const DECISIONS = ['approve', 'approve_conditional', 'reject', 'revoke'] as const;

export const decisionInput = z
  .object({
    itemId: uuid,
    decision: z.enum(DECISIONS, { error: 'Choose a decision' }),
    comment: safeText({ label: 'The comment', max: 5000, multiline: true }),
    conditionText: safeText({ label: 'The condition', max: 2000, multiline: true }).optional(),
    conditionExpires: isoDate.optional(),
  })
  .strict();

export const ledgerRecord = z.object({
  seq: z.number().int(),
  chainId: z.string(),
  id: z.string(),
  at: z.string(),
  entryId: z.string(),
  itemId: z.string(),
  decision: z.enum(DECISIONS),
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
  prevHash: z.string(),
  hash: z.string(),
});

export const verifyResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), chainId: z.string(), headHash: z.string(), records: z.number().int() }),
  z.object({ ok: z.literal(false), chainId: z.string(), seq: z.number().int(), reason: z.string(), records: z.number().int() }),
]);

export const queueEntry = z.object({
  item: checklistItem,
  entryName: z.string(),
  entryCountry: z.string(),
});

export type DecisionInput = z.infer<typeof decisionInput>;
export type LedgerRecord = z.infer<typeof ledgerRecord>;
export type VerifyResult = z.infer<typeof verifyResult>;
export type QueueEntry = z.infer<typeof queueEntry>;
export type Decision = (typeof DECISIONS)[number];
