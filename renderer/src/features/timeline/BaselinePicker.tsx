import { useId } from 'react';
import type { PlanView } from '../../../../shared/plan-schema';
import { formatDate } from '../../lib/format-date';
import { useTimeline } from '../../stores/timeline-store';
import { baselineSlipSentence } from './plan-text';
import './forecast.css';

/** "Compare with baseline" and, when one is chosen, how far the forecast has moved against it. */
export function BaselinePicker({ view }: { view: PlanView }) {
  const id = useId();
  const hideBaseline = useTimeline((s) => s.hideBaseline);
  const chooseBaseline = useTimeline((s) => s.chooseBaseline);
  const chosen = hideBaseline ? null : view.baselines.find((b) => b.id === view.baselineId);
  const slip = view.baselineFinishSlipDays;

  return (
    <div className="forecast-control forecast-baseline">
      {view.baselines.length === 0 ? (
        <>
          <span className="toolbar-label">Compare with baseline</span>
          <p className="baseline-none">No baseline saved yet</p>
        </>
      ) : (
        <>
          <label htmlFor={id} className="toolbar-label">
            Compare with baseline
          </label>
          <select id={id} className="input select" value={chosen?.id ?? 'none'} onChange={(e) => void chooseBaseline(e.target.value)}>
          {[...view.baselines].reverse().map((b) => (
            <option key={b.id} value={b.id}>
              {b.name} (finish {formatDate(b.finish)})
            </option>
          ))}
          <option value="none">No comparison</option>
          </select>
        </>
      )}
      <span className={['baseline-slip', chosen && slip !== null && slip > 0 ? 'slip-later' : chosen && slip !== null && slip < 0 ? 'slip-earlier' : null].filter(Boolean).join(' ')}>
        {chosen && slip !== null
          ? baselineSlipSentence(slip, chosen.name)
          : view.baselines.length === 0
            ? 'Save one to see slippage'
            : 'Slippage is not shown'}
      </span>
    </div>
  );
}
