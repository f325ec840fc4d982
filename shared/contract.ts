/**
 * The API: every method once, with its input and output schema.
 * The browser-mode host, the IPC bridge and the renderer's client are all derived
 * from this object; nothing else lists the methods.
 */
import { z } from 'zod';
import { entry, entryFields, isoDate, storedDate, uuid, ROLES, countryCode } from './entry-schema';
import { safeText } from './safe-text';
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
import { decisionInput, ledgerRecord, queueEntry, verifyResult } from './signoff-schema';
import { exportFile, registerExportRequest, timelineExportRequest } from './export-schema';
import { mspdiImportInput, mspdiImportPreview, MAX_MSPDI_CHARS } from './mspdi-schema';
import { dashboard, packFiles, packRequest, portfolioRegisterRequest, snapshotSummary, targets, targetsInput } from './portfolio-schema';
import { calendarDrift, newDependency, newTask, planSyncProposal, planView, taskPatch, whatIfChanges, whatIfResult } from './plan-schema';

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

const entryCalendar = z.object({
  entryId: z.string(),
  country: z.string(),
  windowStart: storedDate,
  windowEnd: storedDate,
  calendarDays: z.number().int(),
  businessDays: z.number().int(),
  weekendDays: z.array(storedDate),
  weekendRule: z.array(z.number().int()),
  holidays: z.array(holiday).nullable(),
});

const byId = z.object({ id: uuid });
const nothing = z.object({}).strict();

