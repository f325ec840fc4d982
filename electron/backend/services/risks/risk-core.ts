/**
 * What every part of the risk service shares: the active matrix and settings, how a stored
 * risk is presented (levels, appetite, its acceptance from the ledger), validation against
 * the matrix and the entry's plan, and the one way a risk row is inserted or saved (version
 * checked, audited, the forecast queued once the write commits).
 */
import { AppError } from '../../../../shared/errors';
import type { Entry } from '../../../../shared/entry-schema';
import type { IsoDate } from '../../../../shared/domain/iso-date';
import type { ScheduleInput } from '../../../../shared/domain/schedule';
import type { NewTask, PlanView } from '../../../../shared/plan-schema';
import type { RiskAcceptance, RiskFields, RiskSettings, RiskView } from '../../../../shared/risk-schema';
import type { LedgerRecord } from '../../../../shared/signoff-schema';
import type { CalendarFact } from '../../../../shared/risks/template-schema';
import { RISK_LEVELS, type RiskLevel, type RiskMatrix } from '../../../../shared/risks/matrix-schema';
import { RISK_CATEGORIES, RISK_STAGES } from '../../../../shared/risks/risk-enums';
import { aboveAppetite, levelOf, levelRank, nextReviewDate, scoreProblem, travel } from '../../../../shared/domain/risk-score';
import { RISK_STAGE_LABELS } from '../../../../shared/vocabulary/risks';
import type { ItemRecord } from '../../repos/checklist-repo';
import type { RiskRecord, RiskRepo } from '../../repos/risk-repo';
import type { RiskSettingsRepo } from '../../repos/risk-settings-repo';
import { checkVersion, required, staleVersion, type Audit, type Kernel } from '../kernel';
import { loadDefaultMatrix, loadTemplates } from './resources';

export interface RiskDeps {
  repo: RiskRepo;
  store: RiskSettingsRepo;
  kernel: Kernel;
  audit: Audit;
  resourcesDir: string;
  /** The entries service: the entry, or not_found (field entryId). */
  entry(id: string): Entry;
  entries(includeArchived: boolean): Entry[];
  /** The plan service. */
  plan: {
    scheduleInput(entryId: string): { input: ScheduleInput; targetDate: string; tasks: { id: string; title: string; isReadiness: boolean }[] };
    view(entryId: string): PlanView;
    addTask(input: NewTask): PlanView;
  };
  /** The checklist service: the entry's items. */
  checklistItems(entryId: string): ItemRecord[];
  /** The calendar service: facts about the market's calendar the templates ask about. */
  calendarFacts(entryId: string): Set<CalendarFact>;
  /** The market's region (the portfolio heat map filters by it). */
  regionOf(country: string): string;
  /** The settings service: who would sign now. */
  signer(): { name: string; role: string };
  /** The sign-off service: acceptances are signed records of its ledger, and it answers what they say. */
  signoff: {
    appendAcceptance(input: { entryId: string; riskId: string; snapshot: NonNullable<LedgerRecord['snapshot']>; rationale: string; expires: string }): LedgerRecord;
    latestAcceptance(riskId: string): LedgerRecord | undefined;
    latestAcceptances(entryId: string | null): Map<string, LedgerRecord>;
  };
  onProblem(err: unknown): void;
}

export const RISK = 'risk';
export const LIVE = (r: { status: string }) => r.status !== 'closed' && r.status !== 'became_issue';

