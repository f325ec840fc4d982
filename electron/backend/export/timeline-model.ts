/**
 * The one view-model every timeline export (PDF, XLSX, CSV, ICS) is drawn from.
 * Pure: built from the plan view, the entry and a few facts, no I/O.
 */
import type { Entry } from '../../../shared/entry-schema';
import type { PlanView } from '../../../shared/plan-schema';
import { addDays, eachDay } from '../../../shared/domain/iso-date';
import { holidayOn, isWeekend } from '../../../shared/domain/business-days';
import type { WorkCalendar } from '../../../shared/domain/calendar';
import type { Workstream } from '../../../shared/requirements/pack-schema';
import { WORKSTREAM_LABELS } from '../../../shared/vocabulary/requirements';

export interface TimelineRow {
  id: string;
  title: string;
  workstream: Workstream;
  workstreamLabel: string;
  owner: string;
  durationDays: number;
  percentComplete: number;
  start: string;
  finish: string;
  slackDays: number;
  critical: boolean;
  milestone: boolean;
  isReadiness: boolean;
  /** Predecessors in words: "Confirm entry mode (FS)", "Localize product (SS +10)". */
  predecessors: string;
  predecessorIds: string[];
  /** The row's number in the export (1 = first row), the ID project tools link by. */
  rowNumber: number;
  /** Its links in; `predecessorRow` is the predecessor's rowNumber. */
  links: { predecessorId: string; predecessorRow: number; type: 'FS' | 'SS' | 'FF'; lagDays: number }[];
  /** Predecessors by row number, as project tools write them: "3FS", "5SS+2d". */
  predecessorRows: string;
  /** Working days of work left (the part of the duration not yet done). */
  remainingDays: number;
  actualStart: string | null;
  actualFinish: string | null;
  startNoEarlierThan: string | null;
  baselineStart: string | null;
  baselineFinish: string | null;
  slipDays: number | null;
}

export interface NonWorkingDay {
  date: string;
  kind: 'weekend' | 'holiday' | 'shutdown';
  name: string | null;
}

export interface TimelineExportModel {
  entryId: string;
  entryName: string;
  market: string;
  projectStart: string;
  targetDate: string;
  forecastFinish: string;
  businessDaysPastTarget: number;
  readinessPercent: number;
  statusDate: string;
  baselineName: string | null;
  baselineSlipDays: number | null;
  generatedOn: string;
  generatedAt: string;
  rows: TimelineRow[];
  /** First and last day the chart shows. */
  spanStart: string;
  spanEnd: string;
  nonWorking: NonWorkingDay[];
  holidayData: boolean;
  /** Head hash of the sign-off ledger when sign-offs exist, else null. */
  ledgerHeadHash: string | null;
  /** Fingerprint of the ledger's signing key (SHA-256 of the raw Ed25519 public key), printed beside the head hash. */
  ledgerKeyFingerprint: string | null;
  /** The market's working calendar as the plan stores it (weekend rules, holiday snapshot with overrides applied, shutdowns). */
  calendar: PlanView['calendar'];
  /** When the chosen baseline was saved, if there is one. */
  baselineSavedAt: string | null;
  /** The entry's risks, when it has any: the risk-adjusted forecast and the heat map (current scores). */
  risks: TimelineRisks | null;
}

export interface TimelineRisks {
  p50: string;
  p80: string;
  probabilityOnTarget: number;
  /** Open risks with a schedule impact; 0 means P50 and P80 are the plan's own date. */
  scheduleRisks: number;
  matrixName: string;
  likelihood: string[];
  impact: string[];
  levels: { id: string; label: string; colour: string }[];
  cells: { likelihood: number; impact: number; level: string; titles: string[] }[];
}

export interface ModelFacts {
  marketName: string;
  readinessPercent: number;
  ledgerHeadHash: string | null;
  ledgerKeyFingerprint: string | null;
  risks?: TimelineRisks | null;
  now: Date;
  today: string;
}

const ORDER = ['regulatory_legal', 'infrastructure_technology', 'team_operations'] as const;

export function slipText(days: number, what = 'the target'): string {
  if (days === 0) return `on ${what}`;
  const n = Math.abs(days);
  return `${n} business day${n === 1 ? '' : 's'} ${days > 0 ? 'past' : 'before'} ${what}`;
}

const lagText = (lag: number) => (lag ? `${lag > 0 ? '+' : ''}${lag}` : '');

