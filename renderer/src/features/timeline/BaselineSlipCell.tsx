import type { PlanTaskView } from '../../../../shared/plan-schema';
import { slipFigure } from './plan-text';
import './forecast.css';

/** Business days the task's finish moved against the baseline: "+4 later", "−2 earlier", "0"; "Not in baseline" for newer tasks. */
export function BaselineSlipCell({ task }: { task: PlanTaskView }) {
  if (!task.baseline) return <span className="muted">Not in baseline</span>;
  const slip = task.baseline.finishSlipDays;
  if (slip === 0) return <span className="figure muted">0</span>;
  return (
    <span className={slip > 0 ? 'figure slip-later' : 'figure slip-earlier'}>
      {slipFigure(slip)} {slip > 0 ? 'later' : 'earlier'}
    </span>
  );
}
