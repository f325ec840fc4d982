import type { ReactNode } from 'react';
import './gantt.css';
import './gantt-svg.css';

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" className="legend-swatch">
      {children}
    </svg>
  );
}

/** The chart's vertical marker lines, each drawn in its own colour. */
const MARKERS = [
  ['today', 'Today'],
  ['status', 'Status date'],
  ['target', 'Target'],
] as const;

/** What the chart's shapes, patterns and lines mean, each with its word. */
export function GanttLegend({ withBaseline }: { withBaseline: boolean }) {
  return (
    <ul className="gantt-legend" aria-label="Chart legend">
      <li>
        <Swatch>
          <rect x="1" y="2" width="26" height="10" rx="2" className="gantt-bar" />
          <rect x="1" y="2" width="11" height="10" rx="2" className="gantt-bar-progress" />
          <rect x="1.5" y="2.5" width="25" height="9" rx="2" className="gantt-bar-outline" />
        </Swatch>
        Task, filled as far as done
      </li>
      <li className="is-critical">
        <Swatch>
          <rect x="1" y="2" width="26" height="10" rx="2" className="gantt-bar" />
          <rect x="1" y="2" width="26" height="10" rx="2" fill="url(#gantt-legend-hatch)" />
          <rect x="1.5" y="2.5" width="25" height="9" rx="2" className="gantt-bar-outline" />
          <defs>
            <pattern id="gantt-legend-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="2" height="6" className="gantt-hatch-stroke" />
            </pattern>
          </defs>
        </Swatch>
        Critical path (hatched)
      </li>
      <li>
        <Swatch>
          <path d="M14,0 L21,7 L14,14 L7,7 Z" className="gantt-diamond" />
        </Swatch>
        Milestone
      </li>
      {withBaseline ? (
        <li>
          <Swatch>
            <rect x="1.5" y="5" width="25" height="4" rx="1" className="gantt-baseline" />
          </Swatch>
          Baseline
        </li>
      ) : null}
      <li>
        <Swatch>
          <rect x="0" y="0" width="9" height="14" className="gantt-off gantt-off-weekend" />
          <rect x="10" y="0" width="8" height="14" className="gantt-off gantt-off-holiday" />
          <rect x="19" y="0" width="9" height="14" className="gantt-off gantt-off-shutdown-legend" />
        </Swatch>
        Weekend · holiday · shutdown
      </li>
      {MARKERS.map(([kind, label]) => (
        <li key={kind} className={`gantt-marker-${kind}`}>
          <Swatch>
            <line x1="14" x2="14" y1="0" y2="14" className="gantt-marker-line" />
          </Swatch>
          {label}
        </li>
      ))}
    </ul>
  );
}
