/**
 * Reading an MS Project XML (MSPDI) file into what a Landfall plan can hold: tasks
 * (name, workstream from the summary task above them, duration in working days,
 * percent complete, actual dates, start-no-earlier-than), links (FS, SS, FF with a lag
 * in working days) and the project calendar's non-working exceptions. Pure. Every
 * problem is reported with the line it is on and the task it concerns; errors stop an
 * import, warnings say what was adapted.
 */
import { isRealDate } from '../../../shared/domain/iso-date';
import type { DependencyType } from '../../../shared/domain/schedule';
import type { Workstream } from '../../../shared/requirements/pack-schema';
import type { MspdiIssue } from '../../../shared/mspdi-schema';
import { WORKSTREAM_LABELS } from '../../../shared/vocabulary/requirements';
import { LINK_TYPES_BY_CODE, MINUTES_PER_DAY, durationMinutes } from './mspdi-format';
import { childrenOf, parseXml, textOf, XmlError, type XmlElement } from './xml-read';
import type { TaskRecord } from '../repos/plan-repo';

/** A task as the file states it: the plan task's fields it carries, its UID and line, and its name. */
export interface MspdiTask extends Pick<TaskRecord, 'workstream' | 'owner' | 'durationDays' | 'percentComplete' | 'actualStart' | 'actualFinish' | 'startNoEarlierThan'> {
  uid: number;
  line: number;
  name: string;
  /** Marked as Landfall's end milestone by a Landfall export. */
  readinessMark: boolean;
}

export interface MspdiLink {
  predecessorUid: number;
  successorUid: number;
  type: DependencyType;
  lagDays: number;
  line: number;
}

export interface MspdiPlan {
  projectName: string | null;
  startDate: string | null;
  tasks: MspdiTask[];
  links: MspdiLink[];
  /** Days the project calendar's exceptions make non-working. */
  nonWorkingDates: string[];
  /** Weekend days of the file's working week (0 = Sunday), when it has one. */
  weekendDays: number[] | null;
  errors: MspdiIssue[];
  warnings: MspdiIssue[];
}

const MAX_TITLE = 300;
const MAX_TASKS = 5000;
const ELAPSED_FORMATS = new Set([4, 6, 8, 10, 12, 36, 38, 40, 42, 44]);
const LABEL_TO_WORKSTREAM = new Map(Object.entries(WORKSTREAM_LABELS).map(([k, v]) => [v.toLowerCase(), k as Workstream]));

/** The calendar date of an MSPDI dateTime (2027-03-01T08:00:00 -> 2027-03-01), or null. */
function dateOf(value: string | undefined): string | null | 'invalid' {
  if (value === undefined || value === '') return null;
  const d = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}(T|$)/.test(value) && isRealDate(d) ? d : 'invalid';
}

function workstreamOf(summaryName: string): Workstream | null {
  const key = summaryName.trim().toLowerCase();
  const exact = LABEL_TO_WORKSTREAM.get(key);
  if (exact) return exact;
  if (/regulat|legal|complian/.test(key)) return 'regulatory_legal';
  if (/infrastruct|technolog|\bit\b|system/.test(key)) return 'infrastructure_technology';
  if (/team|operation|people|staff/.test(key)) return 'team_operations';
  return null;
}

function* datesBetween(from: string, to: string): Generator<string> {
  let t = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let n = 0; t <= end && n < 3660; n++, t += 86_400_000) yield new Date(t).toISOString().slice(0, 10);
}

