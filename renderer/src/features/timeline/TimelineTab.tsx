import { useEffect, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { plural } from '../../lib/format-date';
import { useTimeline } from '../../stores/timeline-store';
// The tab's stylesheets in cascade order, before its parts import the ones they draw with.
import './forecast.css';
import './gantt.css';
import './gantt-svg.css';
import './task-table.css';
import './task-dialogs.css';
import './calendar.css';
import { CalendarDriftReview } from './CalendarDriftReview';
import { CalendarSection } from './CalendarSection';
import { ForecastHeader } from './ForecastHeader';
import { GanttChart } from './GanttChart';
import { GanttLegend } from './GanttLegend';
import { MspdiImportDialog } from './MspdiImportDialog';
import { MspdiImportError } from './MspdiImportError';
import { SyncReview } from './SyncReview';
import { TaskEditorDialog } from './TaskEditorDialog';
import { TaskTable } from './TaskTable';
import { ZoomToggle } from './ZoomToggle';

/**
 * The entry's 90-day readiness plan: the forecast against the target, the Gantt chart,
 * the task list to edit it, and the working calendar it is scheduled on.
 */
export function TimelineTab({ entryId, forecastExtra }: { entryId: string; forecastExtra?: (refreshKey: string) => ReactNode }) {
  const load = useTimeline((s) => s.load);
  const view = useTimeline((s) => (s.entryId === entryId ? s.view : null));
  const error = useTimeline((s) => (s.entryId === entryId ? s.error : null));
  const actionError = useTimeline((s) => s.actionError);
  const setActionError = useTimeline((s) => s.setActionError);
  const actionStale = useTimeline((s) => s.actionStale);
  const hideBaseline = useTimeline((s) => s.hideBaseline);

  useEffect(() => {
    void load(entryId);
  }, [entryId, load]);

  if (!view) {
    return (
      <div className="timeline-tab">
        <ErrorAlert message={error} />
        {error ? null : <p className="loading">Loading the readiness plan…</p>}
      </div>
    );
  }

  const withBaseline = !hideBaseline && view.baselineId !== null;
  const taskCount = view.tasks.filter((t) => !t.isReadiness).length;

  return (
    <div className="timeline-tab">
      <ForecastHeader view={view} extra={forecastExtra?.(`${view.forecastFinish}:${view.statusDate}:${view.tasks.length}:${view.tasks.map((t) => t.durationDays + t.percentComplete).join(',')}`)} />
      <MspdiImportError />
      <SyncReview />
      <CalendarDriftReview />
      <section className="panel panel-flush gantt-panel" aria-labelledby="gantt-title">
        <div className="panel-header gantt-panel-header">
          <div>
            <h2 id="gantt-title" className="panel-title">
              Schedule
            </h2>
            <p className="table-count">Select a row or a bar to edit the task.</p>
          </div>
          <ZoomToggle />
        </div>
        <GanttLegend withBaseline={withBaseline} />
        <GanttChart view={view} withBaseline={withBaseline} />
      </section>
      <section className="panel panel-flush task-panel" aria-labelledby="task-list-title">
        <div className="panel-header">
          <div>
            <h2 id="task-list-title" className="panel-title">
              Tasks
            </h2>
            <p className="table-count">{plural(taskCount, 'task')} and the readiness milestone · durations in business days</p>
          </div>
        </div>
        {actionError ? (
          <div className="task-panel-alert">
            <ErrorAlert
              message={actionError}
              onReload={
                actionStale
                  ? () => {
                      setActionError(null);
                      void useTimeline.getState().reload();
                    }
                  : undefined
              }
            />
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setActionError(null)}>
              Dismiss
            </button>
          </div>
        ) : null}
        <TaskTable tasks={view.tasks} withBaseline={withBaseline} />
      </section>
      <CalendarSection view={view} />
      <TaskEditorDialog />
      <MspdiImportDialog />
    </div>
  );
}
