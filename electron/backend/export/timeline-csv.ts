/**
 * The task list as CSV: UTF-8 (with a byte-order mark, so spreadsheet programs read
 * the accents right), a header row, dates as YYYY-MM-DD, RFC 4180 quoting.
 */
import type { TimelineExportModel } from './timeline-model';

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

function cell(v: string | number | boolean | null): string {
  const s = v === null ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
  // Neutralise spreadsheet formulas in user text (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function timelineCsv(model: TimelineExportModel): Buffer {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of model.rows) {
    lines.push(
      [r.title, r.workstreamLabel, r.owner, r.durationDays, r.percentComplete, r.start, r.finish, r.slackDays, r.critical, r.milestone, r.predecessors, r.baselineFinish, r.slipDays]
        .map(cell)
        .join(','),
    );
  }
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}
