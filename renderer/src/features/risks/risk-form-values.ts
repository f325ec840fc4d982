/** The risk form's values (text, as controls hold it) to and from the contract's riskFields. */
import { riskFields, type RiskView } from '../../../../shared/risk-schema';
import { emptyAsNull, fromForm, textToNumber } from '../../lib/form-values';

interface ScoreValues {
  likelihood: string;
  impact: string;
}

export interface RiskFormValues {
  title: string;
  cause: string;
  event: string;
  effect: string;
  category: string;
  workstream: string;
  owner: string;
  status: string;
  inherent: ScoreValues;
  current: ScoreValues;
  residual: ScoreValues;
  controls: { controlId: string; description: string; effectiveness: string }[];
  response: string;
  treatments: { treatmentId: string; action: string; owner: string; dueDate: string; taskId: string }[];
  targetLevel: string;
  targetDate: string;
  earlyWarning: string;
  hasSchedule: boolean;
  scheduleMin: string;
  scheduleLikely: string;
  scheduleMax: string;
  scheduleTaskIds: string[];
  costAmount: string;
  costCurrency: string;
  lastReview: string;
  nextReview: string;
}

const score = (s: ScoreValues) => ({ likelihood: textToNumber(s.likelihood), impact: textToNumber(s.impact) });

export const riskFormSchema = fromForm(
  (v: RiskFormValues) => ({
    title: v.title,
    cause: v.cause,
    event: v.event,
    effect: v.effect,
    category: v.category === '' ? undefined : v.category,
    workstream: v.workstream === '' ? undefined : v.workstream,
    owner: v.owner,
    status: v.status,
    inherent: score(v.inherent),
    current: score(v.current),
    residual: score(v.residual),
    controls: v.controls.map((c) => ({ ...(c.controlId ? { id: c.controlId } : {}), description: c.description, effectiveness: c.effectiveness })),
    response: v.response === '' ? undefined : v.response,
    treatments: v.treatments.map((t) => ({ ...(t.treatmentId ? { id: t.treatmentId } : {}), action: t.action, owner: t.owner, dueDate: emptyAsNull(t.dueDate), taskId: emptyAsNull(t.taskId) })),
    targetLevel: emptyAsNull(v.targetLevel),
    targetDate: emptyAsNull(v.targetDate),
    earlyWarning: v.earlyWarning,
    scheduleImpact: v.hasSchedule
      ? { minDays: textToNumber(v.scheduleMin), likelyDays: textToNumber(v.scheduleLikely), maxDays: textToNumber(v.scheduleMax), taskIds: v.scheduleTaskIds }
      : null,
    costImpact: v.costAmount.trim() === '' ? null : { amount: textToNumber(v.costAmount), currency: v.costCurrency.trim().toUpperCase() },
    lastReview: emptyAsNull(v.lastReview),
    nextReview: emptyAsNull(v.nextReview),
  }),
  riskFields,
);

/** Where a problem with a part no single control edits is shown. */
export const RISK_FORM_ALIASES = {
  scheduleImpact: 'scheduleMin',
  'scheduleImpact.minDays': 'scheduleMin',
  'scheduleImpact.likelyDays': 'scheduleLikely',
  'scheduleImpact.maxDays': 'scheduleMax',
  'scheduleImpact.taskIds': 'scheduleMin',
  costImpact: 'costAmount',
  'costImpact.amount': 'costAmount',
  'costImpact.currency': 'costCurrency',
} as const;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export function riskFormValues(r: RiskView | null): RiskFormValues {
  return {
    title: r?.title ?? '',
    cause: r?.cause ?? '',
    event: r?.event ?? '',
    effect: r?.effect ?? '',
    category: r?.category ?? '',
    workstream: r?.workstream ?? '',
    owner: r?.owner ?? '',
    status: r?.status ?? 'open',
    inherent: { likelihood: text(r?.inherent.likelihood), impact: text(r?.inherent.impact) },
    current: { likelihood: text(r?.current.likelihood), impact: text(r?.current.impact) },
    residual: { likelihood: text(r?.residual.likelihood), impact: text(r?.residual.impact) },
    controls: r?.controls.map((c) => ({ controlId: c.id, description: c.description, effectiveness: c.effectiveness })) ?? [],
    response: r?.response ?? '',
    treatments: r?.treatments.map((t) => ({ treatmentId: t.id, action: t.action, owner: t.owner, dueDate: t.dueDate ?? '', taskId: t.taskId ?? '' })) ?? [],
    targetLevel: r?.targetLevel ?? '',
    targetDate: r?.targetDate ?? '',
    earlyWarning: r?.earlyWarning ?? '',
    hasSchedule: r?.scheduleImpact != null,
    scheduleMin: text(r?.scheduleImpact?.minDays),
    scheduleLikely: text(r?.scheduleImpact?.likelyDays),
    scheduleMax: text(r?.scheduleImpact?.maxDays),
    scheduleTaskIds: r?.scheduleImpact?.taskIds ?? [],
    costAmount: text(r?.costImpact?.amount),
    costCurrency: r?.costImpact?.currency ?? 'EUR',
    lastReview: r?.lastReview ?? '',
    nextReview: r?.nextReview ?? '',
  };
}
