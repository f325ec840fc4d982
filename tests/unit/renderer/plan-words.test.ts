/**
 * The timeline in words and marks: forecast sentences and health, slip figures, a bar's
 * accessible name, lags, the weekend sentence and plan window, and the today / status /
 * target lines with labels that do not overlap.
 */
import { describe, expect, it } from 'vitest';
import { planWindow, weekendSentence } from '../../../renderer/src/features/timeline/calendar-window';
import { ganttScale } from '../../../renderer/src/features/timeline/gantt-layout';
import { timeMarkers } from '../../../renderer/src/features/timeline/gantt-markers';
import {
  baselineSlipSentence,
  businessDays,
  forecastHealth,
  forecastSentence,
  isMilestone,
  lagPhrase,
  slipFigure,
  targetPhrase,
  taskBarName,
} from '../../../renderer/src/features/timeline/plan-text';
import { planView, task, TASKS } from './plan-fixture';

describe('plan-text', () => {
  it('states the forecast against the target', () => {
    expect(forecastSentence({ forecastFinish: '2027-06-09', businessDaysPastTarget: 6, targetDate: '2027-05-30' })).toBe(
      'Forecast readiness 9 Jun 2027: 6 business days past the target (30 May 2027)',
    );
    expect(targetPhrase(0, '2027-05-30')).toBe('on the target date (30 May 2027)');
    expect(targetPhrase(-1, '2027-05-30')).toBe('1 business day before the target (30 May 2027)');
    expect(businessDays(-1234)).toBe('1,234 business days');
  });

  it('says "on the target date" only when the forecast is that very day', () => {
    const sunday = { dayOff: { kind: 'weekend' as const, weekday: 0 }, lastWorkingDay: '2027-05-28' };
    // Friday 28 May is 0 business days from a Sunday target: not "on the target date".
    expect(forecastSentence({ forecastFinish: '2027-05-28', businessDaysPastTarget: 0, targetDate: '2027-05-30', targetDayOff: sunday })).toBe(
      'Forecast readiness 28 May 2027: on the last working day before the target (30 May 2027, Sunday)',
    );
    expect(forecastSentence({ forecastFinish: '2027-05-28', businessDaysPastTarget: 0, targetDate: '2027-05-28', targetDayOff: null })).toBe(
      'Forecast readiness 28 May 2027: on the target date (28 May 2027)',
    );
  });

  it('calls a plan late past the target, at risk with less than a working week to spare, else on track', () => {
    expect(forecastHealth(1)).toEqual({ tone: 'late', label: 'Late' });
    expect(forecastHealth(0)).toEqual({ tone: 'at-risk', label: 'At risk' });
    expect(forecastHealth(-4)).toEqual({ tone: 'at-risk', label: 'At risk' });
    expect(forecastHealth(-5)).toEqual({ tone: 'on-track', label: 'On track' });
  });

  it('words the slip against a baseline', () => {
    expect(baselineSlipSentence(4, 'Approved')).toBe('4 business days later than baseline Approved');
    expect(baselineSlipSentence(-1, 'Approved')).toBe('1 business day earlier than baseline Approved');
    expect(baselineSlipSentence(0, 'Approved')).toBe('The same date as baseline Approved');
    expect([slipFigure(4), slipFigure(-2), slipFigure(0)]).toEqual(['+4', '−2', '0']);
  });

  it('names a bar for screen readers with its dates, slack, progress and baseline slip', () => {
    expect(taskBarName(TASKS.register, false)).toBe('Register company: 1 Mar 2027 to 12 Mar 2027, critical, 0 % done');
    expect(taskBarName(TASKS.dpo, false)).toBe('Appoint DPO: 3 Mar 2027 to 9 Mar 2027, 3 business days of slack, 0 % done');
    expect(taskBarName(TASKS.readiness, false)).toBe('Operational readiness: milestone on 5 Apr 2027, critical');
    const slipped = task('s', 'Bank account', 'team_operations', '2027-03-08', '2027-03-12', {
      percentComplete: 100,
      schedule: { state: 'done' },
      baseline: { start: '2027-03-01', finish: '2027-03-05', finishSlipDays: 5 },
    });
    expect(taskBarName(slipped, true)).toBe('Bank account: 8 Mar 2027 to 12 Mar 2027, critical, done, 5 business days later than the baseline');
    expect(taskBarName(slipped, false)).toBe('Bank account: 8 Mar 2027 to 12 Mar 2027, critical, done');
  });

  it('treats zero-day tasks and the readiness task as milestones, and words lags and leads', () => {
    expect(isMilestone({ durationDays: 0, isReadiness: false })).toBe(true);
    expect(isMilestone({ durationDays: 3, isReadiness: true })).toBe(true);
    expect(isMilestone({ durationDays: 3, isReadiness: false })).toBe(false);
    expect([lagPhrase(0), lagPhrase(2), lagPhrase(-1)]).toEqual(['no lag', 'lag 2 business days', 'lead 1 business day']);
  });
});

