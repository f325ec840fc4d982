/** Values as the backend answers them, for the store tests. */
import type { ChecklistItem, ChecklistView, ImportDiff, LibraryView } from '../../../shared/checklist-schema';
import type { Entry } from '../../../shared/entry-schema';
import type { LedgerRecord, QueueEntry, QueuePage, ReviewCounts } from '../../../shared/signoff-schema';
import { GERMANY_LAUNCH } from '../../fixtures/entry';
import { sampleProfile } from '../../fixtures/profile';

export const ENTRY_ID = '0b7f7a3e-2d6f-4a53-9b8e-6c1d2f3a4b5c';
export const OTHER_ENTRY_ID = '5a1e9c44-7d2b-4f0e-8a61-2b3c4d5e6f70';

export function entry(over: Partial<Entry> = {}): Entry {
  return {
    id: ENTRY_ID,
    ...GERMANY_LAUNCH,
    targetDate: '2027-05-30',
    description: '',
    profile: sampleProfile(),
    archived: false,
    createdAt: '2027-02-15T10:00:00.000Z',
    updatedAt: '2027-02-15T10:00:00.000Z',
    version: 1,
    ...over,
  };
}

export function item(id: string, over: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id,
    entryId: ENTRY_ID,
    requirementId: `de.req.${id}`,
    requirementHash: 'a'.repeat(64),
    packId: 'de',
    packVersion: '1.0.0',
    title: `Requirement ${id}`,
    category: 'data_protection',
    workstream: 'regulatory_legal',
    certainty: 'applies',
    reasons: ['Germany (EU member)'],
    appliesFrom: null,
    status: 'todo',
    naReason: null,
    profileExcluded: false,
    staleReason: null,
    owner: '',
    dueDate: null,
    dueWith: null,
    dueDayOff: null,
    laterDuty: false,
    notes: '',
    createdAt: '2027-02-15T10:00:00.000Z',
    updatedAt: '2027-02-15T10:00:00.000Z',
    version: 1,
    evidence: [],
    requirement: null,
    requirementChanged: false,
    requirementWithdrawn: false,
    ...over,
  };
}

export function checklist(items: ChecklistItem[], entryId = ENTRY_ID): ChecklistView {
  const signedOff = items.filter((i) => i.status === 'signed_off').length;
  return { entryId, items, readiness: { signedOff, applicable: items.length, percent: items.length ? (100 * signedOff) / items.length : 0 }, noneKnown: { countryName: 'Germany', notes: [] } };
}

export function queueEntry(itemId: string): QueueEntry {
  return { item: item(itemId, { status: 'in_review' }), entryName: 'Germany launch', entryCountry: 'DE', latest: null };
}

/** One page of the queue holding these entries. */
export function queuePage(rows: QueueEntry[], total = rows.length, page = 1): QueuePage {
  return { rows, total, page, pageSize: 100 };
}

export function reviewCounts(pending: number): ReviewCounts {
  return {
    pending,
    stale: 0,
    approved: 0,
    conditional: 0,
    rejected: 0,
    pendingByMarket: pending ? [{ entryId: ENTRY_ID, entryName: 'Germany launch', entryCountry: 'DE', count: pending }] : [],
  };
}

export function ledgerRecord(itemId: string, seq = 1): LedgerRecord {
  return {
    seq,
    format: 2,
    chainId: 'chain-1',
    id: `record-${seq}`,
    at: '2027-02-15T10:00:00.000Z',
    kind: 'item_decision',
    entryId: ENTRY_ID,
    itemId,
    decision: 'approve',
    signerName: 'Lee Counsel',
    signerRole: 'legal',
    osUser: 'lee',
    comment: 'Checked',
    conditionText: null,
    conditionExpires: null,
    requirementId: `de.req.${itemId}`,
    packId: 'de',
    packVersion: '1.0.0',
    contentHash: 'c'.repeat(64),
    evidenceHashes: [],
    snapshot: null,
    prevHash: '0'.repeat(64),
    hash: 'f'.repeat(64),
    signature: 'a'.repeat(128),
  };
}

export const LIBRARY: LibraryView = { packs: [], requirements: [] };

export function importDiff(over: Partial<ImportDiff> = {}): ImportDiff {
  return { packId: 'acme', packName: 'Acme rules', fromVersion: null, toVersion: '1.0.0', added: [], changed: [], removed: [], unchanged: 0, approvalsTurningStale: [], ...over };
}
