/**
 * The risk register across the boundary: what a user sends (riskFields), what the register
 * shows (riskView), acceptances, the forecast, heat maps and the register's import.
 * Scores are checked against the active matrix by the service (the scale is data).
 */
import { z } from 'zod';
import { isoDate, money, storedDate, uuid } from './entry-schema';
import { safeText } from './safe-text';
import { WORKSTREAMS } from './requirements/pack-schema';
import { CONTROL_EFFECTIVENESS, RISK_CATEGORIES, RISK_RESPONSES, RISK_STAGES, RISK_STATUSES } from './risks/risk-enums';
import { RISK_LEVELS } from './risks/matrix-schema';

const step = (label: string) => z.number({ error: `${label}: choose a step of the matrix` }).int(`${label}: choose a whole step of the matrix`);

export const riskScore = z.object({ likelihood: step('Likelihood'), impact: step('Impact') }).strict();

export const riskControl = z
  .object({
    id: uuid.optional(),
    description: safeText({ label: 'Control', max: 500, name: true, min: { length: 1, message: 'Describe the control' } }),
    effectiveness: z.enum(CONTROL_EFFECTIVENESS, { error: 'Choose how effective the control is' }),
  })
  .strict();

export const riskTreatment = z
  .object({
    id: uuid.optional(),
    action: safeText({ label: 'Treatment action', max: 500, name: true, min: { length: 1, message: 'Describe the action' } }),
    owner: safeText({ label: 'Owner', max: 200, name: true }).default(''),
    dueDate: isoDate.nullable().default(null),
    /** A plan task of the same entry that carries this action, or null. */
    taskId: uuid.nullable().default(null),
  })
  .strict();

const days = (label: string) =>
  z.number({ error: `Enter the ${label} in working days` }).int(`Enter the ${label} as whole working days`).min(0, `The ${label} cannot be negative`).max(250, `The ${label} must be at most 250 working days`);

export const scheduleImpact = z
  .object({
    minDays: days('minimum'),
    likelyDays: days('most likely delay'),
    maxDays: days('maximum'),
    taskIds: z.array(uuid).max(500).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.minDays > s.maxDays) ctx.addIssue({ code: 'custom', path: ['minDays'], message: `the minimum (${s.minDays}) exceeds the maximum (${s.maxDays}) working days` });
    else if (s.likelyDays < s.minDays || s.likelyDays > s.maxDays)
      ctx.addIssue({ code: 'custom', path: ['likelyDays'], message: `the most likely delay must lie between the minimum (${s.minDays}) and the maximum (${s.maxDays})` });
  });

export const riskFields = z
  .object({
    title: safeText({ label: 'Title', max: 300, name: true, min: { length: 1, message: 'Enter a title' } }),
    cause: safeText({ label: 'Cause', max: 2000, multiline: true }).default(''),
    event: safeText({ label: 'Event', max: 2000, multiline: true, min: { length: 1, message: 'Describe what could happen' } }),
    effect: safeText({ label: 'Effect', max: 2000, multiline: true }).default(''),
    category: z.enum(RISK_CATEGORIES, { error: 'Choose a category' }),
    workstream: z.enum(WORKSTREAMS, { error: 'Choose a workstream' }),
    owner: safeText({ label: 'Owner', max: 200, name: true }).default(''),
    status: z.enum(RISK_STATUSES, { error: 'Choose a status' }).default('open'),
    inherent: riskScore,
    current: riskScore,
    residual: riskScore,
    controls: z.array(riskControl).max(50, 'At most 50 controls').default([]),
    response: z.enum(RISK_RESPONSES, { error: 'Choose a response' }),
    treatments: z.array(riskTreatment).max(50, 'At most 50 treatment actions').default([]),
    targetLevel: z.enum(RISK_LEVELS, { error: 'Choose a target level' }).nullable().default(null),
    targetDate: isoDate.nullable().default(null),
    earlyWarning: safeText({ label: 'Early-warning indicator', max: 1000, multiline: true }).default(''),
    scheduleImpact: scheduleImpact.nullable().default(null),
    costImpact: money.default(null),
    lastReview: isoDate.nullable().default(null),
    /** Null: computed from the last review (or creation) and the current level's interval. */
    nextReview: isoDate.nullable().default(null),
  })
  .strict();

