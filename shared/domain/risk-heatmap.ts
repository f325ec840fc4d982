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
}

/** Cells from the highest likelihood down, impact left to right (as the map is drawn). */
export function buildHeatmap(matrix: RiskMatrix, risks: readonly HeatmapRisk[], stage: RiskStage): { stage: RiskStage; cells: HeatmapCellOut[]; total: number } {
  const cells: HeatmapCellOut[] = [];
  const at = new Map<string, HeatmapCellOut>();
  for (let l = matrix.likelihood.length; l >= 1; l--) {
    for (let i = 1; i <= matrix.impact.length; i++) {
      const cell: HeatmapCellOut = { likelihood: l, impact: i, level: matrix.grid[l - 1]![i - 1]!, risks: [] };
      cells.push(cell);
      at.set(`${l}:${i}`, cell);
    }
  }
  let total = 0;
  for (const r of risks) {
    const s = r[stage];
    const cell = at.get(`${s.likelihood}:${s.impact}`);
    if (!cell) continue;
    cell.risks.push({ id: r.id, entryId: r.entryId, title: r.title, inherent: r.inherent, residual: r.residual, travel: travel(matrix, r.inherent, r.residual) });
    total++;
  }
  for (const c of cells) c.risks.sort((a, b) => a.title.localeCompare(b.title));
  return { stage, cells, total };
}
