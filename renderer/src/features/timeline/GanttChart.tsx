import { defaultRangeExtractor } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { localToday } from '../../../../shared/domain/iso-date';
import type { PlanView } from '../../../../shared/plan-schema';
import { usePaneVirtualizer } from '../../lib/use-pane-virtualizer';
import { useTimeline } from '../../stores/timeline-store';
import { GanttBody } from './GanttBody';
import { GanttHeader, headerHeight } from './GanttHeader';
import { GanttRowLabels } from './GanttRowLabels';
import { barOf, ganttRows, ganttScale, LABEL_WIDTH, nonWorkingDays, ROW_HEIGHT, workCalendarOf, xWindow, type GanttWindow } from './gantt-layout';
import { timeMarkers } from './gantt-markers';
import './gantt.css';
import './gantt-svg.css';

/**
 * The plan as a Gantt chart: task names in a column that stays put, the chart
 * scrolling sideways beside it, the date header sticky at the top of the main pane (which
 * scrolls the rows; the header and the chart scroll sideways together). Only the rows and
 * days in view (and a margin) are drawn, so a 2,000-task plan costs what a screenful does.
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
  const headRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ left: 0, width: 1600 });
  const head = headerHeight(levels);

  // The row that holds the chart's tab stop stays rendered wherever the user scrolls.
  const tabStop = activeId && rows.byId.has(activeId) ? activeId : rows.tasks[0]?.task.id;
  const tabStopRow = tabStop ? Math.round(rows.byId.get(tabStop)!.top / ROW_HEIGHT) : -1;
  const virtualizer = usePaneVirtualizer({
    anchor: bodyRef,
    count: rows.rows.length,
    estimateSize: () => ROW_HEIGHT,
    // Rows scrolled into view stop below the sticky date header.
    scrollPaddingStart: head,
    rangeExtractor: useCallback(
      (range: Parameters<typeof defaultRangeExtractor>[0]) => {
        const shown = defaultRangeExtractor(range);
        return tabStopRow >= 0 && !shown.includes(tabStopRow) ? [...shown, tabStopRow].sort((a, b) => a - b) : shown;
      },
      [tabStopRow],
    ),
  });

  // Horizontal position, for the days drawn (rows follow the virtualiser). The header and
  // the chart scroll sideways together, whichever of them is scrolled.
  useEffect(() => {
    const el = scrollRef.current;
    const headEl = headRef.current;
    if (!el || !headEl) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setBox((b) => (b.left === el.scrollLeft && b.width === el.clientWidth ? b : { left: el.scrollLeft, width: el.clientWidth }));
    };
    const onScroll = () => {
      if (headEl.scrollLeft !== el.scrollLeft) headEl.scrollLeft = el.scrollLeft;
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const onHeadScroll = () => {
      if (el.scrollLeft !== headEl.scrollLeft) el.scrollLeft = headEl.scrollLeft;
    };
    measure();
    el.addEventListener('scroll', onScroll, { passive: true });
    headEl.addEventListener('scroll', onHeadScroll, { passive: true });
    const ro = new ResizeObserver(onScroll);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      headEl.removeEventListener('scroll', onHeadScroll);
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  const items = virtualizer.getVirtualItems();
  const columns = `${LABEL_WIDTH}px ${scale.width}px`;
  const win: GanttWindow = { rows: items.map((v) => rows.rows[v.index]!).filter(Boolean), ...xWindow(box.left, box.width, scale.width) };

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

  /** What the row labels and the bars both draw from. */
  const both = { rows, win, withBaseline, onOpen: openTask };
  return (
    <div className="gantt">
      {/* The date header sticks to the top of the main pane while the rows scroll under it. */}
      <div className="gantt-head-scroll" ref={headRef}>
        <div className="gantt-grid" style={{ gridTemplateColumns: columns, gridTemplateRows: `${head}px` }}>
          <div className="gantt-corner" aria-hidden="true">
            Task
          </div>
          <div className="gantt-head">
            <GanttHeader scale={scale} zoom={zoom} nonWorking={nonWorking} markers={markers} levels={levels} win={win} />
          </div>
        </div>
      </div>
      <div className="gantt-scroll" ref={scrollRef}>
        <div className="gantt-grid" ref={bodyRef} style={{ gridTemplateColumns: columns }}>
          <GanttRowLabels
            {...both}
            tabStop={tabStop}
            onFocusRow={focusRow}
            onBlurRows={() => setHasFocus(false)}
            scrollToRow={(taskId) => {
              const row = rows.byId.get(taskId);
              if (row) virtualizer.scrollToIndex(Math.round(row.top / ROW_HEIGHT), { align: 'auto' });
            }}
          />
          <div className="gantt-body">
            <GanttBody {...both} view={view} scale={scale} nonWorking={nonWorking} markers={markers} focusedId={hasFocus ? activeId : null} />
          </div>
        </div>
      </div>
      {outside.length > 0 ? <p className="gantt-note">{outside.join(' ')}</p> : null}
    </div>
  );
}
