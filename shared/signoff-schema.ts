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

/** The item's latest decision, as counsel's tabs show it (null while it has none). */
export const latestDecision = z.object({
  seq: z.number().int(),
  decision: z.enum(DECISIONS),
  at: z.string(),
  signerName: z.string(),
  comment: z.string(),
  conditionText: z.string().nullable(),
  conditionExpires: storedDate.nullable(),
});

export const queueEntry = z.object({
  item: checklistItem,
  entryName: z.string(),
  entryCountry: z.string(),
  latest: latestDecision.nullable(),
});

/**
 * Counsel's tabs: items awaiting a decision; live approvals (signed off, conditional ones
 * included); conditional approvals, soonest expiry first; items whose latest decision is a
 * rejection and that are not back in review.
 */
export const REVIEW_VIEWS = ['pending', 'approved', 'conditional', 'rejected'] as const;
export const REVIEW_SORTS = ['dueDate', 'title', 'market', 'category', 'evidence', 'decidedAt', 'expires'] as const;
export const MAX_REVIEW_PAGE = 200;

/** Each tab's order when the user has not chosen one: soonest due, newest decision, soonest expiry. */
export const DEFAULT_REVIEW_SORT = {
  pending: { by: 'dueDate', desc: false },
  approved: { by: 'decidedAt', desc: true },
  conditional: { by: 'expires', desc: false },
  rejected: { by: 'decidedAt', desc: true },
} as const satisfies Record<(typeof REVIEW_VIEWS)[number], { by: (typeof REVIEW_SORTS)[number]; desc: boolean }>;

export const queueQuery = z
  .object({
    view: z.enum(REVIEW_VIEWS, { error: 'Choose a tab of the review queue' }).default('pending'),
    /** 1-based. A page past the end answers with no rows and the total. */
    page: z.number({ error: 'Page: give a whole number from 1' }).int('Page: give a whole number from 1').min(1, 'Page: give a whole number from 1').default(1),
    pageSize: z
      .number({ error: 'Page size: give a whole number from 1 to 200' })
      .int('Page size: give a whole number from 1 to 200')
      .min(1, 'Page size: give a whole number from 1 to 200')
      .max(MAX_REVIEW_PAGE, 'Page size: give a whole number from 1 to 200')
      .default(100),
    sort: z
      .object({ by: z.enum(REVIEW_SORTS, { error: 'Choose a column to sort by' }), desc: z.boolean().default(false) })
      .strict()
      .optional(),
    /** One market entry's items only. */
    market: uuid.nullable().default(null),
    /** Words the item's title or its market's name contains. */
    text: safeText({ label: 'Search', max: 200 }).default(''),
  })
  .strict();

export const queuePage = z.object({
  rows: z.array(queueEntry),
  /** Rows matching the tab and filters, across every page. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const marketCount = z.object({ entryId: z.string(), entryName: z.string(), entryCountry: z.string(), count: z.number().int() });

/** What the navigation and the tabs show, without the rows. */
export const reviewCounts = z.object({
  pending: z.number().int(),
  /** Pending items that are approvals gone stale. */
  stale: z.number().int(),
  approved: z.number().int(),
  conditional: z.number().int(),
  rejected: z.number().int(),
  /** Pending items per market entry, by entry name. */
  pendingByMarket: z.array(marketCount),
});

export type DecisionInput = z.infer<typeof decisionInput>;
export type LedgerRecord = z.infer<typeof ledgerRecord>;
export type VerifyResult = z.infer<typeof verifyResult>;
export type QueueEntry = z.infer<typeof queueEntry>;
export type SigningKeyInfo = z.infer<typeof signingKeyInfo>;
export type LatestDecision = z.infer<typeof latestDecision>;
export type ReviewView = (typeof REVIEW_VIEWS)[number];
export type ReviewSort = (typeof REVIEW_SORTS)[number];
export type QueueQuery = z.output<typeof queueQuery>;
export type QueueQueryInput = z.input<typeof queueQuery>;
export type QueuePage = z.infer<typeof queuePage>;
export type MarketCount = z.infer<typeof marketCount>;
export type ReviewCounts = z.infer<typeof reviewCounts>;
export type Decision = (typeof DECISIONS)[number];
export type RecordDecision = (typeof RECORD_DECISIONS)[number];
export type RecordKind = (typeof RECORD_KINDS)[number];
export type VerifyProblem = z.infer<typeof verifyProblem>;
export type VerifyProblemKind = (typeof VERIFY_PROBLEMS)[number];
