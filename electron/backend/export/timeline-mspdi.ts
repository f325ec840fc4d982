/**
 * The plan as MS Project XML (MSPDI, the interchange format of mspdi_pj12.xsd): one
 * project calendar for the market (its working week, and each public holiday, shutdown
 * day or weekend-rule change as an exception), the workstreams as summary tasks with the
 * plan's tasks under them (durations in working days, start and finish, percent
 * complete, actual dates, milestones, start-no-earlier-than as a constraint,
 * predecessor links with type and lag) and baseline 0 when a baseline is chosen.
 * Elements are written in the schema's order. Written with xmlbuilder2.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { WorkCalendar } from '../../../shared/domain/calendar';
import { businessDaysBetween, holidayOn, isWeekend, weekendDaysOn } from '../../../shared/domain/business-days';
import { eachDay } from '../../../shared/domain/iso-date';
import { WORKSTREAM_LABELS } from '../../../shared/vocabulary/requirements';
import type { TimelineExportModel, TimelineRow } from './timeline-model';
import {
  DAY_END,
  DAY_START,
  FORMAT_DAYS,
  LINK_TYPE_CODES,
  MAX_CALENDAR_NAME,
  MINUTES_PER_DAY,
  MSPDI_NS,
  WORKING_TIMES,
  durationOfDays,
  lagOfDays,
} from './mspdi-format';

const CALENDAR_UID = 1;
const ORDER = ['regulatory_legal', 'infrastructure_technology', 'team_operations'] as const;
const b = (v: boolean) => (v ? '1' : '0');
const startOf = (d: string) => `${d}T${DAY_START}`;
const finishOf = (d: string) => `${d}T${DAY_END}`;

export function calendarName(market: string): string {
  const name = `Landfall ${market}`;
  return [...name].length <= MAX_CALENDAR_NAME ? name : `${[...name].slice(0, MAX_CALENDAR_NAME - 1).join('')}…`;
}

function workCalendar(m: TimelineExportModel): WorkCalendar {
  return { country: m.calendar.country, weekends: m.calendar.weekendDays, holidays: m.calendar.holidays, shutdowns: m.calendar.shutdowns };
}

interface CalendarException {
  date: string;
  name: string;
  working: boolean;
}

/** Days that differ from the plain working week: holidays, shutdowns, and days a later weekend rule changes. */
function exceptions(m: TimelineExportModel, cal: WorkCalendar, baseWeekend: number[]): CalendarException[] {
  const shutdowns = new Set(m.calendar.shutdowns);
  const out: CalendarException[] = [];
  for (const d of eachDay(m.calendar.from, m.calendar.to)) {
    const weekendNow = isWeekend(cal, d);
    const weekendInBase = baseWeekend.includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    const h = holidayOn(cal, d);
    if (h && !weekendNow) out.push({ date: d, name: h.estimated ? `${h.name} (estimated)` : h.name, working: false });
    else if (shutdowns.has(d) && !weekendNow) out.push({ date: d, name: 'Company shutdown', working: false });
    else if (weekendNow && !weekendInBase) out.push({ date: d, name: 'Weekend', working: false });
    else if (!weekendNow && weekendInBase) out.push({ date: d, name: 'Working day (weekend rule changed)', working: true });
  }
  return out;
}

function workingTimes(parent: XMLBuilder): void {
  const wt = parent.ele('WorkingTimes');
  for (const [from, to] of WORKING_TIMES) wt.ele('WorkingTime').ele('FromTime').txt(from).up().ele('ToTime').txt(to);
}

