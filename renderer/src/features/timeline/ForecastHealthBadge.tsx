import { forecastHealth } from './plan-text';
import './forecast.css';

/** On track / At risk / Late: the status colour always with its word. */
export function ForecastHealthBadge({ pastTarget }: { pastTarget: number }) {
  const { tone, label } = forecastHealth(pastTarget);
  return <span className={`health health-${tone} forecast-health`}>{label}</span>;
}
