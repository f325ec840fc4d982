/** Words and numbers of the efficiency screens (the backend's figures carry their own inputs text). */
import type { StoredMeasurement, StoredMetric } from '../../../../shared/efficiency/efficiency-schema';
import { percentText, periodLabel, valueText } from '../../../../shared/efficiency/efficiency-figures';

export { percentText, periodLabel };

export const percentOrDash = (p: number | null) => (p === null ? '—' : percentText(p));

export function measurementText(metric: StoredMetric | undefined, m: StoredMeasurement | null): string {
  if (!m) return '—';
  return metric ? valueText(metric, m.value, m.currency) : String(m.value);
}

/** "meets the 85 % target" / "below the 85 % target": the verdict in words, never colour alone. */
export function verdict(percent: number | null, target: number): string {
  if (percent === null) return 'no figure yet';
  return percent >= target ? `meets the ${target} % target` : `below the ${target} % target`;
}
