/**
 * A heat map: every cell of the matrix with the risks that sit in it at one stage, and how
 * each moved from inherent to residual. Pure; used by the service and the timeline PDF.
 */
import type { RiskMatrix } from '../risks/matrix-schema';
import type { RiskStage } from '../risks/risk-enums';
import { travel, type Score, type Travel } from './risk-score';

export interface HeatmapRisk {
  id: string;
  entryId: string;
  title: string;
  inherent: Score;
  current: Score;
  residual: Score;
}

export interface HeatmapCellOut {
  likelihood: number;
  impact: number;
  level: RiskMatrix['grid'][number][number];
  risks: { id: string; entryId: string; title: string; inherent: Score; residual: Score; travel: Travel }[];
  count: number;
}

const byTitle = new Intl.Collator('en').compare;

/**
 * Cells from the highest likelihood down, impact left to right (as the map is drawn). Each
 * cell counts its risks and lists the first `perCell` of them by title (all by default; the
 * portfolio's map, over thousands of risks, lists a few and says how many). Given `counts`
 * (counted by the database), those are the cells' counts and `risks` are the ones to list.
 */
export function buildHeatmap(
  matrix: RiskMatrix,
  risks: readonly HeatmapRisk[],
  stage: RiskStage,
  opts: { perCell?: number; counts?: readonly { likelihood: number; impact: number; count: number }[] } = {},
): { stage: RiskStage; cells: HeatmapCellOut[]; total: number } {
  const cells: HeatmapCellOut[] = [];
  const at = new Map<string, HeatmapCellOut>();
  for (let l = matrix.likelihood.length; l >= 1; l--) {
    for (let i = 1; i <= matrix.impact.length; i++) {
      const cell: HeatmapCellOut = { likelihood: l, impact: i, level: matrix.grid[l - 1]![i - 1]!, risks: [], count: 0 };
      cells.push(cell);
      at.set(`${l}:${i}`, cell);
    }
  }
  const members = new Map<HeatmapCellOut, HeatmapRisk[]>(cells.map((c) => [c, []]));
  let total = 0;
  for (const r of risks) {
    const s = r[stage];
    const cell = at.get(`${s.likelihood}:${s.impact}`);
    if (!cell) continue;
    members.get(cell)!.push(r);
    total++;
  }
  if (opts.counts) {
    total = 0;
    for (const c of opts.counts) {
      const cell = at.get(`${c.likelihood}:${c.impact}`);
      if (cell) total += cell.count = c.count;
    }
  }
  for (const [cell, rs] of members) {
    if (!opts.counts) cell.count = rs.length;
    const shown = rs.sort((a, b) => byTitle(a.title, b.title)).slice(0, opts.perCell ?? Infinity);
    cell.risks = shown.map((r) => ({ id: r.id, entryId: r.entryId, title: r.title, inherent: r.inherent, residual: r.residual, travel: travel(matrix, r.inherent, r.residual) }));
  }
  return { stage, cells, total };
}