export const riskPatch = z
  .object({
    owner: safeText({ label: 'Owner', max: 200, name: true }).optional(),
    status: z.enum(RISK_STATUSES, { error: 'Choose a status' }).optional(),
    nextReview: isoDate.optional(),
  })
  .strict();

export const riskAcceptance = z.object({
  approverName: z.string(),
  approverRole: z.string(),
  rationale: z.string(),
  expires: storedDate,
  at: z.string(),
  ledgerSeq: z.number().int(),
  ledgerHash: z.string(),
  /** The acceptance ran out and the risk was reopened. */
  expired: z.boolean(),
});

const level = z.enum(RISK_LEVELS);

export const riskView = z.object({
  id: z.string(),
  entryId: z.string(),
  templateId: z.string().nullable(),
  title: z.string(),
  cause: z.string(),
  event: z.string(),
  effect: z.string(),
  category: z.enum(RISK_CATEGORIES),
  workstream: z.enum(WORKSTREAMS),
  owner: z.string(),
  status: z.enum(RISK_STATUSES),
  inherent: riskScore,
  current: riskScore,
  residual: riskScore,
  controls: z.array(z.object({ id: z.string(), description: z.string(), effectiveness: z.enum(CONTROL_EFFECTIVENESS) })),
  response: z.enum(RISK_RESPONSES),
  treatments: z.array(z.object({ id: z.string(), action: z.string(), owner: z.string(), dueDate: storedDate.nullable(), taskId: z.string().nullable() })),
  targetLevel: level.nullable(),
  targetDate: storedDate.nullable(),
  earlyWarning: z.string(),
  scheduleImpact: z.object({ minDays: z.number().int(), likelyDays: z.number().int(), maxDays: z.number().int(), taskIds: z.array(z.string()) }).nullable(),
  costImpact: z.object({ amount: z.number(), currency: z.string() }).nullable(),
  lastReview: storedDate.nullable(),
  nextReview: storedDate,
  acceptance: riskAcceptance.nullable(),
  matrixId: z.string(),
  matrixVersion: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  levels: z.object({ inherent: level, current: level, residual: level }),
  /** Inherent → residual. */
  travel: z.enum(['down', 'same', 'up']),
  appetite: level,
  /** The current level is above the category's appetite: "escalate". */
  aboveAppetite: z.boolean(),
  reviewOverdue: z.boolean(),
});

export const heatmapCell = z.object({
  likelihood: z.number().int(),
  impact: z.number().int(),
  level,
  risks: z.array(
    z.object({
      id: z.string(),
      entryId: z.string(),
      title: z.string(),
      inherent: riskScore,
      residual: riskScore,
      travel: z.enum(['down', 'same', 'up']),
    }),
  ),
  /** Risks in the cell; `risks` lists them all on an entry's map, the first few (by title) on the portfolio's. */
  count: z.number().int(),
});

export const heatmap = z.object({ stage: z.enum(RISK_STAGES), cells: z.array(heatmapCell), total: z.number().int() });

export const riskForecastView = z.object({
  entryId: z.string(),
  computedAt: z.string(),
  targetDate: storedDate,
  deterministic: storedDate,
  p50: storedDate,
  p80: storedDate,
  p95: storedDate,
  probabilityOnTarget: z.number(),
  iterations: z.number().int(),
  /** Open risks with a schedule impact on tasks of the plan. */
  scheduleRisks: z.number().int(),
  drivers: z.array(z.object({ riskId: z.string(), title: z.string(), p80ShiftDays: z.number(), occurred: z.number().int() })),
});

export const riskSuggestion = z.object({
  templateId: z.string(),
  title: z.string(),
  category: z.enum(RISK_CATEGORIES),
  event: z.string(),
  reasons: z.array(z.string()),
  inherent: riskScore,
  hasScheduleImpact: z.boolean(),
});

