/**
 * A small scheduled plan as the backend answers plan.get: a German entry starting Monday
 * 1 March 2027 with a 90-day target (30 May 2027), tasks in all three workstreams and the
 * readiness milestone.
 */
import type { PlanTaskView, PlanView } from '../../../shared/plan-schema';
import type { Workstream } from '../../../shared/requirements/pack-schema';

export function task(
  id: string,
  title: string,
  workstream: Workstream,
  earlyStart: string,
  earlyFinish: string,
  over: Partial<Omit<PlanTaskView, 'schedule'>> & { schedule?: Partial<PlanTaskView['schedule']> } = {},
): PlanTaskView {
  const { schedule, ...rest } = over;
  return {
    id,
    title,
    workstream,
    category: null,
    owner: '',
    durationDays: 5,
    percentComplete: 0,
    actualStart: null,
    actualFinish: null,
    startNoEarlierThan: null,
    isReadiness: false,
    linkedItemIds: [],
    linkedItemsSignedOff: false,
    version: 1,
    baseline: null,
    ...rest,
    schedule: {
      earlyStart,
      earlyFinish,
      lateStart: earlyStart,
      lateFinish: earlyFinish,
      totalSlack: 0,
      critical: true,
      remainingDays: 5,
      state: 'not_started',
      ...schedule,
    },
  };
}

export const TASKS = {
  register: task('t-register', 'Register company', 'regulatory_legal', '2027-03-01', '2027-03-12', { durationDays: 10 }),
  dpo: task('t-dpo', 'Appoint DPO', 'regulatory_legal', '2027-03-03', '2027-03-09', { schedule: { critical: false, totalSlack: 3 } }),
  hosting: task('t-hosting', 'Provision hosting', 'infrastructure_technology', '2027-03-15', '2027-03-26', { durationDays: 10 }),
  hiring: task('t-hiring', 'Hire country manager', 'team_operations', '2027-03-08', '2027-04-02', { durationDays: 20 }),
  readiness: task('t-ready', 'Operational readiness', 'team_operations', '2027-04-05', '2027-04-05', { durationDays: 0, isReadiness: true }),
};

export function planView(over: Partial<PlanView> = {}): PlanView {
  return {
    entryId: 'entry-de',
    version: 1,
    projectStart: '2027-03-01',
    statusDate: '2027-03-10',
    statusDateIsToday: true,
    targetDate: '2027-05-30',
    targetDayOff: null,
    forecastFinish: '2027-04-05',
    businessDaysPastTarget: -39,
    criticalPath: ['t-register', 't-hosting', 't-ready'],
    // Listed out of display order on purpose: the readiness milestone first, a later task before an earlier one.
    tasks: [TASKS.readiness, TASKS.hiring, TASKS.dpo, TASKS.hosting, TASKS.register],
    dependencies: [],
    calendar: {
      country: 'DE',
      from: '2027-03-01',
      to: '2028-05-30',
      weekendDays: [{ from: null, days: [0, 6] }],
      holidays: [
        { date: '2027-03-26', name: 'Good Friday', estimated: false },
        { date: '2027-03-29', name: 'Easter Monday', estimated: false },
      ],
      overrides: [],
      shutdowns: ['2027-04-02'],
    },
    baselines: [],
    baselineId: null,
    baselineFinishSlipDays: null,
    ...over,
  };
}
