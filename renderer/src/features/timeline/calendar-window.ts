/** The plan's calendar in words and the part of it the plan spans. */
import type { WeekendPeriod } from '../../../../shared/domain/calendar';
import { addDays, type IsoDate } from '../../../../shared/domain/iso-date';
import type { PlanView } from '../../../../shared/plan-schema';
import { formatDate } from '../../lib/format-date';
import { joinWords, WEEKDAY_NAMES } from '../../lib/labels';

/** From the plan's first day to the later of the forecast and the target. */
export function planWindow(view: PlanView): { from: IsoDate; to: IsoDate } {
  const from = view.tasks.reduce((m, t) => (t.schedule.earlyStart < m ? t.schedule.earlyStart : m), view.projectStart);
  const to = view.forecastFinish > view.targetDate ? view.forecastFinish : view.targetDate;
  return { from, to };
}

function daysText(days: number[]): string {
  return days.length === 0 ? 'none' : joinWords([...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((d) => WEEKDAY_NAMES[d] ?? String(d)));
}

/** "Weekend: Friday and Saturday", or the change within the window: "… until 31 Dec 2021, then Saturday and Sunday". */
export function weekendSentence(periods: WeekendPeriod[], from: IsoDate, to: IsoDate): string {
  const sorted = [...periods].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  const inForce = [...sorted].reverse().find((p) => p.from === null || p.from <= from) ?? sorted[0];
  const later = sorted.filter((p) => p.from !== null && p.from > from && p.from <= to);
  if (!inForce) return 'Weekend: none';
  let text = `Weekend: ${daysText(inForce.days)}`;
  for (const p of later) text += ` until ${formatDate(addDays(p.from!, -1))}, then ${daysText(p.days)}`;
  return text;
}