export function riskCore(deps: RiskDeps, queueForecast: (entryId: string) => void) {
  const { repo, store, kernel, audit } = deps;
  const shippedMatrix = loadDefaultMatrix(deps.resourcesDir);
  const templates = loadTemplates(deps.resourcesDir);

  function matrix(): RiskMatrix {
    const stored = store.matrix();
    return stored ? (JSON.parse(stored) as RiskMatrix) : shippedMatrix;
  }

  /** The highest level the matrix declares acceptable: the default appetite of every category. */
  function defaultAppetite(m: RiskMatrix): RiskLevel {
    const acceptable = m.levels.filter((l) => l.acceptable).map((l) => l.id);
    return acceptable.sort((a, b) => levelRank(b) - levelRank(a))[0] ?? 'low';
  }

  function settings(m = matrix()): RiskSettings {
    const stored = new Map(store.appetite().map((a) => [a.category, a.level]));
    const fallback = defaultAppetite(m);
    const intervals = new Map(store.reviewIntervals().map((i) => [i.level, i.days]));
    const reviewDays = Object.fromEntries(RISK_LEVELS.map((l) => [l, intervals.get(l) ?? m.levels.find((d) => d.id === l)?.reviewDays ?? 30])) as RiskSettings['reviewDays'];
    return { appetite: Object.fromEntries(RISK_CATEGORIES.map((c) => [c, stored.get(c) ?? fallback])) as RiskSettings['appetite'], reviewDays };
  }

  /** The acceptance in force (or lapsed) as its ledger record says it. */
  function acceptanceOf(r: RiskRecord, ledger: LedgerRecord | undefined, today: string): RiskAcceptance | null {
    if (r.acceptanceSeq === null || !ledger || ledger.seq !== r.acceptanceSeq) return null;
    const expires = ledger.conditionExpires ?? r.acceptanceExpires!;
    return {
      approverName: ledger.signerName,
      approverRole: ledger.signerRole,
      rationale: ledger.comment,
      expires,
      at: ledger.at,
      ledgerSeq: ledger.seq,
      ledgerHash: ledger.hash,
      expired: expires < today && r.status !== 'accepted',
    };
  }

  /** A stored risk as the register shows it; `ledger` is the risk's latest acceptance record, if any. */
  function present(r: RiskRecord, m: RiskMatrix, s: RiskSettings, today: string, ledger: LedgerRecord | undefined): RiskView {
    const levels = { inherent: levelOf(m, r.inherent), current: levelOf(m, r.current), residual: levelOf(m, r.residual) };
    const appetite = s.appetite[r.category];
    const { acceptanceSeq: _seq, acceptanceExpires: _expires, ...fields } = r;
    return {
      ...fields,
      acceptance: acceptanceOf(r, ledger, today),
      levels,
      travel: travel(m, r.inherent, r.residual),
      appetite,
      aboveAppetite: aboveAppetite(levels.current, appetite),
      reviewOverdue: LIVE(r) && r.nextReview < today,
    };
  }

  function view(r: RiskRecord): RiskView {
    const m = matrix();
    return present(r, m, settings(m), kernel.today(), r.acceptanceSeq === null ? undefined : deps.signoff.latestAcceptance(r.id));
  }

  /** An entry's register as shown: one read of the risks, one of their acceptances. */
  function views(entryId: string): RiskView[] {
    const m = matrix();
    const s = settings(m);
    const today = kernel.today();
    const ledger = deps.signoff.latestAcceptances(entryId);
    return repo.forEntry(entryId).map((r) => present(r, m, s, today, ledger.get(r.id)));
  }

  function record(id: string): RiskRecord {
    return required(repo.get(id), 'risk', 'id');
  }

  /** The stored risk, refused unless it is still at the version the edit was based on. */
  function current(id: string, version: number): RiskRecord {
    const r = record(id);
    checkVersion(r, version, 'risk');
    return r;
  }

  /** Scores on the matrix's scales and task links inside the entry's own plan, or a sentence naming the field. */
  function validate(entryId: string, f: RiskFields, m: RiskMatrix): void {
    for (const stage of RISK_STAGES) {
      const problem = scoreProblem(m, f[stage]);
      if (problem) {
        const part = problem.startsWith('Likelihood') ? 'likelihood' : 'impact';
        throw new AppError('invalid_input', `${RISK_STAGE_LABELS[stage]} ${problem.charAt(0).toLowerCase()}${problem.slice(1)}.`, `${stage}.${part}`);
      }
    }
    if (f.scheduleImpact && f.scheduleImpact.minDays > f.scheduleImpact.maxDays) {
      throw new AppError('invalid_input', `Schedule impact minimum: the minimum (${f.scheduleImpact.minDays}) exceeds the maximum (${f.scheduleImpact.maxDays}) working days.`, 'scheduleImpact.minDays');
    }
    const tasks = new Set(deps.plan.scheduleInput(entryId).tasks.map((t) => t.id));
    f.treatments.forEach((t, i) => {
      if (t.taskId && !tasks.has(t.taskId)) {
        throw new AppError('invalid_input', `Treatment action ${i + 1}: the task it links to is not in this entry's plan.`, `treatments.${i}.taskId`);
      }
    });
    (f.scheduleImpact?.taskIds ?? []).forEach((id, i) => {
      if (!tasks.has(id)) throw new AppError('invalid_input', `Tasks the schedule impact applies to: task ${i + 1} is not in this entry's plan.`, `scheduleImpact.taskIds.${i}`);
    });
  }

  function refuseAcceptedStatus(status: RiskRecord['status'] | undefined, before: RiskRecord | null): void {
    if (status === 'accepted' && before?.status !== 'accepted') {
      throw new AppError('invalid_input', 'Status: a risk is accepted with "Accept risk…", which records the approver, rationale and expiry in the sign-off ledger.', 'status');
    }
  }

  function computedNextReview(m: RiskMatrix, s: RiskSettings, score: RiskFields['current'], from: IsoDate): IsoDate {
    return nextReviewDate(m, levelOf(m, score), from, s.reviewDays);
  }

  function withIds(f: RiskFields): Pick<RiskRecord, 'controls' | 'treatments'> {
    return {
      controls: f.controls.map((c) => ({ id: c.id ?? kernel.newId(), description: c.description, effectiveness: c.effectiveness })),
      treatments: f.treatments.map((t) => ({ id: t.id ?? kernel.newId(), action: t.action, owner: t.owner, dueDate: t.dueDate, taskId: t.taskId })),
    };
  }

  /** The stored risk with `f` applied: ids of controls and actions still there kept in place, the next review recomputed unless set. */
  function mergeFields(before: RiskRecord, f: RiskFields, m: RiskMatrix): RiskRecord {
    const ids = withIds(f);
    ids.controls = ids.controls.map((c, i) => (before.controls[i]?.description === c.description ? { ...c, id: before.controls[i]!.id } : c));
    ids.treatments = ids.treatments.map((t, i) => (before.treatments[i]?.action === t.action ? { ...t, id: before.treatments[i]!.id } : t));
    const from = f.lastReview ?? before.createdAt.slice(0, 10);
    return { ...before, ...f, ...ids, nextReview: f.nextReview ?? computedNextReview(m, settings(m), f.current, from), matrixId: m.id, matrixVersion: m.version };
  }

  /** Inserts a new risk and audits it. Call inside a write. */
  function insert(entryId: string, f: RiskFields, templateId: string | null, m: RiskMatrix): RiskRecord {
    const now = kernel.now().toISOString();
    const r: RiskRecord = {
      id: kernel.newId(),
      entryId,
      templateId,
      ...f,
      ...withIds(f),
      nextReview: f.nextReview ?? computedNextReview(m, settings(m), f.current, f.lastReview ?? kernel.today()),
      acceptanceSeq: null,
      acceptanceExpires: null,
      matrixId: m.id,
      matrixVersion: m.version,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    repo.insert(r);
    audit(RISK, r.id, 'create', null, r);
    kernel.afterCommit(() => queueForecast(entryId));
    return r;
  }

  /** Writes `after` if the stored row is still at `before.version`; audits; queues the forecast. Call inside a write. */
  function save(before: RiskRecord, after: RiskRecord, action: string): RiskRecord {
    const next: RiskRecord = { ...after, version: before.version + 1, updatedAt: kernel.now().toISOString() };
    if (!repo.update(next, before.version)) throw staleVersion('risk', repo.get(before.id)?.updatedAt ?? before.updatedAt);
    audit(RISK, before.id, action, before, next);
    kernel.afterCommit(() => queueForecast(before.entryId));
    return next;
  }

  return { deps, queueForecast, shippedMatrix, templates, matrix, settings, present, view, views, record, current, validate, refuseAcceptedStatus, computedNextReview, mergeFields, insert, save };
}

export type RiskCore = ReturnType<typeof riskCore>;
