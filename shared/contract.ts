/**
 * The API: every method once, with its input and output schema.
 * The browser-mode host, the IPC bridge and the renderer's client are all derived
 * from this object; nothing else lists the methods.
 */
import { z } from 'zod';
import { entry, entryFields, rowVersion, storedDate, uuid, ROLES, countryCode } from './entry-schema';
import { safeText } from './safe-text';
import { targetDayOff } from './calendar-schema';
import { HISTORY_KINDS } from './history';
import { preferences, preferencesInput } from './preferences-schema';
import { MAX_BACKUP_BYTES, backupFile, backupInspectInput, backupPreview, backupRestoreInput, backupRestored, backupStatus } from './backup-schema';
import {
  bulkPatch,
  checklistItem,
  checklistView,
  customItemInput,
  evidence,
  importDiff,
  itemPatch,
  libraryView,
  profileDiff,
  MAX_EVIDENCE_BYTES,
} from './checklist-schema';
import { requirement } from './requirements/pack-schema';
import { decisionInput, ledgerRecord, queuePage, queueQuery, reviewCounts, signingKeyInfo, verifyResult } from './signoff-schema';
import { exportFile, registerExportRequest, timelineExportRequest } from './export-schema';
import { riskMethods } from './risk-contract';
import { planMethods } from './plan-contract';
import { efficiencyMethods } from './efficiency/efficiency-contract';
import { efficiencyExportRequest } from './efficiency/efficiency-schema';
import { DEFAULT_MAX_BODY_BYTES, method, nothing } from './contract-method';
import { portfolioMethods } from './portfolio-contract';

const holiday = z.object({ date: storedDate, name: z.string(), estimated: z.boolean() });

const country = z.object({
  code: z.string(),
  name: z.string(),
  region: z.string(),
  eu: z.boolean(),
  eea: z.boolean(),
  holidayData: z.boolean(),
});

const settings = z.object({
  displayName: z.string(),
  role: z.enum(ROLES).nullable(),
  osUser: z.string(),
  /** The name audit rows are written with: the display name, else the OS user. */
  actor: z.string(),
});

const auditRow = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  osUser: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});

const historyRow = auditRow.extend({
  kind: z.enum(HISTORY_KINDS),
  /** What the change was about (an item's title, a pack), when not the entry itself. */
  subject: z.string().nullable(),
});

const entryCalendar = z.object({
  entryId: z.string(),
  country: z.string(),
  windowStart: storedDate,
  windowEnd: storedDate,
  calendarDays: z.number().int(),
  businessDays: z.number().int(),
  weekendDays: z.array(storedDate),
  weekendRule: z.array(z.number().int()),
  /** Public holidays in the window as the plan's calendar holds them (estimates moved by the user moved). */
  holidays: z.array(holiday).nullable(),
  /** The plan's company shutdown days in the window. */
  shutdowns: z.array(storedDate),
  /** Set when the target date is not a working day: why, and the last working day before it. */
  targetDayOff: targetDayOff.nullable(),
});

const byId = z.object({ id: uuid });
/** An entry, and optionally the version the action is based on (an Undo names the one the action it reverses returned). */
const byIdAt = z.object({ id: uuid, version: rowVersion.optional() }).strict();

const packFile = z
  .object({
    fileName: safeText({ label: 'File name', max: 255, name: true, min: { length: 1, message: 'Choose a pack file' } }),
    content: safeText({ label: 'The pack file', max: DEFAULT_MAX_BODY_BYTES - 4096, multiline: true, trim: false })
      .min(1, 'The pack file is empty')
      .max(DEFAULT_MAX_BODY_BYTES - 4096, 'The pack file is too large'),
  })
  .strict();

/** Base64 grows a file by a third; leave room for the JSON around it. */
const EVIDENCE_BODY_BYTES = Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 64 * 1024;

export { DEFAULT_MAX_BODY_BYTES };

