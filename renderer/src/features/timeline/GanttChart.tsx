import { useMemo, useRef, useState } from 'react';
import { localToday } from '../../../../shared/domain/iso-date';
import type { PlanView } from '../../../../shared/plan-schema';
import { useTimeline } from '../../stores/timeline-store';
import { GanttBody } from './GanttBody';
import { GanttHeader, headerHeight } from './GanttHeader';
import { GanttRowLabels } from './GanttRowLabels';
import { barOf, ganttRows, ganttScale, LABEL_WIDTH, nonWorkingDays, workCalendarOf } from './gantt-layout';
import { timeMarkers } from './gantt-markers';

/**
 * The plan as a Gantt chart: task names in a column that stays put, the chart
 * scrolling sideways beside it, the date header staying on top.
 */
export function GanttChart({ view, withBaseline }: { view: PlanView; withBaseline: boolean }) {
  const zoom = useTimeline((s) => s.zoom);
  const openTask = useTimeline((s) => s.openTask);
  const today = localToday();
  const scale = useMemo(() => ganttScale(view, today, zoom, withBaseline), [view, today, zoom, withBaseline]);
  const rows = useMemo(() => ganttRows(view.tasks), [view.tasks]);
  const nonWorking = useMemo(() => nonWorkingDays(workCalendarOf(view), scale), [view, scale]);
  const { markers, outside, levels } = useMemo(() => timeMarkers(view, today, scale), [view, today, scale]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);

  /** Brings a focused row's bar into view when it is scrolled off to the side. */
  function focusRow(taskId: string) {
    setActiveId(taskId);
    setHasFocus(true);
    const row = rows.byId.get(taskId);
    const el = scrollRef.current;
    if (!row || !el) return;
    const bar = barOf(scale, row);
    const visible = el.clientWidth - LABEL_WIDTH;
    const margin = 48;
    if (bar.x < el.scrollLeft) el.scrollLeft = Math.max(0, bar.x - margin);
    else if (bar.x + bar.width > el.scrollLeft + visible) el.scrollLeft = Math.min(bar.x - margin, bar.x + bar.width - visible + margin * 3);
  }

  return (
    <div className="gantt">
      {/* Long plans scroll inside the chart (the date header stays on top); short ones show whole. */}
      <div className="gantt-scroll" ref={scrollRef} style={{ maxHeight: rows.rows.length > 32 ? 'max(480px, calc(100vh - 160px))' : undefined }}>
        <div className="gantt-grid" style={{ gridTemplateColumns: `${LABEL_WIDTH}px ${scale.width}px`, gridTemplateRows: `${headerHeight(levels)}px auto` }}>
          <div className="gantt-corner" aria-hidden="true">
            Task
          </div>
          <div className="gantt-head">
            <GanttHeader scale={scale} zoom={zoom} nonWorking={nonWorking} markers={markers} levels={levels} />
          </div>
          <GanttRowLabels
            rows={rows}
            withBaseline={withBaseline}
            activeId={activeId}
            onFocusRow={focusRow}
            onBlurRows={() => setHasFocus(false)}
            onOpen={openTask}
          />
          <div className="gantt-body">
            <GanttBody
              view={view}
              scale={scale}
              rows={rows}
              nonWorking={nonWorking}
              markers={markers}
              withBaseline={withBaseline}
              focusedId={hasFocus ? activeId : null}
              onOpen={openTask}
            />
          </div>
        </div>
      </div>
      {outside.length > 0 ? <p className="gantt-note">{outside.join(' ')}</p> : null}
    </div>
  );
}
