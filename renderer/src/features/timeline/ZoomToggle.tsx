import { useTimeline, type Zoom } from '../../stores/timeline-store';
import './gantt.css';

const OPTIONS: ReadonlyArray<{ value: Zoom; label: string }> = [
  { value: 'day', label: 'Days' },
  { value: 'week', label: 'Weeks' },
];

/** "Zoom: Days | Weeks" as a pair of radio buttons styled as a segmented control. */
export function ZoomToggle() {
  const zoom = useTimeline((s) => s.zoom);
  const setZoom = useTimeline((s) => s.setZoom);
  return (
    <fieldset className="segmented">
      <legend className="segmented-legend">Zoom</legend>
      <div className="segmented-options">
        {OPTIONS.map((o) => (
          <label key={o.value} className={zoom === o.value ? 'segmented-option selected' : 'segmented-option'}>
            <input type="radio" name="gantt-zoom" value={o.value} checked={zoom === o.value} onChange={() => setZoom(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
