import { format, parseISO } from 'date-fns';
import { addDays } from '../../../../shared/domain/iso-date';
import type { Zoom } from '../../stores/timeline-store';
import { inWindow, monthSegments, nonWorkingTitle, weekStarts, xOf, type GanttScale, type GanttWindow, type NonWorkingDay } from './gantt-layout';
import { MARKER_LEVEL_HEIGHT, type Marker } from './gantt-markers';
import './gantt-svg.css';

export const HEADER_ROW = 22;

export function headerHeight(levels: number): number {
  return HEADER_ROW * 2 + levels * MARKER_LEVEL_HEIGHT + 6;
}

interface GanttHeaderProps {
  scale: GanttScale;
  zoom: Zoom;
  nonWorking: NonWorkingDay[];
  markers: Marker[];
  levels: number;
  /** The days in view: only those are drawn. */
  win: GanttWindow;
}

/** Months, then days (or week starts), then the labels of the today / status / target lines. */
export function GanttHeader({ scale, zoom, nonWorking, markers, levels, win }: GanttHeaderProps) {
  const height = headerHeight(levels);
  const byDate = new Map(nonWorking.map((d) => [d.date, d]));
  const days: string[] = [];
  if (zoom === 'day') for (let d = scale.from; d <= scale.to; d = addDays(d, 1)) if (inWindow(win, xOf(scale, d), scale.dayWidth)) days.push(d);
  return (
    <svg width={scale.width} height={height} className="gantt-header-svg" aria-hidden="true">
      {monthSegments(scale).map((m) => (
        <g key={m.key}>
          <line x1={m.x} x2={m.x} y1={0} y2={HEADER_ROW * 2} className="gantt-month-rule" />
          <text x={m.x + 6} y={15} className="gantt-month-label">
            {m.label}
          </text>
        </g>
      ))}
      <line x1={0} x2={scale.width} y1={HEADER_ROW} y2={HEADER_ROW} className="gantt-header-rule" />
      {zoom === 'day'
        ? days.map((d) => {
            const x = xOf(scale, d);
            const off = byDate.get(d);
            const kind = off?.holiday ? 'holiday' : off?.shutdown ? 'shutdown' : off ? 'weekend' : 'work';
            return (
              <g key={d} className={`gantt-day gantt-day-${kind}`}>
                {off ? (
                  <rect x={x} y={HEADER_ROW} width={scale.dayWidth} height={HEADER_ROW}>
                    <title>{nonWorkingTitle(off)}</title>
                  </rect>
                ) : null}
                <text x={x + scale.dayWidth / 2} y={HEADER_ROW + 15} textAnchor="middle">
                  {format(parseISO(d), 'd')}
                </text>
              </g>
            );
          })
        : weekStarts(scale)
            .filter((d) => inWindow(win, xOf(scale, d), 80))
            .map((d) => {
            const x = xOf(scale, d);
            return (
              <g key={d} className="gantt-week">
                <line x1={x} x2={x} y1={HEADER_ROW} y2={HEADER_ROW * 2} className="gantt-week-rule" />
                <text x={x + 4} y={HEADER_ROW + 15}>
                  {format(parseISO(d), 'd MMM')}
                </text>
              </g>
            );
          })}
      <line x1={0} x2={scale.width} y1={HEADER_ROW * 2} y2={HEADER_ROW * 2} className="gantt-header-rule" />
      {markers.map((m) => {
        const y = HEADER_ROW * 2 + 4 + m.level * MARKER_LEVEL_HEIGHT;
        return (
          <g key={m.kind} className={`gantt-marker gantt-marker-${m.kind}`}>
            <line x1={m.x} x2={m.x} y1={y} y2={height} />
            <text x={m.anchor === 'start' ? m.x + 4 : m.x - 4} y={y + 11} textAnchor={m.anchor}>
              {m.label}
            </text>
          </g>
        );
      })}
      <line x1={0} x2={scale.width} y1={height - 0.5} y2={height - 0.5} className="gantt-header-rule" />
    </svg>
  );
}
