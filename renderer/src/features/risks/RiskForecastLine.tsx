import { useEffect } from 'react';
import { useRisks } from '../../stores/risks-store';
import { formatDate } from '../../lib/format-date';
import { forecastWords, percent } from './risk-text';
import './risks.css';

/**
 * The risk-adjusted readiness forecast beside the deterministic date: P50, P80, the chance of
 * meeting the target and the risks that move P80 most. `refreshKey` changes when the plan does.
 */
export function RiskForecastLine({ entryId, refreshKey, compact = false }: { entryId: string; refreshKey?: string; compact?: boolean }) {
  const forecast = useRisks((s) => s.forecasts[entryId]);
  const loadForecast = useRisks((s) => s.loadForecast);
  useEffect(() => {
    void loadForecast(entryId);
  }, [entryId, refreshKey, loadForecast]);

  if (!forecast) return <p className="risk-forecast muted">Computing the risk-adjusted forecast…</p>;
  return (
    <div className="risk-forecast" data-testid="risk-forecast">
      <p className="risk-forecast-line">
        {forecast.scheduleRisks > 0 ? (
          <>
            <span className="risk-forecast-label">Risk-adjusted</span> <strong>P50 {formatDate(forecast.p50)}</strong> · <strong>P80 {formatDate(forecast.p80)}</strong> ·{' '}
            {percent(forecast.probabilityOnTarget)} chance of meeting the target ({formatDate(forecast.targetDate)})
          </>
        ) : (
          forecastWords(forecast)
        )}
      </p>
      {!compact && forecast.drivers.length > 0 ? (
        <p className="risk-forecast-drivers muted">
          Moves P80 most: {forecast.drivers.slice(0, 3).map((d) => `${d.title} (+${d.p80ShiftDays} d)`).join('; ')} · {forecast.iterations.toLocaleString('en')} simulated runs
        </p>
      ) : null}
    </div>
  );
}
