/**
 * The Gantt's geometry: the date range and scale, lanes and rows, bars, month and week
 * marks, non-working days and dependency arrows, computed from a plan.
 */
import { describe, expect, it } from 'vitest';
import {
  barOf,
  baselineBarOf,
  dependencyPath,
  ganttRows,
  ganttScale,
  inRange,
  monthSegments,
  nonWorkingDays,
  nonWorkingTitle,
  orderTasks,
  weekStarts,
  workCalendarOf,
  xOf,
  type BarGeometry,
} from '../../../renderer/src/features/timeline/gantt-layout';
import { planView, task, TASKS } from './plan-fixture';

const view = planView();
const weeks = ganttScale(view, '2027-03-10', 'week', false);

describe('ganttScale', () => {
  it('runs from the Monday before the first day to the Sunday a week past the target, in whole weeks', () => {
    expect(weeks).toEqual({ from: '2027-02-22', to: '2027-06-06', dayCount: 105, dayWidth: 7, width: 735 });
    expect(ganttScale(view, '2027-03-10', 'day', false)).toMatchObject({ from: '2027-02-22', to: '2027-06-06', dayWidth: 24, width: 105 * 24 });
  });

  it('widens for today only when it is within three weeks of the plan', () => {
    expect(ganttScale(view, '2027-02-10', 'week', false).from).toBe('2027-02-01');
    expect(ganttScale(view, '2027-01-01', 'week', false).from).toBe('2027-02-22');
    expect(ganttScale(view, '2027-06-15', 'week', false).to).toBe('2027-06-27');
    expect(ganttScale(view, '2027-09-01', 'week', false).to).toBe('2027-06-06');
  });

  it('takes baseline dates in only when the baseline is shown', () => {
    const early = planView({ tasks: [task('t-b', 'Bank account', 'team_operations', '2027-03-01', '2027-03-05', { baseline: { start: '2027-02-08', finish: '2027-02-12', finishSlipDays: 15 } })] });
    expect(ganttScale(early, '2027-03-10', 'week', true).from).toBe('2027-02-01');
    expect(ganttScale(early, '2027-03-10', 'week', false).from).toBe('2027-02-22');
  });

  it('places a day by its left edge and knows what is inside', () => {
    expect(xOf(weeks, '2027-02-22')).toBe(0);
    expect(xOf(weeks, '2027-03-01')).toBe(49);
    expect(inRange(weeks, '2027-06-06')).toBe(true);
    expect(inRange(weeks, '2027-06-07')).toBe(false);
    expect(inRange(weeks, '2027-02-21')).toBe(false);
  });
});

describe('rows', () => {
  it('orders tasks by lane, then start, with the readiness milestone last', () => {
    expect(orderTasks(view.tasks).map((t) => t.id)).toEqual(['t-register', 't-dpo', 't-hosting', 't-hiring', 't-ready']);
  });

  it('keeps plan order for tasks with the same dates', () => {
    const a = task('a', 'A', 'regulatory_legal', '2027-03-01', '2027-03-05');
    const b = task('b', 'B', 'regulatory_legal', '2027-03-01', '2027-03-05');
    expect(orderTasks([b, a]).map((t) => t.id)).toEqual(['b', 'a']);
  });

  it('puts one lane header per non-empty workstream, 32 px rows, and the milestone in the last lane', () => {
    const { rows, tasks, byId, height } = ganttRows(view.tasks);
    expect(rows.map((r) => (r.kind === 'lane' ? `lane ${r.workstream} (${r.count})` : r.task.id))).toEqual([
      'lane regulatory_legal (2)',
      't-register',
      't-dpo',
      'lane infrastructure_technology (1)',
      't-hosting',
      'lane team_operations (1)',
      't-hiring',
      't-ready',
    ]);
    expect(rows.map((r) => r.top)).toEqual([0, 32, 64, 96, 128, 160, 192, 224]);
    expect(height).toBe(256);
    expect(tasks.map((t) => t.index)).toEqual([0, 1, 2, 3, 4]);
    expect(byId.get('t-hosting')?.top).toBe(128);
  });

  it('leaves an empty workstream out and still ends with the milestone', () => {
    const { rows } = ganttRows([TASKS.readiness, TASKS.register]);
    expect(rows.map((r) => (r.kind === 'lane' ? r.workstream : r.task.id))).toEqual(['regulatory_legal', 't-register', 't-ready']);
  });
});

