/**
 * Milestones (and optionally each task's finish) as all-day calendar events. UIDs are
 * stable (the task id), so importing a newer export updates the events instead of
 * adding copies; SEQUENCE grows with the export time so calendars take the update.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { TimelineExportModel } from './timeline-model';
import { addDays } from '../../../shared/domain/iso-date';

function dateArray(d: string): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

export function timelineIcs(model: TimelineExportModel, opts: { includeTaskFinishes: boolean }): Buffer {
  const sequence = Math.floor(new Date(model.generatedAt).getTime() / 1000) % 2_000_000_000;
  const events: EventAttributes[] = [];
  for (const r of model.rows) {
    if (!r.milestone && !opts.includeTaskFinishes) continue;
    const title = r.milestone ? `${model.entryName}: ${r.title}` : `${model.entryName}: ${r.title} (finish)`;
    events.push({
      uid: `${r.id}${r.milestone ? '' : '-finish'}@landfall`,
      title,
      description: `${model.market}. ${r.workstreamLabel}.${r.critical ? ' On the critical path.' : ''} Exported from Landfall on ${model.generatedOn}.`,
      start: dateArray(r.finish),
      end: dateArray(addDays(r.finish, 1)),
      productId: 'landfall/readiness-timeline',
      sequence,
      transp: 'TRANSPARENT',
      categories: ['Landfall', r.workstreamLabel],
    });
  }
  if (events.length === 0) {
    return Buffer.from(
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:landfall/readiness-timeline', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${model.entryName} (empty plan)`, 'END:VCALENDAR', ''].join('\r\n'),
      'utf8',
    );
  }
  const { error, value } = createEvents(events, { calName: `${model.entryName} readiness` });
  if (error || !value) throw new Error(`The calendar file could not be written: ${error?.message ?? 'unknown error'}`);
  return Buffer.from(value, 'utf8');
}
