/**
 * Scoring on a risk matrix: a lookup in the matrix's grid, appetite flags and review dates.
 * Pure; the matrix itself is data (see shared/risks/matrix-schema.ts).
 */
import { addDays, type IsoDate } from './iso-date';
import { RISK_LEVELS, type RiskLevel, type RiskMatrix } from '../risks/matrix-schema';

export interface Score {
  likelihood: number;
  impact: number;
}

/** Why a score cannot be placed on a matrix, as a sentence naming the scale. */
export function scoreProblem(matrix: RiskMatrix, score: Score): string | null {
  if (!Number.isInteger(score.likelihood) || score.likelihood < 1 || score.likelihood > matrix.likelihood.length)
    return `Likelihood must be a step from 1 to ${matrix.likelihood.length} of the matrix "${matrix.name}"`;
  if (!Number.isInteger(score.impact) || score.impact < 1 || score.impact > matrix.impact.length)
    return `Impact must be a step from 1 to ${matrix.impact.length} of the matrix "${matrix.name}"`;
  return null;
}

/** The level of a cell. Throws a RangeError (with the sentence) for a score off the scales. */
export function levelOf(matrix: RiskMatrix, score: Score): RiskLevel {
  const problem = scoreProblem(matrix, score);
  if (problem) throw new RangeError(problem);
  return matrix.grid[score.likelihood - 1]![score.impact - 1]!;
}

/** Position of a level from low (0) to critical (3): levels compare by this rank. */
export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function levelDefinition(matrix: RiskMatrix, level: RiskLevel) {
  const def = matrix.levels.find((l) => l.id === level);
  if (!def) throw new RangeError(`The matrix "${matrix.name}" does not declare the level ${level}`);
  return def;
}

/** A risk above the category's appetite is flagged "escalate". */
export function aboveAppetite(level: RiskLevel, appetite: RiskLevel): boolean {
  return levelRank(level) > levelRank(appetite);
}

/** The day a risk at this level is next due for review, counted from its last review. */
export function nextReviewDate(matrix: RiskMatrix, level: RiskLevel, lastReviewed: IsoDate, intervals?: Partial<Record<RiskLevel, number>>): IsoDate {
  const days = intervals?.[level] ?? levelDefinition(matrix, level).reviewDays;
  return addDays(lastReviewed, days);
}

export type Travel = 'down' | 'same' | 'up';

/** Direction of travel between two stages (e.g. inherent → residual), by level and then by cell. */
export function travel(matrix: RiskMatrix, from: Score, to: Score): Travel {
  const a = levelRank(levelOf(matrix, from));
  const b = levelRank(levelOf(matrix, to));
  if (a !== b) return b < a ? 'down' : 'up';
  const ca = from.likelihood + from.impact;
  const cb = to.likelihood + to.impact;
  return cb === ca ? 'same' : cb < ca ? 'down' : 'up';
}