describe('bars', () => {
  const { byId } = ganttRows(view.tasks);

  it('spans a task from its first to its last day', () => {
    expect(barOf(weeks, byId.get('t-register')!)).toEqual({ x: 49, width: 84, y: 39, height: 14, cy: 48, milestone: false });
  });

  it('draws a milestone as a diamond centred on its day', () => {
    expect(barOf(weeks, byId.get('t-ready')!)).toEqual({ x: 290.5, width: 14, y: 233, height: 14, cy: 240, milestone: true });
  });

  it('is at least one day wide', () => {
    const oneDay = ganttRows([task('x', 'One day', 'regulatory_legal', '2027-03-01', '2027-03-01', { durationDays: 1 })]).tasks[0]!;
    expect(barOf(weeks, oneDay).width).toBe(7);
  });

  it('draws the baseline under the bar, only when there is one', () => {
    const slipped = task('s', 'Slipped', 'regulatory_legal', '2027-03-08', '2027-03-12', { baseline: { start: '2027-03-01', finish: '2027-03-05', finishSlipDays: 5 } });
    const row = ganttRows([slipped]).tasks[0]!;
    expect(baselineBarOf(weeks, row)).toEqual({ x: 49, width: 35, y: row.top + 24 });
    expect(baselineBarOf(weeks, byId.get('t-register')!)).toBeNull();
  });
});

describe('date marks', () => {
  it('labels each month as wide as it has room for', () => {
    expect(monthSegments(weeks)).toEqual([
      { key: '2027-02-22', x: 0, width: 49, label: 'Feb' },
      { key: '2027-03-01', x: 49, width: 217, label: 'March 2027' },
      { key: '2027-04-01', x: 266, width: 210, label: 'April 2027' },
      { key: '2027-05-01', x: 476, width: 217, label: 'May 2027' },
      { key: '2027-06-01', x: 693, width: 42, label: 'Jun' },
    ]);
  });

  it('lists every Monday in the range', () => {
    const mondays = weekStarts(weeks);
    expect(mondays).toHaveLength(15);
    expect(mondays[0]).toBe('2027-02-22');
    expect(mondays[14]).toBe('2027-05-31');
  });
});

describe('non-working days', () => {
  const days = nonWorkingDays(workCalendarOf(view), weeks);

  it('shades weekends, public holidays and shutdown days, each with its cause', () => {
    expect(days.filter((d) => d.weekend)).toHaveLength(30);
    expect(days.filter((d) => !d.weekend).map((d) => d.date)).toEqual(['2027-03-26', '2027-03-29', '2027-04-02']);
    expect(days.find((d) => d.date === '2027-04-02')).toEqual({ date: '2027-04-02', weekend: false, holiday: undefined, shutdown: true });
  });

  it('says what a shaded day is when hovered', () => {
    expect(nonWorkingTitle(days.find((d) => d.date === '2027-03-26')!)).toBe('Good Friday (public holiday), Fri 26 Mar 2027');
    expect(nonWorkingTitle(days.find((d) => d.date === '2027-04-02')!)).toBe('Company shutdown, Fri 2 Apr 2027');
    expect(nonWorkingTitle({ date: '2027-03-06', weekend: true, holiday: { date: '2027-03-06', name: 'Eid al-Fitr', estimated: true }, shutdown: true })).toBe(
      'Eid al-Fitr (public holiday, estimated date) · Company shutdown · Weekend, Sat 6 Mar 2027',
    );
  });
});

describe('dependencyPath', () => {
  const pred: BarGeometry = { x: 49, width: 84, y: 39, height: 14, cy: 48, milestone: false };
  const later: BarGeometry = { x: 200, width: 50, y: 103, height: 14, cy: 112, milestone: false };
  const earlier: BarGeometry = { ...later, x: 100 };

  it('goes straight from the finish to a later start (FS)', () => {
    expect(dependencyPath('FS', pred, later)).toBe('M133,48 H139 V112 H200');
  });

  it('steps round the rows when the successor starts before the predecessor ends', () => {
    expect(dependencyPath('FS', pred, earlier)).toBe('M133,48 H139 V96 H94 V112 H100');
  });

  it('leaves from the start for SS and arrives at the finish for FF', () => {
    expect(dependencyPath('SS', pred, later)).toBe('M49,48 H43 V112 H200');
    expect(dependencyPath('FF', pred, { ...later, x: 60, width: 40 })).toBe('M133,48 H139 V112 H100');
  });
});
