/**
 * A risk matrix as data (the way CISO Assistant ships its matrices): versioned JSON in
 * resources/risk-matrices/, validated at load or import. Scoring is a lookup in `grid`,
 * never a product of two numbers.
 */
import { z } from 'zod';

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

const scaleStep = z.object({
  /** 1-based position on the scale; steps are listed in order. */
  value: z.number().int().min(1),
  label: text(60),
  description: text(400),
});

const likelihoodStep = scaleStep.extend({
  /** The chance (0 < p <= 1) this level stands for; the readiness forecast samples with it. */
  probability: z.number().gt(0).max(1),
});

const levelDefinition = z.object({
  id: z.enum(RISK_LEVELS),
  label: text(40),
  /** A CSS colour for the heat map; always shown with the label, never alone. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour such as #c0392b'),
  /** Whether a risk at this level may stay as it is without an acceptance. */
  acceptable: z.boolean(),
  /** Days between reviews of a risk at this level. */
  reviewDays: z.number().int().min(1).max(366),
});

export const MATRIX_SCHEMA_VERSION = 1;

const matrixShape = z.object({
  schemaVersion: z.literal(MATRIX_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Use lower-case letters, digits and hyphens for the id'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a version such as 1.0.0'),
  name: text(120),
  description: z.string().max(2000),
  likelihood: z.array(likelihoodStep).min(2).max(10),
  impact: z.array(scaleStep).min(2).max(10),
  levels: z.array(levelDefinition).min(2).max(RISK_LEVELS.length),
  /** grid[likelihood - 1][impact - 1] is the level id of that cell. */
  grid: z.array(z.array(z.enum(RISK_LEVELS))),
});

export type RiskMatrix = z.infer<typeof matrixShape>;

/** The matrix format with its cross-checks: ordered scales, every cell covered by a declared level. */
export const riskMatrix = matrixShape.superRefine((m, ctx) => {
  const ordered = (steps: { value: number }[], name: string) =>
    steps.forEach((s, i) => {
      if (s.value !== i + 1) ctx.addIssue({ code: 'custom', path: [name, i, 'value'], message: `${name} step ${i + 1} must have value ${i + 1}` });
    });
  ordered(m.likelihood, 'likelihood');
  ordered(m.impact, 'impact');
  const declared = new Set(m.levels.map((l) => l.id));
  if (declared.size !== m.levels.length) ctx.addIssue({ code: 'custom', path: ['levels'], message: 'Each level may be declared only once' });
  for (let l = 0; l < m.likelihood.length; l++) {
    const row = m.grid[l];
    for (let i = 0; i < m.impact.length; i++) {
      const cell = row?.[i];
      const where = `likelihood ${l + 1} (${m.likelihood[l]!.label}) × impact ${i + 1} (${m.impact[i]!.label})`;
      if (cell === undefined) ctx.addIssue({ code: 'custom', path: ['grid', l, i], message: `The grid has no level for the cell ${where}` });
      else if (!declared.has(cell)) ctx.addIssue({ code: 'custom', path: ['grid', l, i], message: `The cell ${where} uses the level "${cell}", which the matrix does not declare` });
    }
    if (row && row.length > m.impact.length) ctx.addIssue({ code: 'custom', path: ['grid', l], message: `Grid row ${l + 1} has more cells than the impact scale has steps` });
  }
  if (m.grid.length > m.likelihood.length) ctx.addIssue({ code: 'custom', path: ['grid'], message: 'The grid has more rows than the likelihood scale has steps' });
});
