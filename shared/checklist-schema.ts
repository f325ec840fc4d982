/**
 * Checklist items, evidence and library views as they cross the API.
 */
import { z } from 'zod';
import { isoDate, storedDate, uuid } from './entry-schema';
import { safeText } from './safe-text';
import { dayOff } from './calendar-schema';
import { CATEGORIES, WORKSTREAMS, requirement, noneKnownNote, type Requirement } from './requirements/pack-schema';

export const ITEM_STATUSES = ['todo', 'in_progress', 'in_review', 'blocked', 'not_applicable', 'signed_off'] as const;
/** Statuses a user may set from the checklist (signing off belongs to legal review). */
export const SETTABLE_STATUSES = ['todo', 'in_progress', 'in_review', 'blocked', 'not_applicable'] as const;

export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

export const evidence = z.object({
  id: z.string(),
  itemId: z.string(),
  kind: z.enum(['file', 'link']),
  name: z.string(),
  url: z.string().nullable(),
  sha256: z.string().nullable(),
  size: z.number().int().nullable(),
  addedBy: z.string(),
  osUser: z.string(),
  addedAt: z.string(),
});

/**
 * A requirement as the library stored it: checked against the pack schema when its pack was
 * loaded or imported (and kept by content hash), so an answer carrying it checks its shape
 * only. Checking all of it again on every item of every answer cost ~95 % of checklist.get.
 */
const storedRequirement = z.custom<Requirement>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string' && typeof (v as { title?: unknown }).title === 'string',
  'Not a stored requirement',
);

export const checklistItem = z.object({
  id: z.string(),
  entryId: z.string(),
  requirementId: z.string().nullable(),
  requirementHash: z.string().nullable(),
  packId: z.string().nullable(),
  packVersion: z.string().nullable(),
  title: z.string(),
  category: z.string(),
  workstream: z.enum(WORKSTREAMS),
  certainty: z.enum(['applies', 'check', 'custom']),
  reasons: z.array(z.string()),
  appliesFrom: storedDate.nullable(),
  status: z.enum(ITEM_STATUSES),
  naReason: z.string().nullable(),
  profileExcluded: z.boolean(),
  /** Set when an approval no longer holds (its content, evidence or requirement changed, or its condition expired). */
  staleReason: z.string().nullable(),
  owner: z.string(),
  dueDate: storedDate.nullable(),
  /** Set when the item has a plan task: its due date is that task's forecast finish. */
  dueWith: z.object({ taskId: z.string(), taskTitle: z.string() }).nullable(),
  /** Set when the due date falls on a non-working day of the plan's calendar (a date set by hand, say). */
  dueDayOff: dayOff.nullable(),
  /** True when the duty applies only after the readiness target: shown with its date, not counted for readiness. */
  laterDuty: z.boolean(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Bumped on every change; an edit names the version it was based on. */
  version: z.number().int(),
  evidence: z.array(evidence),
  /** The requirement as the library holds it now (null for custom items). */
  requirement: storedRequirement.nullable(),
  /** True when the library's requirement no longer matches the content this item pinned. */
  requirementChanged: z.boolean(),
  /** True when a pack update withdrew the requirement. */
  requirementWithdrawn: z.boolean(),
});

export const readiness = z.object({
  signedOff: z.number().int(),
  applicable: z.number().int(),
  percent: z.number(),
});

export const checklistView = z.object({
  entryId: z.string(),
  items: z.array(checklistItem),
  readiness,
  /** What the packs looked for in the entry's market and found no rule for, so silence never reads as "no rule". */
  noneKnown: z.object({ countryName: z.string(), notes: z.array(noneKnownNote) }),
});

const ownerText = safeText({ label: 'Owner', max: 200, name: true });
const notesText = safeText({ label: 'Notes', max: 20_000, multiline: true, trim: false });
const naReasonText = safeText({ label: 'The reason', max: 2000, multiline: true });

export const itemPatch = z
  .object({
    status: z.enum(SETTABLE_STATUSES, { error: 'Choose a status' }).optional(),
    naReason: naReasonText.optional(),
    owner: ownerText.optional(),
    dueDate: isoDate.nullable().optional(),
    notes: notesText.optional(),
  })
  .strict();

export const bulkPatch = z
  .object({
    status: z.enum(SETTABLE_STATUSES, { error: 'Choose a status' }).optional(),
    naReason: naReasonText.optional(),
    owner: ownerText.optional(),
    dueDate: isoDate.nullable().optional(),
  })
  .strict();

export const customItemInput = z
  .object({
    entryId: uuid,
    title: safeText({ label: 'Title', max: 300, name: true, min: { length: 1, message: 'Enter a title' } }),
    category: z.enum(CATEGORIES, { error: 'Choose a category' }),
    workstream: z.enum(WORKSTREAMS, { error: 'Choose a workstream' }),
    owner: ownerText,
    dueDate: isoDate.nullable(),
    notes: notesText,
  })
  .strict();

export const libraryRequirement = z.object({
  packId: z.string(),
  packVersion: z.string(),
  contentHash: z.string(),
  active: z.boolean(),
  /** Bumped whenever the stored content changes or the requirement is withdrawn. */
  version: z.number().int(),
  requirement,
});

export const packSummary = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  publisher: z.string(),
  publicationDate: storedDate,
  license: z.string(),
  origin: z.enum(['builtin', 'imported', 'custom']),
  requirementCount: z.number().int(),
  verifiedCount: z.number().int(),
  lastReviewed: storedDate.nullable(),
  noneKnown: z.array(noneKnownNote),
});

export const libraryView = z.object({
  packs: z.array(packSummary),
  requirements: z.array(libraryRequirement),
});

const touchedItem = z.object({ entryId: z.string(), entryName: z.string(), itemId: z.string().nullable(), itemStatus: z.string().nullable() });

export const importDiff = z.object({
  packId: z.string(),
  packName: z.string(),
  fromVersion: z.string().nullable(),
  toVersion: z.string(),
  added: z.array(z.object({ id: z.string(), title: z.string(), touches: z.array(touchedItem) })),
  changed: z.array(z.object({ id: z.string(), title: z.string(), fields: z.array(z.string()), touches: z.array(touchedItem) })),
  removed: z.array(z.object({ id: z.string(), title: z.string(), touches: z.array(touchedItem) })),
  unchanged: z.number().int(),
  /** Signed-off items whose approval the import would make stale (they return to the review queue). */
  approvalsTurningStale: z.array(touchedItem),
});

export const profileDiff = z.object({
  add: z.array(z.object({ requirementId: z.string(), title: z.string(), reasons: z.array(z.string()) })),
  remove: z.array(z.object({ itemId: z.string(), title: z.string(), outcome: z.enum(['deleted', 'marked_not_applicable']) })),
  restore: z.array(z.object({ itemId: z.string(), title: z.string() })),
});

export type ChecklistItem = z.infer<typeof checklistItem>;
export type Evidence = z.infer<typeof evidence>;
export type ChecklistView = z.infer<typeof checklistView>;
export type ItemPatch = z.infer<typeof itemPatch>;
export type BulkPatch = z.infer<typeof bulkPatch>;
export type CustomItemInput = z.infer<typeof customItemInput>;
export type LibraryView = z.infer<typeof libraryView>;
export type LibraryRequirement = z.infer<typeof libraryRequirement>;
export type PackSummary = z.infer<typeof packSummary>;
export type ImportDiff = z.infer<typeof importDiff>;
export type ProfileDiff = z.infer<typeof profileDiff>;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
