/**
 * The Gantt's vertical lines — today, the status date and the target date — with
 * their labels placed so they do not overlap, and a sentence for any that fall
 * outside the chart.
 */
import { format, parseISO } from 'date-fns';
import type { IsoDate } from '../../../../shared/domain/iso-date';
import type { PlanView } from '../../../../shared/plan-schema';
import { formatDate } from '../../lib/format-date';
import { inRange, xOf, type GanttScale } from './gantt-layout';

export type MarkerKind = 'today' | 'status' | 'target';

export interface Marker {
  kind: MarkerKind;
  date: IsoDate;
  x: number;
  label: string;
  /** Which label line it sits on (0 = top), so close labels stack instead of overlapping. */
  level: number;
  /** Labels sit right of the line unless that would run off the chart. */
  anchor: 'start' | 'end';
}

export const MARKER_LEVEL_HEIGHT = 16;
const CHAR_WIDTH = 6.4;

function short(d: IsoDate): string {
  return format(parseISO(d), 'd MMM');
}

export function timeMarkers(view: PlanView, today: IsoDate, scale: GanttScale): { markers: Marker[]; outside: string[]; levels: number } {
  const wanted: Array<Omit<Marker, 'level' | 'anchor'>> = [];
  const outside: string[] = [];
  const statusIsToday = view.statusDate === today;
  const todayLabel = statusIsToday ? `Today · status date ${short(today)}` : `Today ${short(today)}`;
  if (inRange(scale, today)) wanted.push({ kind: 'today', date: today, x: xOf(scale, today) + scale.dayWidth / 2, label: todayLabel });
  else outside.push(statusIsToday ? `Today and the status date (${formatDate(today)}) are ${where(scale, today)} the chart.` : `Today (${formatDate(today)}) is ${where(scale, today)} the chart.`);
  if (!statusIsToday) {
    if (inRange(scale, view.statusDate)) wanted.push({ kind: 'status', date: view.statusDate, x: xOf(scale, view.statusDate), label: `Status date ${short(view.statusDate)}` });
    else outside.push(`The status date (${formatDate(view.statusDate)}) is ${where(scale, view.statusDate)} the chart.`);
  }
  wanted.push({ kind: 'target', date: view.targetDate, x: xOf(scale, view.targetDate) + scale.dayWidth, label: `Target ${short(view.targetDate)}` });

  const placed: Array<Marker & { left: number; right: number }> = [];
  for (const m of [...wanted].sort((a, b) => a.x - b.x)) {
    const width = m.label.length * CHAR_WIDTH + 8;
    const anchor: Marker['anchor'] = m.x + width > scale.width ? 'end' : 'start';
    const left = anchor === 'start' ? m.x : m.x - width;
    const right = anchor === 'start' ? m.x + width : m.x;
    let level = 0;
    while (placed.some((p) => p.level === level && p.right > left && p.left < right)) level++;
    placed.push({ ...m, level, anchor, left, right });
  }
  const levels = Math.max(1, ...placed.map((p) => p.level + 1));
  return { markers: placed.map(({ left: _l, right: _r, ...m }) => m), outside, levels };
}

function where(scale: GanttScale, d: IsoDate): string {
  return d < scale.from ? 'before' : 'after';
}
