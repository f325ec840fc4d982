import './gantt-svg.css';

/** Patterns and arrowheads the Gantt's body uses: a hatch on the critical path (a cue beside colour), a hatch for shutdown days. */
export function GanttDefs() {
  return (
    <defs>
      <pattern id="gantt-critical-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
        <rect width="2" height="6" className="gantt-hatch-stroke" />
      </pattern>
      <pattern id="gantt-shutdown-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(-45)">
        <rect width="6" height="6" className="gantt-shutdown-fill" />
        <rect width="1.5" height="6" className="gantt-shutdown-stroke" />
      </pattern>
      <marker id="gantt-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0 L8,4 L0,8 z" className="gantt-arrowhead" />
      </marker>
      <marker id="gantt-arrow-critical" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0 L8,4 L0,8 z" className="gantt-arrowhead-critical" />
      </marker>
    </defs>
  );
}
