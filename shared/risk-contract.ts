/**
 * The risk register's API methods (issue 14), spread into `contract` (shared/contract.ts).
 * Schemas live in shared/risk-schema.ts; scores are checked against the active matrix by the
 * service, since the matrix is data. Every write names the `version` it was based on.
 */
import { z } from 'zod';
import { isoDate, rowVersion, uuid } from './entry-schema';
import { safeText } from './safe-text';
import { exportFile } from './export-schema';
import { method } from './contract-method';
import {
  acceptanceQueueEntry,
  heatmap,
  registerFile,
  registerImportPreview,
  riskFields,
  riskForecastView,
  overdueReviews,
  riskPatch,
  riskSettings,
  riskSettingsInput,
  riskSuggestion,
  riskView,
} from './risk-schema';
import { riskMatrix } from './risks/matrix-schema';
import { RISK_CATEGORIES, RISK_STAGES } from './risks/risk-enums';

const nothing = z.object({}).strict();
const byEntry = z.object({ entryId: uuid }).strict();
const templateId = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'Not a template id').max(200);
const suggestion = z.object({ entryId: uuid, templateId }).strict();
const matrixFile = z
  .object({
    fileName: safeText({ label: 'File name', max: 255, name: true, min: { length: 1, message: 'Choose a matrix file' } }),
    content: safeText({ label: 'The matrix file', max: 512 * 1024, multiline: true, trim: false }).min(1, 'The matrix file is empty'),
  })
  .strict();
const REGISTER_BODY_BYTES = 12 * 1024 * 1024;

export const riskMethods = {
  'risks.list': method(byEntry, z.array(riskView), "An entry's risk register, with levels at the three stages, direction of travel, appetite flags and overdue reviews."),
  'risks.get': method(z.object({ id: uuid }).strict(), riskView, 'One risk.'),
  'risks.create': method(z.object({ entryId: uuid, fields: riskFields }).strict(), riskView, "Add a risk to an entry's register."),
  'risks.update': method(z.object({ id: uuid, version: rowVersion, fields: riskFields }).strict(), riskView, "Replace a risk's fields; refused when the risk changed since `version`."),
  'risks.patch': method(z.object({ id: uuid, version: rowVersion, patch: riskPatch }).strict(), riskView, 'Inline edit of owner, status or next review; refused when the risk changed since `version`.'),
  'risks.markReviewed': method(z.object({ id: uuid, version: rowVersion }).strict(), riskView, "Record a review today; the next one is due by the level's interval."),
  'risks.delete': method(z.object({ id: uuid, version: rowVersion }).strict(), z.object({ id: z.string() }), 'Remove a risk from the register (its history stays in the audit log).'),
  'risks.suggestions': method(byEntry, z.array(riskSuggestion), "Template risks that fit the entry's country, profile and checklist, minus those taken or dismissed."),
  'risks.acceptSuggestion': method(suggestion, riskView, "Add a suggested risk to the register with the template's defaults."),
  'risks.dismissSuggestion': method(suggestion, z.object({ templateId: z.string() }), 'Dismiss a suggested risk for good.'),
  'risks.accept': method(
    z
      .object({
        id: uuid,
        version: rowVersion,
        rationale: safeText({ label: 'Rationale', max: 2000, multiline: true, min: { length: 1, message: 'Write why the risk is accepted' } }),
        expires: isoDate,
      })
      .strict(),
    riskView,
    'Accept a risk (legal or leadership role, rationale, future expiry); recorded in the sign-off ledger with a snapshot of the risk.',
  ),
  'risks.acceptanceQueue': method(nothing, z.array(acceptanceQueueEntry), 'Risks whose acceptance expired: reopened, waiting for their approver.'),
  'risks.treatmentToTask': method(
    z
      .object({
        id: uuid,
        version: rowVersion,
        treatmentId: uuid,
        durationDays: z.number({ error: 'Enter a number of business days' }).int('Enter whole business days').min(1, 'A task takes at least 1 business day').max(250, 'A task takes at most 250 business days'),
      })
      .strict(),
    riskView,
    'Make a treatment action a plan task of the same entry, linked to the action.',
  ),
  'risks.overdue': method(nothing, overdueReviews, 'How many reviews are overdue across active entries, and the oldest 100 of them.'),
  'risks.heatmap': method(z.object({ entryId: uuid, stage: z.enum(RISK_STAGES).default('current') }).strict(), heatmap, "The entry's matrix with the risks in each cell and their inherent → residual movement."),
  'risks.portfolioHeatmap': method(
    z
      .object({
        category: z.enum(RISK_CATEGORIES).nullable().default(null),
        region: safeText({ label: 'Region', max: 100, name: true }).nullable().default(null),
        stage: z.enum(RISK_STAGES).default('current'),
      })
      .strict(),
    heatmap.extend({ regions: z.array(z.string()) }),
    'Risks of every active entry on the matrix, filtered by category and region.',
  ),
  'risks.forecast': method(byEntry, riskForecastView, 'The risk-adjusted readiness forecast (P50, P80, P95, probability of meeting the target, top drivers), from the cache.'),
  'risks.matrix': method(nothing, riskMatrix, 'The active risk matrix.'),
  'risks.importMatrix': method(matrixFile, riskMatrix, 'Make a matrix file the active matrix; refused with the cell named when the grid does not cover every cell.'),
  'risks.settings': method(nothing, riskSettings, 'Risk appetite per category and review intervals per level.'),
  'risks.updateSettings': method(riskSettingsInput, riskSettings, 'Change the risk appetite of categories or the review interval of levels.'),
  'risks.exportRegister': method(z.object({ entryId: uuid, format: z.enum(['csv', 'xlsx'], { error: 'Choose CSV or XLSX' }) }).strict(), exportFile, "An entry's risk register as CSV or XLSX (the same file re-imports)."),
  'risks.previewImport': method(registerFile, registerImportPreview, 'Dry run of re-importing a register CSV or XLSX: what would be added and changed, and every error with its row and column.', REGISTER_BODY_BYTES),
  'risks.applyImport': method(registerFile, registerImportPreview, 'Re-import a register CSV or XLSX in one transaction; refused as a whole when any row has an error.', REGISTER_BODY_BYTES),
} as const;