function writeCalendar(project: XMLBuilder, m: TimelineExportModel): number {
  const cal = workCalendar(m);
  const baseWeekend = weekendDaysOn(cal, m.projectStart);
  const c = project.ele('Calendars').ele('Calendar');
  c.ele('UID').txt(String(CALENDAR_UID));
  c.ele('Name').txt(calendarName(m.market));
  c.ele('IsBaseCalendar').txt('1');
  c.ele('BaseCalendarUID').txt('-1');
  const weekDays = c.ele('WeekDays');
  for (let day = 0; day < 7; day++) {
    const w = weekDays.ele('WeekDay');
    const working = !baseWeekend.includes(day);
    w.ele('DayType').txt(String(day + 1)); // 1 = Sunday … 7 = Saturday
    w.ele('DayWorking').txt(b(working));
    if (working) workingTimes(w);
  }
  const list = exceptions(m, cal, baseWeekend);
  // Project 2003 and the tools that read its files (GNOME Planner, MPXJ) take exceptions as WeekDay entries of DayType 0 …
  for (const e of list) {
    const w = weekDays.ele('WeekDay');
    w.ele('DayType').txt('0');
    w.ele('DayWorking').txt(b(e.working));
    w.ele('TimePeriod').ele('FromDate').txt(`${e.date}T00:00:00`).up().ele('ToDate').txt(`${e.date}T23:59:00`);
    if (e.working) workingTimes(w);
  }
  // … Project 2007 and later from Exceptions, with their names.
  if (list.length > 0) {
    const ex = c.ele('Exceptions');
    for (const e of list) {
      const x = ex.ele('Exception');
      x.ele('EnteredByOccurrences').txt('0');
      x.ele('TimePeriod').ele('FromDate').txt(`${e.date}T00:00:00`).up().ele('ToDate').txt(`${e.date}T23:59:00`);
      x.ele('Occurrences').txt('1');
      x.ele('Name').txt(e.name);
      x.ele('Type').txt('1');
      x.ele('DayWorking').txt(b(e.working));
      if (e.working) workingTimes(x);
    }
  }
  return 7 - baseWeekend.length;
}

interface OutlineTask {
  uid: number;
  name: string;
  level: number;
  outline: string;
  summary: boolean;
  row: TimelineRow | null;
  start: string;
  finish: string;
  durationDays: number;
  critical: boolean;
  percent: number;
}

function outline(m: TimelineExportModel, cal: WorkCalendar): OutlineTask[] {
  const out: OutlineTask[] = [];
  let uid = 1;
  let top = 0;
  for (const ws of ORDER) {
    const rows = m.rows.filter((r) => r.workstream === ws);
    if (rows.length === 0) continue;
    top++;
    const start = rows.map((r) => r.start).sort()[0]!;
    const finish = rows.map((r) => r.finish).sort().at(-1)!;
    const total = rows.reduce((a, r) => a + r.durationDays, 0);
    const done = rows.reduce((a, r) => a + (r.durationDays * r.percentComplete) / 100, 0);
    out.push({
      uid: uid++,
      name: WORKSTREAM_LABELS[ws],
      level: 1,
      outline: String(top),
      summary: true,
      row: null,
      start,
      finish,
      durationDays: businessDaysBetween(cal, start, finish),
      critical: rows.some((r) => r.critical),
      percent: total > 0 ? Math.round((done / total) * 100) : 0,
    });
    rows.forEach((r, i) => {
      out.push({ uid: uid++, name: r.title, level: 2, outline: `${top}.${i + 1}`, summary: false, row: r, start: r.start, finish: r.finish, durationDays: r.durationDays, critical: r.critical, percent: r.percentComplete });
    });
  }
  return out;
}

