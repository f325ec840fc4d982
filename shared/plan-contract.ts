/** The readiness plan's API methods (spread into shared/contract.ts). */
import { z } from 'zod';
import { isoDate, rowVersion, uuid } from './entry-schema';
import { safeText } from './safe-text';
import { method } from './contract-method';
import { mspdiImportInput, mspdiImportPreview, MAX_MSPDI_CHARS } from './mspdi-schema';
import { calendarDrift, newDependency, newTask, planSyncProposal, planView, taskPatch, whatIfChanges, whatIfResult } from './plan-schema';

export const planMethods = {
  'plan.get': method(
    z.object({ entryId: uuid, baselineId: uuid.nullable().default(null) }).strict(),
    planView,
    "An entry's readiness plan, scheduled: forecast against the target, critical path, slippage against a baseline (the latest unless one is chosen).",
  ),
  'plan.updateTask': method(
    z.object({ taskId: uuid, version: rowVersion, patch: taskPatch }).strict(),
    planView,
    'Change a task: title, owner, duration, progress, actual dates, start-no-earlier-than, its predecessor links (refused when it changed since `version`).',
  ),
  'plan.addTask': method(newTask, planView, 'Add a task; it feeds the readiness milestone.'),
  'plan.deleteTask': method(z.object({ taskId: uuid }).strict(), planView, 'Delete a task (never the readiness milestone).'),
  'plan.addDependency': method(newDependency, planView, 'Link two tasks (FS, SS or FF, with a lag in business days).'),
  'plan.removeDependency': method(z.object({ dependencyId: uuid, version: rowVersion }).strict(), planView, "Remove a link (`version` is the successor task's)."),
  'plan.setStatusDate': method(
    z.object({ entryId: uuid, version: rowVersion, statusDate: isoDate.nullable() }).strict(),
    planView,
    "Set the status date (null = today); `version` is the plan settings' version.",
  ),
  'plan.setShutdowns': method(
    z.object({ entryId: uuid, version: rowVersion, dates: z.array(isoDate).max(366) }).strict(),
    planView,
    "Company shutdown days (non-working); `version` is the plan settings' version.",
  ),
  'plan.overrideHoliday': method(
    z.object({ entryId: uuid, version: rowVersion, date: isoDate, newDate: isoDate.nullable(), clear: z.boolean().default(false) }).strict(),
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
};
