import type { PlanView } from '../../../../shared/plan-schema';
import { barOf, dependencyPath, type GanttRows, type GanttScale } from './gantt-layout';
import { lagPhrase } from './plan-text';
import { DEPENDENCY_TYPE_LABELS } from '../../../../shared/vocabulary/plan';
import './gantt-svg.css';

/**
 * One arrow per dependency, from the predecessor's finish (or start, SS) to the successor's
 * start (or finish, FF); only those with an end in a row that is drawn.
 */
export function GanttArrows({ view, rows, scale, shown }: { view: PlanView; rows: GanttRows; scale: GanttScale; shown: ReadonlySet<string> }) {
  return (
    <g className="gantt-arrows">
      {view.dependencies.map((d) => {
        const pred = rows.byId.get(d.predecessorId);
        const succ = rows.byId.get(d.successorId);
        if (!pred || !succ || (!shown.has(d.predecessorId) && !shown.has(d.successorId))) return null;
        const critical = pred.task.schedule.critical && succ.task.schedule.critical;
        return (
          <path
            key={d.id}
            d={dependencyPath(d.type, barOf(scale, pred), barOf(scale, succ))}
            className={critical ? 'gantt-arrow gantt-arrow-critical' : 'gantt-arrow'}
            markerEnd={critical ? 'url(#gantt-arrow-critical)' : 'url(#gantt-arrow)'}
          >
            <title>{`${pred.task.title} → ${succ.task.title} (${DEPENDENCY_TYPE_LABELS[d.type].toLowerCase()}, ${lagPhrase(d.lagDays)})`}</title>
          </path>
        );
      })}
    </g>
  );
}
