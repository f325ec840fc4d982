import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { riskMatrix } from '../../shared/risks/matrix-schema';
import { aboveAppetite, levelOf, nextReviewDate, scoreProblem, travel } from '../../shared/domain/risk-score';

const shipped = riskMatrix.parse(JSON.parse(fs.readFileSync('resources/risk-matrices/default-5x5.json', 'utf8')));

describe('risk matrix as data', () => {
  it('looks the level up in the grid, not by multiplying', () => {
    expect(levelOf(shipped, { likelihood: 1, impact: 1 })).toBe('low');
    expect(levelOf(shipped, { likelihood: 5, impact: 5 })).toBe('critical');
    // 2 × 5 = 10 and 5 × 2 = 10 but the grid rates them differently from 4 × 3 = 12.
    expect(levelOf(shipped, { likelihood: 2, impact: 5 })).toBe('high');
    expect(levelOf(shipped, { likelihood: 4, impact: 3 })).toBe('high');
    expect(levelOf(shipped, { likelihood: 1, impact: 5 })).toBe('medium');
  });

  it('refuses a score off the scales with a sentence naming the scale', () => {
    expect(scoreProblem(shipped, { likelihood: 6, impact: 1 })).toMatch(/Likelihood must be a step from 1 to 5/);
    expect(scoreProblem(shipped, { likelihood: 2, impact: 0 })).toMatch(/Impact must be a step from 1 to 5/);
    expect(scoreProblem(shipped, { likelihood: 2.5, impact: 1 })).not.toBeNull();
    expect(() => levelOf(shipped, { likelihood: 0, impact: 1 })).toThrow(RangeError);
  });

  it('refuses an imported matrix that leaves a cell uncovered, naming the cell', () => {
    const broken = structuredClone(shipped);
    broken.grid[2]!.pop();
    const result = riskMatrix.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join('\n')).toMatch(/no level for the cell likelihood 3 \(Possible\) × impact 5 \(Severe\)/);
  });

  it('refuses a cell whose level the matrix does not declare', () => {
    const broken = structuredClone(shipped);
    broken.levels = broken.levels.filter((l) => l.id !== 'critical');
    const result = riskMatrix.safeParse(broken);
    expect(result.error!.issues.some((i) => /does not declare/.test(i.message))).toBe(true);
  });

  it('flags a risk above the appetite only when its level is higher', () => {
    expect(aboveAppetite('high', 'medium')).toBe(true);
    expect(aboveAppetite('medium', 'medium')).toBe(false);
    expect(aboveAppetite('low', 'critical')).toBe(false);
  });

  it('dues reviews by band: critical weekly, high every two weeks, others monthly, or as edited', () => {
    expect(nextReviewDate(shipped, 'critical', '2027-01-04')).toBe('2027-01-11');
    expect(nextReviewDate(shipped, 'high', '2027-01-04')).toBe('2027-01-18');
    expect(nextReviewDate(shipped, 'medium', '2027-01-31')).toBe('2027-03-02');
    expect(nextReviewDate(shipped, 'high', '2027-01-04', { high: 10 })).toBe('2027-01-14');
  });

  it('tells the direction of travel between stages', () => {
    expect(travel(shipped, { likelihood: 5, impact: 5 }, { likelihood: 2, impact: 3 })).toBe('down');
    expect(travel(shipped, { likelihood: 2, impact: 2 }, { likelihood: 2, impact: 2 })).toBe('same');
    expect(travel(shipped, { likelihood: 1, impact: 2 }, { likelihood: 4, impact: 4 })).toBe('up');
  });
});