export const riskSettings = z.object({
  appetite: z.record(z.enum(RISK_CATEGORIES), level),
  reviewDays: z.record(level, z.number().int()),
});

export const riskSettingsInput = z
  .object({
    appetite: z.partialRecord(z.enum(RISK_CATEGORIES, { error: 'Choose a category' }), z.enum(RISK_LEVELS, { error: 'Choose a level for the appetite' })),
    reviewDays: z.partialRecord(
      z.enum(RISK_LEVELS, { error: 'Choose a level' }),
      z.number({ error: 'Enter the review interval in days' }).int('Enter whole days').min(1, 'Review at least every 366 days and at most daily').max(366, 'Review at least every 366 days and at most daily'),
    ),
  })
  .strict();

export const registerFile = z
  .object({
    entryId: uuid,
    fileName: safeText({ label: 'File name', max: 255, name: true, min: { length: 1, message: 'Choose a file' } }),
    contentBase64: z
      .string()
      .min(1, 'The file is empty')
      .max(8 * 1024 * 1024, 'The file is too large')
      .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'The file did not arrive intact (it was not sent as base64)'),
  })
  .strict();

export const registerImportPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  create: z.array(z.object({ row: z.number().int(), title: z.string() })),
  update: z.array(z.object({ row: z.number().int(), id: z.string(), title: z.string(), changes: z.array(z.string()) })),
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});

export const riskOverdue = z.object({ riskId: z.string(), entryId: z.string(), entryName: z.string(), title: z.string(), owner: z.string(), nextReview: storedDate, level });

/** Overdue reviews across active entries: how many, and the oldest ones. */
export const overdueReviews = z.object({ total: z.number().int(), rows: z.array(riskOverdue) });

export const acceptanceQueueEntry = z.object({
  riskId: z.string(),
  entryId: z.string(),
  entryName: z.string(),
  title: z.string(),
  approverName: z.string(),
  expired: storedDate,
  level,
});

export type RiskFields = z.output<typeof riskFields>;
export type RiskFieldsInput = z.input<typeof riskFields>;
export type RiskPatch = z.infer<typeof riskPatch>;
export type RiskView = z.infer<typeof riskView>;
export type RiskAcceptance = z.infer<typeof riskAcceptance>;
export type Heatmap = z.infer<typeof heatmap>;
export type HeatmapCell = z.infer<typeof heatmapCell>;
export type RiskForecastView = z.infer<typeof riskForecastView>;
export type RiskSuggestion = z.infer<typeof riskSuggestion>;
export type RiskSettings = z.infer<typeof riskSettings>;
export type RegisterImportPreview = z.infer<typeof registerImportPreview>;
export type RiskOverdue = z.infer<typeof riskOverdue>;
export type OverdueReviews = z.infer<typeof overdueReviews>;
export type AcceptanceQueueEntry = z.infer<typeof acceptanceQueueEntry>;

/**
 * Leadership's figures for one entry (`risks.portfolioFigures` on the risk service, read by
 * the leadership portfolio): risks in play (not closed, not become an issue) by current
 * level, above their category's appetite, accepted risks whose acceptance runs out within the
 * window, overdue reviews, and the risk-adjusted dates as the forecast cache last held them
 * (null while none has been computed).
 */
export const riskPortfolioFigure = z.object({
  entryId: z.string(),
  openRisks: z.number().int(),
  critical: z.number().int(),
  high: z.number().int(),
  aboveAppetite: z.number().int(),
  acceptancesExpiringSoon: z.number().int(),
  overdueReviews: z.number().int(),
  p50: storedDate.nullable(),
  p80: storedDate.nullable(),
  probabilityOnTarget: z.number().nullable(),
  /** Open risks with a schedule impact when the forecast was computed (0: P50 = P80 = the plan's date). */
  scheduleRisks: z.number().int(),
});

export type RiskPortfolioFigure = z.infer<typeof riskPortfolioFigure>;
