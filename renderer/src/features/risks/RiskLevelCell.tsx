import type { RiskView } from '../../../../shared/risk-schema';
import type { RiskMatrix } from '../../../../shared/risks/matrix-schema';
import { TRAVEL_ARROWS, TRAVEL_LABELS } from '../../../../shared/vocabulary/risks';
import { levelColour, levelLabel, scoreTitle } from './risk-text';

/** The three stages' levels with the direction of travel (inherent → current → residual), and the escalate flag. */
export function RiskLevelCell({ risk, matrix }: { risk: RiskView; matrix: RiskMatrix | null }) {
  const stage = (s: 'inherent' | 'current' | 'residual') => (
    <span className="level-chip" style={{ borderColor: levelColour(matrix, risk.levels[s]) }} title={`${s}: ${scoreTitle(matrix, risk[s])}`}>
      <span className="level-dot" style={{ background: levelColour(matrix, risk.levels[s]) }} aria-hidden="true" />
      {levelLabel(matrix, risk.levels[s])} <span className="muted">{risk[s].likelihood}×{risk[s].impact}</span>
    </span>
  );
  return (
    <span className="level-stages">
      {stage('inherent')}
      <span aria-hidden="true">→</span>
      {stage('current')}
      <span aria-hidden="true">→</span>
      {stage('residual')}
      <span className={`travel travel-${risk.travel}`} title={`Inherent to residual: ${TRAVEL_LABELS[risk.travel]}`}>
        {TRAVEL_ARROWS[risk.travel]} <span className="visually-hidden">{TRAVEL_LABELS[risk.travel]}</span>
      </span>
      {risk.aboveAppetite ? <span className="escalate-badge">Escalate</span> : null}
    </span>
  );
}
