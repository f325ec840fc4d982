/** The active matrix (shipped, or a file the user imported), risk appetite per category and review intervals per level. */
import { AppError } from '../../../../shared/errors';
import type { RiskLevel, RiskMatrix } from '../../../../shared/risks/matrix-schema';
import { RISK_STAGES, type RiskCategory } from '../../../../shared/risks/risk-enums';
import type { RiskSettings } from '../../../../shared/risk-schema';
import { scoreProblem } from '../../../../shared/domain/risk-score';
import { RISK_STAGE_LABELS } from '../../../../shared/vocabulary/risks';
import { parseMatrixFile } from './resources';
import type { RiskCore } from './risk-core';

export function riskMatrixSettings(core: RiskCore) {
  const { deps, shippedMatrix } = core;
  const { repo, store, kernel, audit } = deps;

  return {
    matrix: () => core.matrix(),
    settings: () => core.settings(),

    /** Stores the shipped matrix as the active one when none is stored yet (start-up). */
    ensureMatrix(): void {
      if (store.matrix()) return;
      kernel.write(() => store.setMatrix(shippedMatrix.id, shippedMatrix.version, JSON.stringify(shippedMatrix), kernel.now().toISOString()));
    },

    importMatrix(fileName: string, content: string): RiskMatrix {
      const m = parseMatrixFile(fileName, content);
      for (const r of repo.cells(null)) {
        for (const stage of RISK_STAGES) {
          if (scoreProblem(m, r[stage])) {
            throw new AppError(
              'invalid_input',
              `Matrix file: the risk "${r.title}" is scored ${r[stage].likelihood} × ${r[stage].impact} (${RISK_STAGE_LABELS[stage].toLowerCase()}), outside this matrix's scales; rescore it first.`,
              'content',
            );
          }
        }
      }
      const entries = deps.entries(true);
      kernel.write(() => {
        const before = core.matrix();
        store.setMatrix(m.id, m.version, JSON.stringify(m), kernel.now().toISOString());
        audit('risk_matrix', 'risk_matrix', 'import', { id: before.id, version: before.version }, { id: m.id, version: m.version });
        kernel.afterCommit(() => entries.forEach((e) => core.queueForecast(e.id)));
      });
      return m;
    },

    updateSettings(input: { appetite: Partial<Record<RiskCategory, RiskLevel>>; reviewDays: Partial<Record<RiskLevel, number>> }): RiskSettings {
      return kernel.write(() => {
        const before = core.settings();
        for (const [c, l] of Object.entries(input.appetite)) store.setAppetite(c as RiskCategory, l);
        for (const [l, d] of Object.entries(input.reviewDays)) store.setReviewInterval(l as RiskLevel, d);
        const after = core.settings();
        audit('risk_settings', 'risk_settings', 'update', before, after);
        return after;
      });
    },
  };
}
