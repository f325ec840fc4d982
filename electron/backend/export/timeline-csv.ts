/**
 * The task list as CSV (see csv.ts): a header row, dates as YYYY-MM-DD.
 */
import type { TimelineExportModel } from './timeline-model';
import { csvFile, csvRow } from './csv';

export const CSV_COLUMNS = [
  'Task',
  'Workstream',
  'Owner',
  'Duration (business days)',
  'Percent complete',
  'Start',
  'Finish',
  'Slack (business days)',
  'Critical',
  'Milestone',
  'Predecessors',
  'Baseline finish',
  'Slip (business days)',
] as const;

export function timelineCsv(model: TimelineExportModel): Buffer {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of model.rows) {
    lines.push(
      csvRow([r.title, r.workstreamLabel, r.owner, r.durationDays, r.percentComplete, r.start, r.finish, r.slackDays, r.critical, r.milestone, r.predecessors, r.baselineFinish, r.slipDays]),
    );
  }
  return csvFile(lines);
}
