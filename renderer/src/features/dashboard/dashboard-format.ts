/** How the dashboard writes its figures: tabular numbers, dates as everywhere in the app. */
import { formatDate } from '../../lib/format-date';

const nf = (v: number, digits = 1) => v.toLocaleString('en-GB', { maximumFractionDigits: digits });

export const show = {
  percent: (v: number | null) => (v === null ? null : `${nf(v)} %`),
  days: (v: number | null) => (v === null ? null : `${nf(v, 0)} days`),
  date: (d: string | null) => (d === null ? null : formatDate(d)),
  signed: (v: number) => (v === 0 ? '0' : `${v > 0 ? '+' : '−'}${Math.abs(v)}`),
};

export function tileFigure(value: number | null, days: boolean): string | null {
  if (value === null) return null;
  return days ? show.days(Math.round(value)) : show.percent(value);
}
