import { nonWorkingTitle, xOf, type GanttScale, type NonWorkingDay } from './gantt-layout';
import './gantt-svg.css';

/** Weekend days, public holidays and shutdown days shaded down the whole chart; hovering one names it. */
export function GanttNonWorking({ scale, days, height }: { scale: GanttScale; days: NonWorkingDay[]; height: number }) {
  return (
    <g className="gantt-nonworking">
      {days.map((d) => {
        const kind = d.shutdown ? 'shutdown' : d.holiday ? 'holiday' : 'weekend';
        return (
          <rect key={d.date} x={xOf(scale, d.date)} y={0} width={scale.dayWidth} height={height} className={`gantt-off gantt-off-${kind}`}>
            <title>{nonWorkingTitle(d)}</title>
          </rect>
        );
      })}
    </g>
  );
}
