/** The plan in words: the forecast against the target, slippage, a task's accessible name, dependency types. */
import type { PlanTaskView, PlanView } from '../../../../shared/plan-schema';
import { formatDate, plural } from '../../lib/format-date';
import { dayOffInWords } from '../../../../shared/vocabulary/calendar';

export function businessDays(n: number): string {
  return plural(Math.abs(n), 'business day');
}

/** "Forecast readiness 9 Jun 2027: 6 business days past the target (30 May 2027)". */
export function forecastSentence(view: Pick<PlanView, 'forecastFinish' | 'businessDaysPastTarget' | 'targetDate'> & Partial<Pick<PlanView, 'targetDayOff'>>): string {
  return `Forecast readiness ${formatDate(view.forecastFinish)}: ${targetPhrase(view.businessDaysPastTarget, view.targetDate, view.forecastFinish, view.targetDayOff ?? null)}`;
}

/**
 * "6 business days past the target (30 May 2027)", "on the target date (30 May 2027)" (only
 * when the forecast is that very day), "on the last working day before the target (Sunday 30 May 2027)".
 */
export function targetPhrase(pastTarget: number, targetDate: string, finish?: string, dayOff: PlanView['targetDayOff'] = null): string {
  const target = `(${formatDate(targetDate)})`;
  if (pastTarget === 0 && (finish === undefined || finish === targetDate)) return `on the target date ${target}`;
  if (pastTarget === 0) {
    const why = dayOff ? `, ${dayOffInWords(dayOff.dayOff)}` : '';
    return finish! < targetDate ? `on the last working day before the target (${formatDate(targetDate)}${why})` : `on the first working day after the target (${formatDate(targetDate)}${why})`;
  }
  return pastTarget > 0 ? `${businessDays(pastTarget)} past the target ${target}` : `${businessDays(pastTarget)} before the target ${target}`;
}

export type Health = 'on-track' | 'at-risk' | 'late';

/** Less than a working week of buffer before the target counts as at risk. */
export const AT_RISK_BUFFER_DAYS = 5;

export function forecastHealth(pastTarget: number): { tone: Health; label: string } {
  if (pastTarget > 0) return { tone: 'late', label: 'Late' };
  if (pastTarget > -AT_RISK_BUFFER_DAYS) return { tone: 'at-risk', label: 'At risk' };
  return { tone: 'on-track', label: 'On track' };
}

/** "4 business days later than baseline Approved", "the same date as baseline Approved". */
export function baselineSlipSentence(slipDays: number, baselineName: string): string {
  if (slipDays === 0) return `The same date as baseline ${baselineName}`;
  return `${businessDays(slipDays)} ${slipDays > 0 ? 'later' : 'earlier'} than baseline ${baselineName}`;
}

/** A task's slip against the baseline for the table: "+4", "−2", "0". */
export function slipFigure(days: number): string {
  if (days > 0) return `+${days}`;
  if (days < 0) return `−${Math.abs(days)}`;
  return '0';
}

export function isMilestone(task: Pick<PlanTaskView, 'durationDays' | 'isReadiness'>): boolean {
  return task.isReadiness || task.durationDays === 0;
}

/** "Register company: 3 Mar 2027 to 19 Mar 2027, critical, 40 % done" — the name a bar is announced with. */
export function taskBarName(task: PlanTaskView, withBaseline: boolean): string {
  const s = task.schedule;
  const parts: string[] = [];
  if (isMilestone(task)) parts.push(`milestone on ${formatDate(s.earlyStart)}`);
  else parts.push(`${formatDate(s.earlyStart)} to ${formatDate(s.earlyFinish)}`);
  parts.push(s.critical ? 'critical' : `${businessDays(s.totalSlack)} of slack`);
  if (!isMilestone(task)) parts.push(s.state === 'done' ? 'done' : `${task.percentComplete} % done`);
  if (withBaseline && task.baseline && task.baseline.finishSlipDays !== 0) {
    const slip = task.baseline.finishSlipDays;
    parts.push(`${businessDays(slip)} ${slip > 0 ? 'later' : 'earlier'} than the baseline`);
  }
  return `${task.title}: ${parts.join(', ')}`;
}

/** "lag 2 business days", "lead 1 business day", "no lag". */
export function lagPhrase(lagDays: number): string {
  if (lagDays === 0) return 'no lag';
  return lagDays > 0 ? `lag ${businessDays(lagDays)}` : `lead ${businessDays(lagDays)}`;
}
