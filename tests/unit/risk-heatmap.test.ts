import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { riskMatrix } from '../../shared/risks/matrix-schema';
import { buildHeatmap } from '../../shared/domain/risk-heatmap';

const matrix = riskMatrix.parse(JSON.parse(fs.readFileSync('resources/risk-matrices/default-5x5.json', 'utf8')));
const risk = (id: string, inherent: [number, number], current: [number, number], residual: [number, number]) => ({
  id,
  entryId: 'e',
  title: id,
  inherent: { likelihood: inherent[0], impact: inherent[1] },
  current: { likelihood: current[0], impact: current[1] },
  residual: { likelihood: residual[0], impact: residual[1] },
});

describe('heat map', () => {
  it('places each risk in the cell of the chosen stage, with the grid level and its inherent → residual travel', () => {
    const risks = [risk('Registration delay', [4, 5], [3, 4], [2, 3]), risk('Hosting not ready', [2, 2], [2, 2], [3, 3])];
    const current = buildHeatmap(matrix, risks, 'current');
    expect(current.cells).toHaveLength(25);
    expect(current.cells[0]).toMatchObject({ likelihood: 5, impact: 1 });
    const cell = current.cells.find((c) => c.likelihood === 3 && c.impact === 4)!;
    expect(cell.level).toBe('high');
    expect(cell.risks).toEqual([expect.objectContaining({ id: 'Registration delay', travel: 'down' })]);
    expect(current.cells.find((c) => c.likelihood === 2 && c.impact === 2)!.risks[0]).toMatchObject({ id: 'Hosting not ready', travel: 'up' });
    const inherent = buildHeatmap(matrix, risks, 'inherent');
    expect(inherent.cells.find((c) => c.likelihood === 4 && c.impact === 5)).toMatchObject({ level: 'critical', risks: [expect.objectContaining({ id: 'Registration delay' })] });
    expect(inherent.total).toBe(2);
  });

  it('counts every risk of a cell and lists the first ones by title when told how many', () => {
    const many = ['Delta', 'alpha', 'Charlie', 'bravo', 'Echo'].map((t) => ({ ...risk(t, [3, 3], [3, 3], [2, 2]), title: t }));
    const map = buildHeatmap(matrix, many, 'current', { perCell: 3 });
    const cell = map.cells.find((c) => c.likelihood === 3 && c.impact === 3)!;
    expect(cell.count).toBe(5);
    expect(cell.risks.map((r) => r.title)).toEqual(['alpha', 'bravo', 'Charlie']);
    expect(map.total).toBe(5);
    expect(buildHeatmap(matrix, many, 'current').cells.find((c) => c.count === 5)!.risks).toHaveLength(5);
    const counted = buildHeatmap(matrix, many.slice(0, 2), 'current', { counts: [{ likelihood: 3, impact: 3, count: 40 }] });
    expect(counted.cells.find((c) => c.likelihood === 3 && c.impact === 3)).toMatchObject({ count: 40, risks: [expect.objectContaining({ title: 'alpha' }), expect.objectContaining({ title: 'Delta' })] });
    expect(counted.total).toBe(40);
  });
});