export function buildTimelineModel(view: PlanView, entry: Entry, facts: ModelFacts): TimelineExportModel {
  const titles = new Map(view.tasks.map((t) => [t.id, t.title]));
  const preds = new Map<string, { ids: string[]; words: string[] }>();
  for (const d of view.dependencies) {
    const p = preds.get(d.successorId) ?? { ids: [], words: [] };
    p.ids.push(d.predecessorId);
    p.words.push(`${titles.get(d.predecessorId) ?? '?'} (${d.type}${d.lagDays ? ` ${lagText(d.lagDays)}` : ''})`);
    preds.set(d.successorId, p);
  }
  const rows: TimelineRow[] = view.tasks
    .map((t) => ({
      id: t.id,
      title: t.title,
      workstream: t.workstream,
      workstreamLabel: WORKSTREAM_LABELS[t.workstream],
      owner: t.owner,
      durationDays: t.durationDays,
      percentComplete: t.percentComplete,
      start: t.schedule.earlyStart,
      finish: t.schedule.earlyFinish,
      slackDays: t.schedule.totalSlack,
      critical: t.schedule.critical,
      milestone: t.durationDays === 0,
      isReadiness: t.isReadiness,
      predecessors: preds.get(t.id)?.words.join('; ') ?? '',
      predecessorIds: preds.get(t.id)?.ids ?? [],
      rowNumber: 0,
      links: [],
      predecessorRows: '',
      remainingDays: t.schedule.remainingDays,
      actualStart: t.actualStart,
      actualFinish: t.actualFinish,
      startNoEarlierThan: t.startNoEarlierThan,
      baselineStart: t.baseline?.start ?? null,
      baselineFinish: t.baseline?.finish ?? null,
      slipDays: t.baseline?.finishSlipDays ?? null,
    }))
    .sort((a, b) => ORDER.indexOf(a.workstream) - ORDER.indexOf(b.workstream) || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || a.title.localeCompare(b.title));
  rows.forEach((r, i) => (r.rowNumber = i + 1));
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  for (const d of view.dependencies) {
    const succ = rowOf.get(d.successorId);
    const pred = rowOf.get(d.predecessorId);
    if (succ && pred) succ.links.push({ predecessorId: pred.id, predecessorRow: pred.rowNumber, type: d.type, lagDays: d.lagDays });
  }
  for (const r of rows) {
    r.links.sort((a, b) => a.predecessorRow - b.predecessorRow);
    r.predecessorRows = r.links.map((l) => `${l.predecessorRow}${l.type}${l.lagDays ? `${lagText(l.lagDays)}d` : ''}`).join(';');
  }

  // The chart reaches the risk-adjusted dates too, so the P50 / P80 lines are drawn.
  const riskDates = facts.risks && facts.risks.scheduleRisks > 0 ? [facts.risks.p50, facts.risks.p80] : [];
  const dates = [view.projectStart, view.targetDate, view.forecastFinish, ...riskDates, ...rows.flatMap((r) => [r.start, r.finish, r.baselineFinish ?? r.finish])].sort();
  const spanStart = addDays(dates[0]!, -2);
  const spanEnd = addDays(dates[dates.length - 1]!, 3);
  const cal: WorkCalendar = { country: view.calendar.country, weekends: view.calendar.weekendDays, holidays: view.calendar.holidays, shutdowns: view.calendar.shutdowns };
  const shutdowns = new Set(view.calendar.shutdowns);
  const nonWorking: NonWorkingDay[] = [];
  for (const d of eachDay(spanStart, spanEnd)) {
    const h = holidayOn(cal, d);
    if (h) nonWorking.push({ date: d, kind: 'holiday', name: h.estimated ? `${h.name} (estimated)` : h.name });
    else if (shutdowns.has(d)) nonWorking.push({ date: d, kind: 'shutdown', name: 'Company shutdown' });
    else if (isWeekend(cal, d)) nonWorking.push({ date: d, kind: 'weekend', name: null });
  }
  const baseline = view.baselineId ? view.baselines.find((b) => b.id === view.baselineId) : undefined;
  return {
    entryId: entry.id,
    entryName: entry.name,
    market: facts.marketName,
    projectStart: view.projectStart,
    targetDate: view.targetDate,
    forecastFinish: view.forecastFinish,
    businessDaysPastTarget: view.businessDaysPastTarget,
    readinessPercent: facts.readinessPercent,
    statusDate: view.statusDate,
    baselineName: baseline?.name ?? null,
    baselineSlipDays: view.baselineFinishSlipDays,
    generatedOn: facts.today,
    generatedAt: facts.now.toISOString(),
    rows,
    spanStart,
    spanEnd,
    nonWorking,
    holidayData: view.calendar.holidays !== null,
    ledgerHeadHash: facts.ledgerHeadHash,
    ledgerKeyFingerprint: facts.ledgerKeyFingerprint,
    risks: facts.risks ?? null,
    calendar: view.calendar,
    baselineSavedAt: baseline?.createdAt ?? null,
  };
}

/** The ledger line every page's footer carries in every PDF: the head hash and key fingerprint. */
export function ledgerText(m: { ledgerHeadHash: string | null; ledgerKeyFingerprint: string | null }): string {
  return m.ledgerHeadHash ? `Sign-off ledger head: ${m.ledgerHeadHash}   ·   key ${m.ledgerKeyFingerprint ?? 'not recorded'}` : 'No sign-offs recorded';
}
