/**
 * The readiness window of a market entry: start is day 0, the target is
 * start + target days, and the window includes both ends.
 */
import { addDays, diffDays, type IsoDate } from './iso-date';

export function targetDate(startDate: IsoDate, targetDays: number): IsoDate {
  return addDays(startDate, targetDays);
}

export interface WindowProgress {
  /** Days from start to today, 0 before the start. */
  daysElapsed: number;
  /** Days from today to the target date, 0 once it has passed. */
  daysLeft: number;
  /** 'not_started' before the start date, 'past_target' after the target date. */
  phase: 'not_started' | 'in_window' | 'past_target';
  /** Days past the target (0 unless phase is past_target). */
  daysOverdue: number;
}

export function windowProgress(startDate: IsoDate, target: IsoDate, today: IsoDate): WindowProgress {
  const sinceStart = diffDays(startDate, today);
  const untilTarget = diffDays(today, target);
  return {
    daysElapsed: Math.max(0, sinceStart),
    daysLeft: Math.max(0, untilTarget),
    phase: sinceStart < 0 ? 'not_started' : untilTarget < 0 ? 'past_target' : 'in_window',
    daysOverdue: Math.max(0, -untilTarget),
  };
}