describe('calendar-window', () => {
  it('spans the plan from its first day to the later of forecast and target', () => {
    expect(planWindow(planView())).toEqual({ from: '2027-03-01', to: '2027-05-30' });
    expect(planWindow(planView({ forecastFinish: '2027-06-20' }))).toEqual({ from: '2027-03-01', to: '2027-06-20' });
    const early = planView({ tasks: [task('x', 'Early', 'regulatory_legal', '2027-02-15', '2027-02-19')] });
    expect(planWindow(early).from).toBe('2027-02-15');
  });

  it('names the weekend, and a change of weekend within the window (the UAE in 2022)', () => {
    expect(weekendSentence([{ from: null, days: [6, 0] }], '2027-03-01', '2027-05-30')).toBe('Weekend: Saturday and Sunday');
    const uae = [
      { from: null, days: [5, 6] },
      { from: '2022-01-01', days: [6, 0] },
    ];
    expect(weekendSentence(uae, '2021-11-01', '2022-03-01')).toBe('Weekend: Friday and Saturday until 31 Dec 2021, then Saturday and Sunday');
    expect(weekendSentence(uae, '2023-01-01', '2023-03-01')).toBe('Weekend: Saturday and Sunday');
    expect(weekendSentence([], '2027-03-01', '2027-05-30')).toBe('Weekend: none');
    expect(weekendSentence([{ from: null, days: [] }], '2027-03-01', '2027-05-30')).toBe('Weekend: none');
  });
});

describe('timeMarkers', () => {
  const view = planView();
  const scale = ganttScale(view, '2027-03-10', 'week', false);

  it('draws one line for today when it is also the status date, and the target line at the end of its day', () => {
    const { markers, outside, levels } = timeMarkers(view, '2027-03-10', scale);
    expect(markers).toEqual([
      { kind: 'today', date: '2027-03-10', x: 115.5, label: 'Today · status date 10 Mar', level: 0, anchor: 'start' },
      // Its label would run off the chart, so it sits left of the line.
      { kind: 'target', date: '2027-05-30', x: 686, label: 'Target 30 May', level: 0, anchor: 'end' },
    ]);
    expect(outside).toEqual([]);
    expect(levels).toBe(1);
  });

  it('stacks labels that would overlap', () => {
    const { markers, levels } = timeMarkers(planView({ statusDate: '2027-03-12' }), '2027-03-10', scale);
    expect(markers.map((m) => [m.kind, m.level])).toEqual([
      ['today', 0],
      ['status', 1],
      ['target', 0],
    ]);
    expect(levels).toBe(2);
  });

  it('says in a sentence which lines fall outside the chart', () => {
    expect(timeMarkers(view, '2027-08-02', scale).outside).toEqual(['Today (2 Aug 2027) is after the chart.']);
    expect(timeMarkers(planView({ statusDate: '2027-01-04' }), '2027-01-04', scale).outside).toEqual([
      'Today and the status date (4 Jan 2027) are before the chart.',
    ]);
    const statusOutside = timeMarkers(planView({ statusDate: '2027-01-04' }), '2027-03-10', scale);
    expect(statusOutside.outside).toEqual(['The status date (4 Jan 2027) is before the chart.']);
    expect(statusOutside.markers.map((m) => m.kind)).toEqual(['today', 'target']);
  });
});