/** Default limit on a request body; a method that carries files declares its own. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string, maxBodyBytes = DEFAULT_MAX_BODY_BYTES) {
  return { input, output, summary, maxBodyBytes };
}

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

export const contract = {
  'entries.list': method(
    z.object({ includeArchived: z.boolean().default(false) }).strict(),
    z.array(entry),
    'Market entries, newest first; archived ones only when asked for.',
  ),
  'entries.get': method(byId, entry, 'One market entry.'),
  'entries.create': method(entryFields, entry, 'Create a market entry; its target date is start + target days.'),
  'entries.update': method(z.object({ id: uuid, fields: entryFields }), entry, 'Replace the editable fields of an entry; its checklist follows the new profile.'),
  'entries.previewUpdate': method(
    z.object({ id: uuid, fields: entryFields }),
    profileDiff,
    'What the checklist would gain, lose or restore if the entry were saved with these fields.',
  ),
  'entries.archive': method(byId, entry, 'Hide an entry from the portfolio; its status is kept.'),
  'entries.restore': method(byId, entry, 'Bring an archived entry back with the status it had.'),
  'entries.delete': method(byId, z.object({ id: z.string() }), 'Delete an entry for good (its audit history stays).'),
  'entries.calendar': method(byId, entryCalendar, 'Business days, weekends and public holidays inside the entry window.'),
  'entries.history': method(byId, z.array(auditRow), 'Audit rows for one entry, newest first.'),
  'portfolio.summary': method(
    z.object({ today: isoDate }).strict(),
    z.array(
      z.object({
        entryId: z.string(),
        readinessPercent: z.number(),
        signedOff: z.number().int(),
        applicable: z.number().int(),
        open: z.number().int(),
        overdue: z.number().int(),
        blocked: z.number().int(),
        inReview: z.number().int(),
      }),
    ),
    "Per entry: readiness (signed-off ÷ applicable items) and counts of open, overdue (due before today), blocked and in-review items.",
  ),
  'portfolio.dashboard': method(
    z.object({ asOf: isoDate }).strict(),
    dashboard,
    "Leadership's dashboard in one answer: every market's row (health derived, readiness, forecast and P80 vs target, slip vs baseline, sign-offs, risks, efficiency, CSAT), the four tiles, the snapshot history and what changed since last month.",
  ),
  'portfolio.open': method(
    z.object({ today: isoDate }).strict(),
    z.object({ forecastsRefreshed: z.number().int(), snapshot: snapshotSummary.nullable() }),
    "What opening the app does: re-schedules plans whose stored forecast is out of date and takes the month's snapshot if it has not been taken yet.",
  ),
  'portfolio.takeSnapshot': method(z.object({ today: isoDate }).strict(), snapshotSummary, "Keep a snapshot of every market's figures now."),
  'reference.countries': method(nothing, z.array(country), 'Every ISO 3166-1 country with region, EU/EEA membership today and holiday data.'),
  'reference.subdivisions': method(
    z.object({ country: countryCode }).strict(),
    z.array(z.object({ code: z.string(), name: z.string() })),
    'Subdivisions (states, regions) with their own holidays.',
  ),
  'checklist.get': method(z.object({ entryId: uuid }).strict(), checklistView, "An entry's checklist with evidence and readiness."),
  'checklist.updateItem': method(z.object({ itemId: uuid, patch: itemPatch }).strict(), checklistItem, 'Change the status, owner, due date or notes of one item.'),
  'checklist.bulkUpdate': method(
    z.object({ itemIds: z.array(uuid).max(10_000), patch: bulkPatch }).strict(),
    z.object({ updated: z.number().int() }),
    'Change owner, status or due date of many items at once, all or nothing.',
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
  'evidence.download': method(
    z.object({ evidenceId: uuid }).strict(),
    z.object({ fileName: z.string(), contentBase64: z.string(), sha256: z.string() }),
    'The bytes of a stored evidence file, checked against its hash (browser mode offers them as a download).',
  ),
  'plan.get': method(
    z.object({ entryId: uuid, baselineId: uuid.nullable().default(null) }).strict(),
    planView,
    "An entry's readiness plan, scheduled: forecast against the target, critical path, slippage against a baseline (the latest unless one is chosen).",
  ),
  'plan.updateTask': method(z.object({ taskId: uuid, patch: taskPatch }).strict(), planView, 'Change a task: title, owner, duration, progress, actual dates, start-no-earlier-than.'),
  'plan.addTask': method(newTask, planView, 'Add a task; it feeds the readiness milestone.'),
  'plan.deleteTask': method(z.object({ taskId: uuid }).strict(), planView, 'Delete a task (never the readiness milestone).'),
  'plan.addDependency': method(newDependency, planView, 'Link two tasks (FS, SS or FF, with a lag in business days).'),
  'plan.removeDependency': method(z.object({ dependencyId: uuid }).strict(), planView, 'Remove a link.'),
  'plan.setStatusDate': method(z.object({ entryId: uuid, statusDate: isoDate.nullable() }).strict(), planView, 'Set the status date (null = today).'),
  'plan.setShutdowns': method(z.object({ entryId: uuid, dates: z.array(isoDate).max(366) }).strict(), planView, 'Company shutdown days (non-working).'),
  'plan.overrideHoliday': method(
    z.object({ entryId: uuid, date: isoDate, newDate: isoDate.nullable(), clear: z.boolean().default(false) }).strict(),
    planView,
    'Move an estimated holiday to its real date, mark it not a day off (newDate null), or clear the override.',
  ),
  'plan.saveBaseline': method(
    z.object({ entryId: uuid, name: safeText({ label: 'Name', max: 200, name: true, min: { length: 1, message: 'Name the baseline' } }) }).strict(),
    planView,
    'Save the current schedule as a named baseline.',
  ),
  'plan.whatIf': method(z.object({ entryId: uuid, changes: whatIfChanges }).strict(), whatIfResult, 'Preview changes without saving: new readiness date and critical-path differences.'),
  'plan.applyWhatIf': method(z.object({ entryId: uuid, changes: whatIfChanges }).strict(), planView, 'Apply a what-if to the plan.'),
  'plan.syncProposal': method(z.object({ entryId: uuid }).strict(), planSyncProposal, 'Tasks to add or retire because the checklist changed.'),
  'plan.applySync': method(z.object({ entryId: uuid }).strict(), planView, 'Apply the proposed task changes.'),
  'plan.calendarDrift': method(z.object({ entryId: uuid }).strict(), calendarDrift, "How current holiday data differs from the plan's stored snapshot."),
  'plan.acceptCalendarUpdate': method(z.object({ entryId: uuid }).strict(), planView, "Replace the plan's holiday snapshot with current data."),
  'plan.previewMspdiImport': method(
    mspdiImportInput,
    mspdiImportPreview,
    'Dry run of importing an MS Project XML (MSPDI) file as the entry\'s new plan: its tasks, links and days off, and every problem with its line.',
    MAX_MSPDI_CHARS + 64 * 1024,
  ),
  'plan.importMspdi': method(
    mspdiImportInput,
    planView,
    "Replace the entry's plan with an MS Project XML (MSPDI) file's tasks, links and calendar exceptions, in one transaction.",
    MAX_MSPDI_CHARS + 64 * 1024,
  ),
  'export.timeline': method(timelineExportRequest, exportFile, "An entry's readiness timeline as PDF (A4 or A3 landscape, tiled or fitted to one page), XLSX, CSV, ICS or MS Project XML (MSPDI)."),
  'export.signoffRegister': method(registerExportRequest, exportFile, "Every sign-off decision on an entry's items, with hashes and the ledger head hash, as PDF or CSV."),
  'export.leadershipPack': method(
    packRequest,
    packFiles,
    'The leadership pack for the chosen markets on an as-of date: a PDF (portfolio page, then one page per market), an XLSX of the same figures and one ICS of every market\'s milestones.',
  ),
  'export.portfolioRegister': method(portfolioRegisterRequest, exportFile, 'Every sign-off decision across all markets, evidence by file name and hash, stale approvals marked, as PDF or CSV.'),
  'review.queue': method(nothing, z.array(queueEntry), 'Every item in review across active entries (approvals that turned stale included).'),
  'review.decide': method(decisionInput, ledgerRecord, 'Approve, approve with a condition, reject or revoke an item; appends one record to the ledger.'),
  'review.history': method(z.object({ itemId: uuid }).strict(), z.array(ledgerRecord), "Every sign-off decision on an item, oldest first."),
  'review.verify': method(nothing, verifyResult, 'Walk the ledger: ok with the head hash, or the first record that does not match.'),
  'library.get': method(nothing, libraryView, 'Every pack and requirement in the library.'),
  'library.previewImport': method(packFile, importDiff, 'Validate a pack file and show what importing it would add, change and remove, and which entries it touches.'),
  'library.applyImport': method(packFile, importDiff, 'Import a pack file in one transaction.'),
  'library.exportPack': method(z.object({ packId: safeText({ label: 'Pack', max: 200, name: true, min: { length: 1, message: 'Choose a pack' } }) }).strict(), z.object({ fileName: z.string(), content: z.string() }), 'A pack as a JSON file.'),
  'library.addCustom': method(requirement, importDiff, 'Add a requirement of your own (same format as a pack).'),
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
  'settings.targets': method(nothing, targets, "Leadership's four targets (days to readiness, compliance, efficiency vs domestic, CSAT)."),
  'settings.updateTargets': method(targetsInput, targets, 'Set the four targets: days 1–730, percentages 0–100.'),
  'settings.update': method(
    z.object({
      displayName: safeText({ label: 'Display name', max: 200, name: true }),
      role: z.enum(ROLES, { error: 'Choose a role' }).nullable(),
    }).strict(),
    settings,
    'Set the display name and declared role.',
  ),
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
export type EntryCalendar = z.infer<typeof entryCalendar>;
