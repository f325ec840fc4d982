/**
 * Every chosen market's milestones in one calendar: all-day events on the milestone's
 * scheduled (working) day, stable UIDs (the task id, as the timeline's own ICS uses, so a
 * calendar that imported either keeps one event), DTSTAMP and a growing SEQUENCE.
 */
import { addDays } from '../../../shared/domain/iso-date';
import { icsDate, icsFile, icsProperty, icsSequence, icsText, icsUtc } from '../../../shared/export/ics-text';
import type { LeadershipPackModel } from './leadership-model';

export const PACK_ICS_PRODID = '-//Landfall//Leadership pack//EN';

export function leadershipIcs(m: LeadershipPackModel): Buffer {
  const generated = new Date(m.generatedAt);
  const sequence = icsSequence(generated);
  const stamp = icsUtc(generated);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', icsProperty('PRODID', PACK_ICS_PRODID), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', icsProperty('X-WR-CALNAME', icsText(`Landfall portfolio milestones (as of ${m.asOf})`))];
  for (const p of m.markets) {
    for (const r of p.timeline.rows.filter((x) => x.milestone)) {
      lines.push(
        'BEGIN:VEVENT',
        icsProperty('UID', icsText(`${r.id}@landfall`)),
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${icsDate(r.finish)}`,
        `DTEND;VALUE=DATE:${icsDate(addDays(r.finish, 1))}`,
        icsProperty('SUMMARY', icsText(`${p.row.name}: ${r.title}`)),
        icsProperty('DESCRIPTION', icsText(`${p.timeline.market}. ${r.workstreamLabel}.${r.critical ? ' On the critical path.' : ''} Leadership pack as of ${m.asOf}.`)),
        icsProperty('CATEGORIES', ['Landfall', p.row.name].map(icsText).join(',')),
        'TRANSP:TRANSPARENT',
        `SEQUENCE:${sequence}`,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return Buffer.from(icsFile(lines), 'utf8');
}
