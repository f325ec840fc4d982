/**
 * Milestones (and optionally each task's finish) as all-day calendar events. UIDs are
 * stable (the task id), so importing a newer export updates the events instead of
 * adding copies; SEQUENCE grows with the export time so calendars take the update.
 * Written line by line (shared/export/ics-text.ts): escaped TEXT, lines folded at 75
 * octets, DTSTAMP on every event, so strict parsers accept it.
 */
import type { TimelineExportModel } from './timeline-model';
import { addDays } from '../../../shared/domain/iso-date';
import { icsDate, icsFile, icsProperty, icsSequence, icsText, icsUtc } from '../../../shared/export/ics-text';

export const ICS_PRODID = '-//Landfall//Readiness timeline//EN';

export function timelineIcs(model: TimelineExportModel, opts: { includeTaskFinishes: boolean }): Buffer {
  const generated = new Date(model.generatedAt);
  const sequence = icsSequence(generated);
  const stamp = icsUtc(generated);
  const events = model.rows.filter((r) => r.milestone || opts.includeTaskFinishes);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    icsProperty('PRODID', ICS_PRODID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    icsProperty('X-WR-CALNAME', icsText(`${model.entryName} readiness${events.length === 0 ? ' (empty plan)' : ''}`)),
  ];
  for (const r of events) {
    const title = r.milestone ? `${model.entryName}: ${r.title}` : `${model.entryName}: ${r.title} (finish)`;
    lines.push(
      'BEGIN:VEVENT',
      icsProperty('UID', icsText(`${r.id}${r.milestone ? '' : '-finish'}@landfall`)),
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(r.finish)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(r.finish, 1))}`,
      icsProperty('SUMMARY', icsText(title)),
      icsProperty('DESCRIPTION', icsText(`${model.market}. ${r.workstreamLabel}.${r.critical ? ' On the critical path.' : ''} Exported from Landfall on ${model.generatedOn}.`)),
      icsProperty('CATEGORIES', ['Landfall', r.workstreamLabel].map(icsText).join(',')),
      'TRANSP:TRANSPARENT',
      `SEQUENCE:${sequence}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return Buffer.from(icsFile(lines), 'utf8');
}
