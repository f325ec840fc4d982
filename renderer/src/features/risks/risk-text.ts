/** The register in words: scores on the matrix, levels with the matrix's own labels, the forecast. */
import type { RiskMatrix, RiskLevel } from '../../../../shared/risks/matrix-schema';
import type { RiskForecastView } from '../../../../shared/risk-schema';
import { RISK_LEVEL_LABELS } from '../../../../shared/vocabulary/risks';
import { formatDate } from '../../lib/format-date';

export function levelLabel(matrix: RiskMatrix | null, level: RiskLevel): string {
  return matrix?.levels.find((l) => l.id === level)?.label ?? RISK_LEVEL_LABELS[level];
}

export function levelColour(matrix: RiskMatrix | null, level: RiskLevel): string {
  return matrix?.levels.find((l) => l.id === level)?.colour ?? '#777777';
}

/** "L3 × I4" with the scale words for screen readers and tooltips. */
export function scoreTitle(matrix: RiskMatrix | null, s: { likelihood: number; impact: number }): string {
  const l = matrix?.likelihood[s.likelihood - 1]?.label;
  const i = matrix?.impact[s.impact - 1]?.label;
  return l && i ? `likelihood ${s.likelihood} (${l}), impact ${s.impact} (${i})` : `likelihood ${s.likelihood}, impact ${s.impact}`;
}

export function percent(p: number): string {
  return `${Math.round(p * 100)} %`;
}

/** "Risk-adjusted: P50 12 Jun 2027 · P80 20 Jun 2027 · 35 % chance of meeting the target". */
export function forecastWords(f: RiskForecastView): string {
  if (f.scheduleRisks === 0) return `No open risk carries a schedule impact: P50 and P80 equal the plan's forecast (${formatDate(f.deterministic)}).`;
  return `Risk-adjusted: P50 ${formatDate(f.p50)} · P80 ${formatDate(f.p80)} · ${percent(f.probabilityOnTarget)} chance of meeting the target (${formatDate(f.targetDate)})`;
}