export function timelineMspdi(m: TimelineExportModel): Buffer {
  const cal = workCalendar(m);
  const doc = create({ version: '1.0', encoding: 'UTF-8', standalone: true });
  const p = doc.ele(MSPDI_NS, 'Project');
  p.ele('SaveVersion').txt('12');
  p.ele('Name').txt(`${m.entryName}.xml`.slice(0, 255));
  p.ele('Title').txt(`${m.entryName} — readiness plan`.slice(0, 512));
  p.ele('Subject').txt(`Readiness plan for ${m.market}`.slice(0, 512));
  p.ele('Author').txt('Landfall');
  p.ele('CreationDate').txt(m.generatedAt.slice(0, 19));
  p.ele('ScheduleFromStart').txt('1');
  p.ele('StartDate').txt(startOf(m.projectStart));
  p.ele('FinishDate').txt(finishOf(m.forecastFinish));
  p.ele('CurrencyCode').txt('USD');
  p.ele('CalendarUID').txt(String(CALENDAR_UID));
  p.ele('DefaultStartTime').txt(DAY_START);
  p.ele('DefaultFinishTime').txt(DAY_END);
  p.ele('MinutesPerDay').txt(String(MINUTES_PER_DAY));
  // The working week is known only once the calendar is written; MinutesPerWeek sits before Calendars in the schema.
  const perWeek = p.ele('MinutesPerWeek');
  p.ele('DaysPerMonth').txt('20');
  p.ele('DurationFormat').txt(String(FORMAT_DAYS));
  p.ele('HonorConstraints').txt('1');
  p.ele('MultipleCriticalPaths').txt('1');
  p.ele('StatusDate').txt(finishOf(m.statusDate));
  p.ele('CurrentDate').txt(m.generatedAt.slice(0, 19));
  const workingDays = writeCalendar(p, m);
  perWeek.txt(String(workingDays * MINUTES_PER_DAY));

  const tasks = p.ele('Tasks');
  const list = outline(m, cal);
  const uidOf = new Map(list.filter((t) => t.row).map((t) => [t.row!.id, t.uid]));
  list.forEach((t, i) => {
    const r = t.row;
    const x = tasks.ele('Task');
    x.ele('UID').txt(String(t.uid));
    x.ele('ID').txt(String(i + 1));
    x.ele('Name').txt(t.name.slice(0, 512));
    x.ele('Type').txt('1'); // fixed duration
    x.ele('IsNull').txt('0');
    if (r?.owner) x.ele('Contact').txt(r.owner.slice(0, 512));
    x.ele('WBS').txt(t.outline);
    x.ele('OutlineNumber').txt(t.outline);
    x.ele('OutlineLevel').txt(String(t.level));
    x.ele('Priority').txt('500');
    x.ele('Start').txt(startOf(t.start));
    x.ele('Finish').txt(t.durationDays === 0 ? startOf(t.finish) : finishOf(t.finish));
    x.ele('Duration').txt(durationOfDays(t.durationDays));
    x.ele('DurationFormat').txt(String(FORMAT_DAYS));
    x.ele('EffortDriven').txt('0');
    x.ele('Recurring').txt('0');
    x.ele('OverAllocated').txt('0');
    x.ele('Estimated').txt('0');
    x.ele('Milestone').txt(b(!t.summary && t.durationDays === 0));
    x.ele('Summary').txt(b(t.summary));
    x.ele('Critical').txt(b(t.critical));
    x.ele('IsSubproject').txt('0');
    x.ele('IsSubprojectReadOnly').txt('0');
    x.ele('ExternalTask').txt('0');
    if (r) x.ele('TotalSlack').txt(String(lagOfDays(r.slackDays)));
    x.ele('PercentComplete').txt(String(Math.round(t.percent)));
    if (r?.actualStart) x.ele('ActualStart').txt(startOf(r.actualStart));
    if (r?.actualFinish) x.ele('ActualFinish').txt(r.durationDays === 0 ? startOf(r.actualFinish) : finishOf(r.actualFinish));
    if (r) x.ele('RemainingDuration').txt(durationOfDays(r.remainingDays));
    const snet = r?.startNoEarlierThan ?? null;
    x.ele('ConstraintType').txt(snet ? '4' : '0'); // 4 = start no earlier than, 0 = as soon as possible
    x.ele('CalendarUID').txt('-1');
    if (snet) x.ele('ConstraintDate').txt(startOf(snet));
    if (r?.isReadiness) x.ele('Notes').txt('Landfall: operational readiness milestone (the end of the plan).');
    for (const l of r?.links ?? []) {
      const link = x.ele('PredecessorLink');
      link.ele('PredecessorUID').txt(String(uidOf.get(l.predecessorId)));
      link.ele('Type').txt(String(LINK_TYPE_CODES[l.type]));
      link.ele('CrossProject').txt('0');
      link.ele('LinkLag').txt(String(lagOfDays(l.lagDays)));
      link.ele('LagFormat').txt(String(FORMAT_DAYS));
    }
    if (r?.baselineStart && r.baselineFinish) {
      const bl = x.ele('Baseline');
      bl.ele('Number').txt('0');
      bl.ele('Start').txt(startOf(r.baselineStart));
      bl.ele('Finish').txt(r.durationDays === 0 ? startOf(r.baselineFinish) : finishOf(r.baselineFinish));
      bl.ele('Duration').txt(durationOfDays(r.durationDays === 0 ? 0 : businessDaysBetween(cal, r.baselineStart, r.baselineFinish)));
      bl.ele('DurationFormat').txt(String(FORMAT_DAYS));
      bl.ele('EstimatedDuration').txt('0');
    }
  });
  return Buffer.from(doc.end({ prettyPrint: true }), 'utf8');
}
