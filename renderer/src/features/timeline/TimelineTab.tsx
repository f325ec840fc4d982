import { useEffect, type ReactNode } from 'react';
import { ActionErrorAlert } from '../../components/ActionErrorAlert';
import { ImportErrorAlert } from '../../components/ImportErrorAlert';
import { Panel } from '../../components/Section';
import { TabPending } from '../../components/TabPending';
import { plural } from '../../lib/format-date';
import { useMspdiImport } from '../../stores/mspdi-import-store';
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
  const hideBaseline = useTimeline((s) => s.hideBaseline);
  const importError = useMspdiImport((s) => s.error);
  const dismissImportError = useMspdiImport((s) => s.dismissError);

  useEffect(() => {
    void load(entryId);
  }, [entryId, load]);

  if (!view) return <TabPending className="timeline-tab" error={error} loading="Loading the readiness plan…" />;

  const withBaseline = !hideBaseline && view.baselineId !== null;
  const taskCount = view.tasks.filter((t) => !t.isReadiness).length;

  return (
    <div className="timeline-tab">
      <ForecastHeader view={view} extra={forecastExtra?.(`${view.forecastFinish}:${view.statusDate}:${view.tasks.length}:${view.tasks.map((t) => t.durationDays + t.percentComplete).join(',')}`)} />
      <ImportErrorAlert title="The MS Project file was not imported; the plan is unchanged." message={importError} onDismiss={dismissImportError} />
      <SyncReview />
      <CalendarDriftReview />
      <Panel
        id="gantt-title"
        title="Schedule"
        className="panel-flush gantt-panel"
        head={{ className: 'panel-header gantt-panel-header', subtitle: <p className="table-count">Select a row or a bar to edit the task.</p>, actions: <ZoomToggle /> }}
      >
        <GanttLegend withBaseline={withBaseline} />
        <GanttChart view={view} withBaseline={withBaseline} />
      </Panel>
      <Panel
        id="task-list-title"
        title="Tasks"
        className="panel-flush task-panel"
        head={{ className: 'panel-header', subtitle: <p className="table-count">{plural(taskCount, 'task')} and the readiness milestone · durations in business days</p> }}
      >
        <ActionErrorAlert store={useTimeline} dismissClassName="task-panel-alert" />
        <TaskTable tasks={view.tasks} withBaseline={withBaseline} />
      </Panel>
      <CalendarSection view={view} />
      <TaskEditorDialog />
      <MspdiImportDialog />
    </div>
  );
}