export function readMspdi(content: string): MspdiPlan {
  const plan: MspdiPlan = { projectName: null, startDate: null, tasks: [], links: [], nonWorkingDates: [], weekendDays: null, errors: [], warnings: [] };
  const error = (line: number | null, where: string, message: string) => void plan.errors.push({ line, where, message });
  const warn = (line: number | null, where: string, message: string) => void plan.warnings.push({ line, where, message });
  let root: XmlElement;
  try {
    root = parseXml(content);
  } catch (err) {
    if (err instanceof XmlError) error(err.line, 'file', `This is not well-formed XML: ${err.message.replace(/^line \d+, column \d+: /, '')} (column ${err.column}).`);
    else throw err;
    return plan;
  }
  if (root.local !== 'Project') {
    error(root.line, 'file', `This is not an MS Project XML file: its root element is <${root.name}>, not <Project>.`);
    return plan;
  }
  plan.projectName = textOf(root, 'Title') || textOf(root, 'Name') || null;
  const start = dateOf(textOf(root, 'StartDate'));
  if (start === 'invalid') error(root.line, 'Project StartDate', 'The project start date is not a date.');
  else plan.startDate = start;
  const perDayText = textOf(root, 'MinutesPerDay');
  const minutesPerDay = perDayText && Number(perDayText) > 0 ? Number(perDayText) : MINUTES_PER_DAY;

  // The project calendar: its working week and its non-working exceptions.
  const calendarUid = textOf(root, 'CalendarUID');
  const calendars = childrenOf(root.children.find((c) => c.local === 'Calendars'), 'Calendar');
  const calendar = calendars.find((c) => textOf(c, 'UID') === calendarUid) ?? calendars[0];
  if (calendar) {
    const off = new Set<string>();
    const addRange = (el: XmlElement, where: string) => {
      const period = el.children.find((c) => c.local === 'TimePeriod');
      const from = dateOf(textOf(period, 'FromDate'));
      const to = dateOf(textOf(period, 'ToDate'));
      if (from === 'invalid' || to === 'invalid' || !from || !to) return error(el.line, where, 'The exception has no valid FromDate and ToDate.');
      // An exception ending at midnight does not include that day.
      const toText = textOf(period, 'ToDate') ?? '';
      const last = /T00:00:00/.test(toText) && to > from ? new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : to;
      for (const d of datesBetween(from, last)) off.add(d);
    };
    const weekend: number[] = [];
    for (const wd of childrenOf(calendar.children.find((c) => c.local === 'WeekDays'), 'WeekDay')) {
      const type = Number(textOf(wd, 'DayType'));
      const working = textOf(wd, 'DayWorking') === '1';
      if (type >= 1 && type <= 7 && !working) weekend.push(type - 1);
      else if (type === 0 && !working) addRange(wd, 'Calendar exception');
      else if (type === 0 && working) warn(wd.line, 'Calendar exception', 'A working exception (an extra working day) cannot be kept: Landfall uses the market weekend.');
    }
    plan.weekendDays = weekend.sort();
    for (const ex of childrenOf(calendar.children.find((c) => c.local === 'Exceptions'), 'Exception')) {
      const name = textOf(ex, 'Name') ?? 'Calendar exception';
      if (textOf(ex, 'DayWorking') === '1') warn(ex.line, `Calendar exception "${name}"`, 'A working exception (an extra working day) cannot be kept: Landfall uses the market weekend.');
      else if ((textOf(ex, 'Type') ?? '1') === '1') addRange(ex, `Calendar exception "${name}"`);
      else warn(ex.line, `Calendar exception "${name}"`, 'A recurring exception is not imported; add those days as shutdown days if they matter.');
    }
    plan.nonWorkingDates = [...off].sort();
  }

  // Tasks, with the workstream of the summary task they sit under.
  const taskEls = childrenOf(root.children.find((c) => c.local === 'Tasks'), 'Task');
  if (taskEls.length > MAX_TASKS + 100) {
    error(null, 'Tasks', `The file has ${taskEls.length} tasks; a plan can hold at most ${MAX_TASKS}.`);
    return plan;
  }
  const summaries = new Map<number, { name: string; workstream: Workstream | null }>();
  const byUid = new Map<number, MspdiTask>();
  const stack: { level: number; workstream: Workstream | null; name: string }[] = [];
  const linkEls: { successorUid: number; el: XmlElement; where: string }[] = [];
  const unmapped = new Set<string>();
  for (const el of taskEls) {
    const uid = Number(textOf(el, 'UID'));
    const rawName = textOf(el, 'Name') ?? '';
    const where = `Task ${Number.isInteger(uid) ? `UID ${uid}` : '(no UID)'}${rawName ? ` "${rawName.slice(0, 60)}"` : ''}`;
    if (!Number.isInteger(uid)) {
      error(el.line, where, 'The task has no whole-number UID.');
      continue;
    }
    if (textOf(el, 'IsNull') === '1') continue;
    const level = Number(textOf(el, 'OutlineLevel') ?? '1');
    if (level === 0) continue; // the project summary task
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    if (textOf(el, 'Summary') === '1') {
      const ws = stack[0]?.workstream ?? workstreamOf(rawName);
      summaries.set(uid, { name: rawName, workstream: ws });
      stack.push({ level, workstream: ws, name: rawName });
      continue;
    }
    if (byUid.has(uid)) {
      error(el.line, where, `Another task already has UID ${uid}.`);
      continue;
    }
    if (!rawName) {
      error(el.line, where, 'The task has no name.');
      continue;
    }
    let name = rawName;
    if ([...name].length > MAX_TITLE) {
      name = [...name].slice(0, MAX_TITLE).join('');
      warn(el.line, where, `The name is cut to ${MAX_TITLE} characters.`);
    }
    const top = stack[0];
    let workstream: Workstream = 'team_operations';
    if (top?.workstream) workstream = top.workstream;
    else {
      const label = top ? `"${top.name}"` : 'no summary task';
      if (!unmapped.has(label)) {
        unmapped.add(label);
        warn(el.line, where, `Tasks under ${label} go to the workstream ${WORKSTREAM_LABELS.team_operations}.`);
      }
    }
    const durText = textOf(el, 'Duration') ?? 'PT0H0M0S';
    const minutes = durationMinutes(durText);
    let durationDays = 0;
    if (minutes === null || minutes < 0) error(el.line, `${where}, Duration`, `"${durText}" is not a duration.`);
    else {
      const days = minutes / minutesPerDay;
      durationDays = Math.round(days);
      if (Math.abs(days - durationDays) > 1e-6) warn(el.line, `${where}, Duration`, `${Math.round(days * 100) / 100} working days is rounded to ${durationDays}: Landfall plans in whole working days.`);
    }
    if (textOf(el, 'Milestone') === '1' && durationDays !== 0) warn(el.line, where, 'A milestone with a duration is imported as a task of that duration.');
    const pcText = textOf(el, 'PercentComplete') ?? '0';
    const percentComplete = Number(pcText);
    if (!Number.isInteger(percentComplete) || percentComplete < 0 || percentComplete > 100) error(el.line, `${where}, PercentComplete`, `"${pcText}" is not a whole percentage from 0 to 100.`);
    const dates: Record<string, string | null> = {};
    for (const field of ['ActualStart', 'ActualFinish', 'ConstraintDate'] as const) {
      const d = dateOf(textOf(el, field));
      if (d === 'invalid') error(el.line, `${where}, ${field}`, `"${textOf(el, field)}" is not a date.`);
      dates[field] = d === 'invalid' ? null : d;
    }
    const constraint = Number(textOf(el, 'ConstraintType') ?? '0');
    let startNoEarlierThan: string | null = null;
    if (constraint === 4 || constraint === 2) {
      startNoEarlierThan = dates.ConstraintDate ?? null;
      if (constraint === 2) warn(el.line, where, 'A "must start on" constraint is imported as "start no earlier than".');
    } else if (constraint !== 0 && constraint !== 1) warn(el.line, where, 'Its date constraint is not imported (Landfall keeps only "start no earlier than").');
    const task: MspdiTask = {
      uid,
      line: el.line,
      name,
      workstream,
      owner: (textOf(el, 'Contact') ?? '').slice(0, 200),
      durationDays,
      percentComplete: Number.isInteger(percentComplete) ? percentComplete : 0,
      actualStart: dates.ActualStart ?? null,
      actualFinish: dates.ActualFinish ?? null,
      startNoEarlierThan,
      readinessMark: /Landfall: operational readiness milestone/.test(textOf(el, 'Notes') ?? ''),
    };
    byUid.set(uid, task);
    plan.tasks.push(task);
    for (const link of childrenOf(el, 'PredecessorLink')) linkEls.push({ successorUid: uid, el: link, where });
  }
  if (plan.tasks.length === 0 && plan.errors.length === 0) error(null, 'Tasks', 'The file has no tasks to import.');
  if (plan.tasks.length > MAX_TASKS) error(null, 'Tasks', `The file has ${plan.tasks.length} tasks; a plan can hold at most ${MAX_TASKS}.`);

  const seen = new Set<string>();
  for (const { successorUid, el, where } of linkEls) {
    const predText = textOf(el, 'PredecessorUID') ?? '';
    const predUid = Number(predText);
    const at = `${where}, PredecessorLink to UID ${predText || '?'}`;
    if (textOf(el, 'CrossProject') === '1') {
      error(el.line, at, 'A link to another project cannot be imported.');
      continue;
    }
    if (summaries.has(predUid)) {
      error(el.line, at, `The predecessor is the summary task "${summaries.get(predUid)!.name}"; link its tasks instead.`);
      continue;
    }
    if (!byUid.has(predUid)) {
      error(el.line, at, 'No task in the file has that UID.');
      continue;
    }
    const code = Number(textOf(el, 'Type') ?? '1');
    const type = LINK_TYPES_BY_CODE[code];
    if (!type) {
      error(el.line, `${at}, Type`, `"${textOf(el, 'Type')}" is not a link type (0 = FF, 1 = FS, 2 = SF, 3 = SS).`);
      continue;
    }
    if (type === 'SF') {
      error(el.line, `${at}, Type`, 'Start-to-finish links are not supported in Landfall plans; change it to finish-to-start or remove it.');
      continue;
    }
    const lagText = textOf(el, 'LinkLag') ?? '0';
    const lag = Number(lagText);
    if (!Number.isFinite(lag)) {
      error(el.line, `${at}, LinkLag`, `"${lagText}" is not a number.`);
      continue;
    }
    const days = lag / (minutesPerDay * 10);
    const lagDays = Math.round(days);
    if (Math.abs(days - lagDays) > 1e-6) warn(el.line, `${at}, LinkLag`, `A lag of ${Math.round(days * 100) / 100} working days is rounded to ${lagDays}.`);
    if (ELAPSED_FORMATS.has(Number(textOf(el, 'LagFormat')))) warn(el.line, `${at}, LagFormat`, 'An elapsed-time lag is counted in working days.');
    const key = `${predUid}>${successorUid}`;
    if (seen.has(key)) {
      warn(el.line, at, 'A second link between the same two tasks is left out.');
      continue;
    }
    seen.add(key);
    plan.links.push({ predecessorUid: predUid, successorUid, type, lagDays, line: el.line });
  }
  return plan;
}
