/**
 * Setting an entry to Ready while its figures say otherwise: fewer than all applicable items
 * signed off, the start date still ahead, or sign-offs overdue. The entry form asks for
 * confirmation with these sentences; it never refuses, since the status is the team's call.
 */
import { displayDate, type IsoDate } from './iso-date';

export interface ReadyFigures {
  /** Applicable items and how many are signed off; null when not known yet (a new entry). */
  signoffs: { signedOff: number; applicable: number } | null;
  /** Open items due before today. */
  overdue: number;
  startDate: IsoDate;
  today: IsoDate;
}

export type ReadyContradiction =
  | { kind: 'not_signed_off'; signedOff: number; applicable: number; percent: number }
  | { kind: 'not_started'; startDate: IsoDate }
  | { kind: 'overdue'; count: number };

/** What contradicts "Ready", in the order the dialog states it; empty when nothing does. */
export function readyContradictions(f: ReadyFigures): ReadyContradiction[] {
  const out: ReadyContradiction[] = [];
  if (f.signoffs && f.signoffs.applicable > 0 && f.signoffs.signedOff < f.signoffs.applicable) {
    const { signedOff, applicable } = f.signoffs;
    out.push({ kind: 'not_signed_off', signedOff, applicable, percent: Math.floor((signedOff / applicable) * 1000) / 10 });
  }
  if (f.startDate > f.today) out.push({ kind: 'not_started', startDate: f.startDate });
  if (f.overdue > 0) out.push({ kind: 'overdue', count: f.overdue });
  return out;
}

function phrase(c: ReadyContradiction): string {
  switch (c.kind) {
    case 'not_signed_off':
      return `${c.signedOff} of ${c.applicable} requirement${c.applicable === 1 ? '' : 's'} signed off (${c.percent} %)`;
    case 'not_started':
      return `the entry starts on ${displayDate(c.startDate)}`;
    case 'overdue':
      return `${c.count} sign-off${c.count === 1 ? ' is' : 's are'} overdue`;
  }
}

/** "12 of 40 requirements signed off (30 %); the entry starts on 3 Mar 2027." — or null when nothing contradicts. */
export function readySentence(contradictions: readonly ReadyContradiction[]): string | null {
  if (contradictions.length === 0) return null;
  const text = contradictions.map(phrase).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