export const contract = {
  'entries.list': method(
    z.object({ includeArchived: z.boolean().default(false) }).strict(),
    z.array(entry),
    'Market entries, newest first; archived ones only when asked for.',
  ),
  'entries.get': method(byId, entry, 'One market entry.'),
  'entries.create': method(entryFields, entry, 'Create a market entry; its target date is start + target days.'),
  'entries.update': method(
    z.object({ id: uuid, version: rowVersion, fields: entryFields }),
    entry,
    'Replace the editable fields of an entry (refused when it changed since `version`); its checklist follows the new profile.',
  ),
  'entries.previewUpdate': method(
    z.object({ id: uuid, fields: entryFields }),
    profileDiff,
    'What the checklist would gain, lose or restore if the entry were saved with these fields.',
  ),
  'entries.archive': method(byIdAt, entry, 'Hide an entry from the portfolio; its status is kept (refused when it changed since `version`, if given).'),
  'entries.restore': method(byIdAt, entry, 'Bring an archived entry back with the status it had (refused when it changed since `version`, if given: Undo names the version archiving returned).'),
  'entries.deleteCheck': method(
    byId,
    z.object({ holdsSignoffs: z.boolean() }),
    'Whether deleting the entry would be refused because the ledger holds sign-offs on it.',
  ),
  'entries.delete': method(byId, z.object({ id: z.string() }), 'Delete an entry for good (its audit history stays).'),
  'entries.calendar': method(byId, entryCalendar, 'Business days, weekends and public holidays inside the entry window.'),
  'entries.history': method(
    byId,
    z.array(historyRow),
    'Every change that concerns an entry, newest first: its edits, checklist edits, evidence, sign-offs, plan changes and pack imports that touched it, each with its kind.',
  ),
  // The portfolio, leadership's dashboard and pack, and the targets: shared/portfolio-contract.ts.
  ...portfolioMethods,
  'reference.countries': method(nothing, z.array(country), 'Every ISO 3166-1 country with region, EU/EEA membership today and holiday data.'),
  'reference.subdivisions': method(
    z.object({ country: countryCode }).strict(),
    z.array(z.object({ code: z.string(), name: z.string() })),
    'Subdivisions (states, regions) with their own holidays.',
  ),
  'checklist.get': method(z.object({ entryId: uuid }).strict(), checklistView, "An entry's checklist with evidence and readiness."),
  'checklist.updateItem': method(
    z.object({ itemId: uuid, version: rowVersion, patch: itemPatch }).strict(),
    checklistItem,
    'Change the status, owner, due date or notes of one item (refused when it changed since `version`).',
  ),
  'checklist.bulkUpdate': method(
    z.object({ items: z.array(z.object({ itemId: uuid, version: rowVersion }).strict()).max(10_000), patch: bulkPatch }).strict(),
    z.object({ updated: z.number().int() }),
    'Change owner, status or due date of many items at once, all or nothing (nothing when any item changed since its version).',
  ),
  'checklist.addCustomItem': method(customItemInput, checklistItem, 'Add an item of your own to an entry checklist.'),
  'evidence.addFile': method(
    z
      .object({
        itemId: uuid,
        fileName: safeText({ label: 'File name', max: 255, name: true, min: { length: 1, message: 'Choose a file' } }),
        contentBase64: z
          .string()
          .max(EVIDENCE_BODY_BYTES, 'The file is too large')
          .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'The file did not arrive intact (it was not sent as base64)'),
      })
      .strict(),
    evidence,
    'Attach a file as evidence; it is stored under the data folder by its SHA-256.',
    EVIDENCE_BODY_BYTES,
  ),
  'evidence.addLink': method(
    z
      .object({
        itemId: uuid,
        name: safeText({ label: 'Name', max: 300, name: true }),
        url: safeText({ label: 'Web address', max: 2000, name: true }).pipe(z.url({ protocol: /^https?$/, error: 'Enter a web address starting with http:// or https://' })),
      })
      .strict(),
    evidence,
    'Attach a link as evidence.',
  ),
  'evidence.remove': method(
    z
      .object({
        evidenceId: uuid,
        reason: safeText({ label: 'Reason', max: 2000, multiline: true, min: { length: 1, message: 'Say why this evidence is removed' } }),
      })
      .strict(),
    z.object({ id: z.string(), itemId: z.string() }),
    "Remove evidence from its item with a reason, kept in the item's history; an approval it covered turns stale. The file stays in the store.",
  ),
  'evidence.download': method(
    z.object({ evidenceId: uuid }).strict(),
    z.object({ fileName: z.string(), contentBase64: z.string(), sha256: z.string() }),
    'The bytes of a stored evidence file, checked against its hash (browser mode offers them as a download).',
  ),
  ...planMethods,
  'export.timeline': method(timelineExportRequest, exportFile, "An entry's readiness timeline as PDF (A4 or A3 landscape, tiled or fitted to one page), XLSX, CSV, ICS or MS Project XML (MSPDI)."),
  'export.signoffRegister': method(registerExportRequest, exportFile, "Every sign-off decision on an entry's items, with hashes and the ledger head hash, as PDF or CSV."),
  'export.efficiency': method(
    efficiencyExportRequest,
    exportFile,
    'The efficiency comparison as XLSX (every view: the index, each metric, the trend, the measurements) or as a PDF page with the charts of one view.',
  ),
  ...efficiencyMethods,
  'review.queue': method(
    queueQuery,
    queuePage,
    "One page of counsel's queue across active entries: a tab (pending, live approvals, conditional approvals, rejections), filtered by market and text and sorted on the server.",
  ),
  'review.counts': method(nothing, reviewCounts, 'How many items each review tab holds, and pending items per market (for the navigation).'),
  'review.decide': method(decisionInput, ledgerRecord, 'Approve, approve with a condition, reject or revoke an item; appends one record to the ledger.'),
  'review.history': method(z.object({ itemId: uuid }).strict(), z.array(ledgerRecord), "Every sign-off decision on an item, oldest first."),
  'review.verify': method(
    nothing,
    verifyResult,
    'Check the ledger: chain, signatures, chain id, key, append-only triggers, approvals behind signed-off items, evidence files, and the head verified last on this machine; every problem named.',
  ),
  'review.signingKey': method(nothing, signingKeyInfo, "The ledger key's fingerprint and where its private half is kept."),
  'library.get': method(nothing, libraryView, 'Every pack and requirement in the library.'),
  'library.previewImport': method(packFile, importDiff, 'Validate a pack file and show what importing it would add, change and remove, and which entries it touches.'),
  'library.applyImport': method(packFile, importDiff, 'Import a pack file in one transaction.'),
  'library.exportPack': method(z.object({ packId: safeText({ label: 'Pack', max: 200, name: true, min: { length: 1, message: 'Choose a pack' } }) }).strict(), z.object({ fileName: z.string(), content: z.string() }), 'A pack as a JSON file.'),
  'library.addCustom': method(requirement, importDiff, 'Add a requirement of your own (same format as a pack).'),
  'preferences.get': method(nothing, preferences, "The date format every date field reads and shows, and the company's home market new entries start with."),
  'preferences.update': method(preferencesInput, preferences, "Set the date format and the company's home market."),
  'backup.create': method(nothing, backupFile, "A copy of the database made with SQLite's backup API, for the user to save where they choose."),
  'backup.status': method(nothing, backupStatus, 'The backups kept in the data folder (daily ones, and those made before a migration or a restore), newest first.'),
  'backup.inspect': method(
    backupInspectInput,
    backupPreview,
    'Check a chosen backup file like any database Landfall opens (ours, not newer, integrity ok) and say what it holds; nothing is changed.',
    Math.ceil((MAX_BACKUP_BYTES * 4) / 3) + 64 * 1024,
  ),
  'backup.restore': method(
    backupRestoreInput,
    backupRestored,
    'Restore a checked backup: the current database is backed up into the data folder first, then the app reopens on the restored file.',
  ),
  'app.logRendererError': method(
    z
      .object({
        message: z.string().max(2000, 'The error message must be at most 2,000 characters'),
        stack: z.string().max(20_000, 'The stack trace must be at most 20,000 characters').optional(),
        where: z.string().trim().min(1, 'Say where the error happened').max(200, 'Where must be at most 200 characters'),
      })
      .strict(),
    z.null(),
    "Write an error the renderer caught (a screen that failed to draw) to the backend's log.",
  ),
  'settings.get': method(nothing, settings, 'Display name, declared role and the OS user.'),
  'settings.update': method(
    z.object({
      displayName: safeText({ label: 'Display name', max: 200, name: true }),
      role: z.enum(ROLES, { error: 'Choose a role' }).nullable(),
    }).strict(),
    settings,
    'Set the display name and declared role.',
  ),
  ...riskMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export const methodNames = Object.keys(contract) as MethodName[];

export type Country = z.infer<typeof country>;
export type Settings = z.infer<typeof settings>;
export type AuditRow = z.infer<typeof auditRow>;
export type HistoryRow = z.infer<typeof historyRow>;
export type EntryCalendar = z.infer<typeof entryCalendar>;
