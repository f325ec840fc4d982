/**
 * Risk registers: each entry's risks scored on the active matrix at three stages, suggested
 * from the template library, accepted through the sign-off ledger, reviewed on the level's
 * interval, and turned into a risk-adjusted readiness forecast. Owns the risk tables; the
 * entry, its plan and checklist, the signer and the ledger come from their services.
 *
 *   risks/resources.ts       the shipped matrix and templates; a user's matrix file
 *   risks/forecast-cache.ts  the Monte Carlo forecast, cached per entry, recomputed after writes
 *   risks/register-io.ts     the register as CSV / XLSX and its re-import
 */
import { AppError } from '../../../shared/errors';
import type { Entry } from '../../../shared/entry-schema';
import type { Category } from '../../../shared/requirements/pack-schema';
import type { CalendarFact, RiskTemplate } from '../../../shared/risks/template-schema';
import { RISK_LEVELS, type RiskLevel, type RiskMatrix } from '../../../shared/risks/matrix-schema';
import { RISK_CATEGORIES, RISK_STAGES, type RiskCategory, type RiskStage } from '../../../shared/risks/risk-enums';
import type { NewTask, PlanView } from '../../../shared/plan-schema';
import type {
  AcceptanceQueueEntry,
  Heatmap,
  RiskFields,
  RiskForecastView,
  RiskOverdue,
  RiskPatch,
  RiskSettings,
  RiskSuggestion,
  RiskView,
} from '../../../shared/risk-schema';
import { aboveAppetite, levelOf, levelRank, nextReviewDate, scoreProblem, travel } from '../../../shared/domain/risk-score';
import { suggestRisks } from '../../../shared/domain/risk-suggest';
import { buildHeatmap } from '../../../shared/domain/risk-heatmap';
import { addDays, type IsoDate } from '../../../shared/domain/iso-date';
import type { ScheduleInput } from '../../../shared/domain/schedule';
import { RISK_STAGE_LABELS, RISK_STATUS_LABELS } from '../../../shared/vocabulary/risks';
import type { ItemRecord } from '../repos/checklist-repo';
import type { RiskRecord, RiskRepo } from '../repos/risk-repo';
import { required, type Audit, type Kernel } from './kernel';
import { forecastCache } from './risks/forecast-cache';
import { loadDefaultMatrix, loadTemplates, parseMatrixFile } from './risks/resources';
import { COLUMN_OF_FIELD, readRegisterFile, registerCsv, registerXlsx, rowInput } from './risks/register-io';
import { canonicalJson } from '../../../shared/canonical-json';
import { fieldLabel } from '../../../shared/field-labels';
import { exportFileName, uniqueExportStem } from '../../../shared/export/file-name';
import type { ExportFile } from '../../../shared/export-schema';
import type { TimelineRisks } from '../export/timeline-model';
import { riskFields as riskFieldsSchema, type RegisterImportPreview } from '../../../shared/risk-schema';

const REGISTER_MIME = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export interface RiskDeps {
  repo: RiskRepo;
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
  /** Facts about the market's calendar the templates ask about. */
  calendarFacts(entryId: string): Set<CalendarFact>;
  /** The market's region (the portfolio heat map filters by it). */
  regionOf(country: string): string;
  /** The settings service: who would sign now. */
  signer(): { name: string; role: string };
  /** The sign-off service: a risk acceptance appended to the ledger's chain. */
  appendAcceptance(input: { entryId: string; riskId: string; signerName: string; signerRole: string; snapshot: Record<string, unknown> }): { seq: number; hash: string; at: string };
  onProblem(err: unknown): void;
}

const RISK = 'risk';
const ACCEPTING_ROLES = ['legal', 'leadership'];
const LIVE = (r: { status: string }) => r.status !== 'closed' && r.status !== 'became_issue';

function hhmm(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The one sentence of a refused stale write. */
export function staleRisk(updatedAt: string): AppError {
  return new AppError('conflict', `Someone changed this risk at ${hhmm(updatedAt)} since you opened it; your changes are kept in the form — reload to see theirs.`, 'version');
}

export function riskService(deps: RiskDeps) {
  const { repo, kernel, audit } = deps;
  const shippedMatrix = loadDefaultMatrix(deps.resourcesDir);
  const templates = loadTemplates(deps.resourcesDir);
  const templateById = new Map(templates.templates.map((t) => [t.id, t]));

  function matrix(): RiskMatrix {
    const stored = repo.matrix();
    return stored ? (JSON.parse(stored) as RiskMatrix) : shippedMatrix;
  }

  /** The highest level the matrix declares acceptable: the default appetite of every category. */
  function defaultAppetite(m: RiskMatrix): RiskLevel {
    const acceptable = m.levels.filter((l) => l.acceptable).map((l) => l.id);
    return acceptable.sort((a, b) => levelRank(b) - levelRank(a))[0] ?? 'low';
  }

  function settings(m = matrix()): RiskSettings {
    const stored = new Map(repo.appetite().map((a) => [a.category, a.level]));
    const fallback = defaultAppetite(m);
    const intervals = new Map(repo.reviewIntervals().map((i) => [i.level, i.days]));
    const reviewDays = Object.fromEntries(
      RISK_LEVELS.map((l) => [l, intervals.get(l) ?? m.levels.find((d) => d.id === l)?.reviewDays ?? 30]),
    ) as RiskSettings['reviewDays'];
    return { appetite: Object.fromEntries(RISK_CATEGORIES.map((c) => [c, stored.get(c) ?? fallback])) as RiskSettings['appetite'], reviewDays };
  }

  function present(r: RiskRecord, m: RiskMatrix, s: RiskSettings, today: string): RiskView {
    const levels = { inherent: levelOf(m, r.inherent), current: levelOf(m, r.current), residual: levelOf(m, r.residual) };
    const appetite = s.appetite[r.category];
    return { ...r, levels, travel: travel(m, r.inherent, r.residual), appetite, aboveAppetite: aboveAppetite(levels.current, appetite), reviewOverdue: LIVE(r) && r.nextReview < today };
  }

  function record(id: string): RiskRecord {
    return required(repo.get(id), 'risk', 'id');
  }

  function checkVersion(current: RiskRecord, version: number): void {
    if (current.version !== version) throw staleRisk(current.updatedAt);
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

  function reviewFrom(r: { lastReview: string | null; createdAt: string }): IsoDate {
    return r.lastReview ?? r.createdAt.slice(0, 10);
  }

  function computedNextReview(m: RiskMatrix, s: RiskSettings, current: RiskFields['current'], from: IsoDate): IsoDate {
    return nextReviewDate(m, levelOf(m, current), from, s.reviewDays);
  }

  function withIds(f: RiskFields): Pick<RiskRecord, 'controls' | 'treatments'> {
    return {
      controls: f.controls.map((c) => ({ id: c.id ?? kernel.newId(), description: c.description, effectiveness: c.effectiveness })),
      treatments: f.treatments.map((t) => ({ id: t.id ?? kernel.newId(), action: t.action, owner: t.owner, dueDate: t.dueDate, taskId: t.taskId })),
    };
  }

  function insert(entryId: string, f: RiskFields, templateId: string | null, m: RiskMatrix): RiskRecord {
    const s = settings(m);
    const now = kernel.now().toISOString();
    const r: RiskRecord = {
      id: kernel.newId(),
      entryId,
      templateId,
      ...f,
      ...withIds(f),
      nextReview: f.nextReview ?? computedNextReview(m, s, f.current, f.lastReview ?? kernel.today()),
      acceptance: null,
      matrixId: m.id,
      matrixVersion: m.version,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    repo.insert(r);
    audit(RISK, r.id, 'create', null, r);
    return r;
  }

  /** Writes `after` if the stored row is still at `version`; audits; queues the forecast. Call inside a write. */
  function save(before: RiskRecord, after: RiskRecord, action: string): RiskRecord {
    const next: RiskRecord = { ...after, version: before.version + 1, updatedAt: kernel.now().toISOString() };
    if (!repo.update(next, before.version)) throw staleRisk(repo.get(before.id)?.updatedAt ?? before.updatedAt);
    audit(RISK, before.id, action, before, next);
    return next;
  }

  function view(r: RiskRecord): RiskView {
    const m = matrix();
    return present(r, m, settings(m), kernel.today());
  }

  /** Accepted risks past their expiry reopen, and wait in the approver's queue. */
  function sweepExpired(): void {
    const today = kernel.today();
    const expired = repo.expiredAcceptances(today);
    if (expired.length === 0) return;
    kernel.write(() => {
      for (const r of expired) {
        save(r, { ...r, status: 'open', acceptance: { ...r.acceptance!, expired: true } }, 'acceptance_expired');
        forecasts.schedule(r.entryId);
      }
    });
  }

  const forecasts = forecastCache({
    repo,
    kernel,
    matrix,
    plan: (id) => deps.plan.scheduleInput(id),
    exists: (id) => deps.entries(true).some((e) => e.id === id),
    onProblem: deps.onProblem,
  });

  function checklistCategories(entryId: string): Map<Category, string[]> {
    const map = new Map<Category, string[]>();
    for (const i of deps.checklistItems(entryId)) {
      if (i.status === 'not_applicable' || i.profileExcluded) continue;
      const c = i.category as Category;
      map.set(c, [...(map.get(c) ?? []), i.title]);
    }
    return map;
  }

  /** Where a template's schedule impact lands: the latest-finishing task of its suggesting requirements, else the plan's critical path. */
  function impactTasks(entryId: string, t: RiskTemplate): string[] {
    if (!t.scheduleImpact) return [];
    const plan = deps.plan.view(entryId);
    const open = plan.tasks.filter((k) => !k.isReadiness && k.schedule.state !== 'done');
    const latest = (tasks: typeof open) => [...tasks].sort((a, b) => b.schedule.earlyFinish.localeCompare(a.schedule.earlyFinish))[0];
    if (t.scheduleImpact.on === 'suggesting_tasks') {
      const cats = new Set<string>(t.suggestedBy.requirementCategories ?? []);
      const items = new Set(deps.checklistItems(entryId).filter((i) => cats.has(i.category)).map((i) => i.id));
      const hit = latest(open.filter((k) => k.linkedItemIds.some((id) => items.has(id))));
      if (hit) return [hit.id];
    }
    const critical = new Set(plan.criticalPath);
    const onPath = latest(open.filter((k) => critical.has(k.id)));
    return onPath ? [onPath.id] : [];
  }

  function clampScore(m: RiskMatrix, s: { likelihood: number; impact: number }) {
    return { likelihood: Math.min(s.likelihood, m.likelihood.length), impact: Math.min(s.impact, m.impact.length) };
  }

  function mergeFields(before: RiskRecord, f: RiskFields, m: RiskMatrix): RiskRecord {
    const ids = withIds(f);
    // Keep the ids of controls and actions that are still there, in place.
    ids.controls = ids.controls.map((c, i) => (before.controls[i]?.description === c.description ? { ...c, id: before.controls[i]!.id } : c));
    ids.treatments = ids.treatments.map((t, i) => (before.treatments[i]?.action === t.action ? { ...t, id: before.treatments[i]!.id } : t));
    const s = settings(m);
    return {
      ...before,
      ...f,
      ...ids,
      nextReview: f.nextReview ?? computedNextReview(m, s, f.current, reviewFrom({ lastReview: f.lastReview, createdAt: before.createdAt })),
      matrixId: m.id,
      matrixVersion: m.version,
    };
  }

  /** The fields of a stored risk as a file row would carry them (ids dropped), to tell unchanged rows. */
  function comparable(f: Pick<RiskRecord, keyof RiskFields>): string {
    const { controls, treatments, ...rest } = f;
    return canonicalJson({
      ...rest,
      controls: controls.map((c) => ({ description: c.description, effectiveness: c.effectiveness })),
      treatments: treatments.map((t) => ({ action: t.action, owner: t.owner, dueDate: t.dueDate, taskId: t.taskId })),
    });
  }

  async function planImport(entryId: string, fileName: string, contentBase64: string) {
    deps.entry(entryId);
    const m = matrix();
    const file = await readRegisterFile(fileName, Buffer.from(contentBase64, 'base64'));
    const errors = [...file.problems];
    const creates: RiskFields[] = [];
    const updates: { id: string; version: number; fields: RiskFields }[] = [];
    const preview: RegisterImportPreview = { format: file.format, create: [], update: [], unchanged: 0, errors };
    if (file.problems.length) return { preview, creates, updates };
    const existing = new Map(repo.forEntry(entryId).map((r) => [r.id, r]));
    const seen = new Set<string>();
    for (const row of file.rows) {
      const { id, version, input, problems } = rowInput(row);
      if (problems.length) {
        errors.push(...problems);
        continue;
      }
      const parsed = riskFieldsSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        errors.push({ row: row.row, column: columnOf(issue.path.map(String).join('.')), message: `${issue.message}.` });
        continue;
      }
      const f = parsed.data;
      const before = id ? existing.get(id) : undefined;
      if (id && !before) {
        errors.push({ row: row.row, column: 'ID', message: "is not a risk of this entry's register; clear it to add the row as a new risk." });
        continue;
      }
      if (id && seen.has(id)) {
        errors.push({ row: row.row, column: 'ID', message: 'appears on an earlier row too.' });
        continue;
      }
      seen.add(id);
      try {
        validate(entryId, f, m);
        refuseAcceptedStatus(f.status, before ?? null);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        errors.push({ row: row.row, column: columnOf(err.field ?? ''), message: err.message.replace(/^[^:]*: /, '') });
        continue;
      }
      if (!before) {
        creates.push(f);
        preview.create.push({ row: row.row, title: f.title });
        continue;
      }
      if (version !== before.version) {
        errors.push({ row: row.row, column: 'Version', message: staleRisk(before.updatedAt).message });
        continue;
      }
      const after = mergeFields(before, f, m);
      const a = JSON.parse(comparable(after)) as Record<string, unknown>;
      const b = JSON.parse(comparable(before)) as Record<string, unknown>;
      const changes = Object.keys(a).filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]));
      if (changes.length === 0) {
        preview.unchanged++;
        continue;
      }
      updates.push({ id, version: before.version, fields: f });
      preview.update.push({ row: row.row, id, title: f.title, changes: changes.map((k) => fieldLabel(k)) });
    }
    return { preview, creates, updates };
  }

  function columnOf(path: string): string {
    for (let p = path; p; p = p.replace(/\.?[^.]*$/, '')) {
      const c = COLUMN_OF_FIELD.get(p);
      if (c) return c;
    }
    return 'ID';
  }

  function changed(r: RiskRecord): RiskView {
    forecasts.schedule(r.entryId);
    return view(r);
  }

  return {
    matrix,
    settings: () => settings(),
    sweepExpired,

    /** Stores the shipped matrix as the active one when none is stored yet. */
    ensureMatrix(): void {
      if (repo.matrix()) return;
      kernel.write(() => repo.setMatrix(shippedMatrix.id, shippedMatrix.version, JSON.stringify(shippedMatrix), kernel.now().toISOString()));
    },

    list(entryId: string): RiskView[] {
      deps.entry(entryId);
      sweepExpired();
      const m = matrix();
      const s = settings(m);
      const today = kernel.today();
      return repo.forEntry(entryId).map((r) => present(r, m, s, today));
    },

    get(id: string): RiskView {
      sweepExpired();
      return view(record(id));
    },

    create(entryId: string, f: RiskFields): RiskView {
      deps.entry(entryId);
      const m = matrix();
      validate(entryId, f, m);
      refuseAcceptedStatus(f.status, null);
      return changed(kernel.write(() => insert(entryId, f, null, m)));
    },

    update(id: string, version: number, f: RiskFields): RiskView {
      const before = record(id);
      checkVersion(before, version);
      const m = matrix();
      validate(before.entryId, f, m);
      refuseAcceptedStatus(f.status, before);
      const s = settings(m);
      const after: RiskRecord = {
        ...before,
        ...f,
        ...withIds(f),
        nextReview: f.nextReview ?? computedNextReview(m, s, f.current, reviewFrom({ lastReview: f.lastReview, createdAt: before.createdAt })),
        acceptance: before.acceptance,
        matrixId: m.id,
        matrixVersion: m.version,
      };
      return changed(kernel.write(() => save(before, after, 'update')));
    },

    /** The register's inline edits: owner, status, next review. */
    patch(id: string, version: number, p: RiskPatch): RiskView {
      const before = record(id);
      checkVersion(before, version);
      refuseAcceptedStatus(p.status, before);
      const after: RiskRecord = { ...before, ...(p.owner !== undefined && { owner: p.owner }), ...(p.status !== undefined && { status: p.status }), ...(p.nextReview !== undefined && { nextReview: p.nextReview }) };
      return changed(kernel.write(() => save(before, after, 'patch')));
    },

    markReviewed(id: string, version: number): RiskView {
      const before = record(id);
      checkVersion(before, version);
      const m = matrix();
      const today = kernel.today();
      const after = { ...before, lastReview: today, nextReview: computedNextReview(m, settings(m), before.current, today) };
      return changed(kernel.write(() => save(before, after, 'review')));
    },

    delete(id: string, version: number): { id: string } {
      const before = record(id);
      checkVersion(before, version);
      kernel.write(() => {
        repo.delete(id);
        audit(RISK, id, 'delete', before, null);
      });
      forecasts.schedule(before.entryId);
      return { id };
    },

    suggestions(entryId: string): RiskSuggestion[] {
      const entry = deps.entry(entryId);
      const taken = new Set([...repo.templateIds(entryId), ...repo.dismissed(entryId)]);
      return suggestRisks(templates.templates, { profile: entry.profile, checklist: checklistCategories(entryId), calendar: deps.calendarFacts(entryId), taken }).map((s) => ({
        templateId: s.template.id,
        title: s.template.title,
        category: s.template.category,
        event: s.template.event,
        reasons: s.reasons,
        inherent: s.template.inherent,
        hasScheduleImpact: s.template.scheduleImpact !== null,
      }));
    },

    acceptSuggestion(entryId: string, templateId: string): RiskView {
      deps.entry(entryId);
      const t = required(templateById.get(templateId), 'riskTemplate', 'templateId');
      if (repo.templateIds(entryId).includes(templateId)) throw new AppError('conflict', `"${t.title}" is already in this register.`, 'templateId');
      if (repo.dismissed(entryId).includes(templateId)) throw new AppError('conflict', `"${t.title}" was dismissed for this entry.`, 'templateId');
      const m = matrix();
      const score = clampScore(m, t.inherent);
      const taskIds = impactTasks(entryId, t);
      const f: RiskFields = {
        title: t.title,
        cause: t.cause,
        event: t.event,
        effect: t.effect,
        category: t.category,
        workstream: t.workstream,
        owner: '',
        status: 'open',
        inherent: score,
        current: score,
        residual: score,
        controls: [],
        response: t.response,
        treatments: [{ action: t.treatment, owner: '', dueDate: null, taskId: null }],
        targetLevel: null,
        targetDate: null,
        earlyWarning: t.earlyWarning,
        scheduleImpact: t.scheduleImpact && taskIds.length ? { minDays: t.scheduleImpact.minDays, likelyDays: t.scheduleImpact.likelyDays, maxDays: t.scheduleImpact.maxDays, taskIds } : null,
        costImpact: null,
        lastReview: null,
        nextReview: null,
      };
      return changed(kernel.write(() => insert(entryId, f, templateId, m)));
    },

    dismissSuggestion(entryId: string, templateId: string): { templateId: string } {
      deps.entry(entryId);
      required(templateById.get(templateId), 'riskTemplate', 'templateId');
      kernel.write(() => {
        repo.dismiss(entryId, templateId, kernel.now().toISOString());
        audit(RISK, entryId, 'dismiss_suggestion', null, { templateId });
      });
      return { templateId };
    },

    /** Acceptance: by legal or leadership, with a rationale and a future expiry; recorded in the sign-off ledger with a snapshot. */
    accept(id: string, version: number, rationale: string, expires: string): RiskView {
      const before = record(id);
      const signer = deps.signer();
      if (!signer.name) throw new AppError('invalid_input', 'Approver: set your display name in Settings; the acceptance is recorded under it in the sign-off ledger.', 'approver');
      if (!ACCEPTING_ROLES.includes(signer.role)) {
        throw new AppError('invalid_input', 'Approver: only the legal or leadership role may accept a risk. Roles are self-declared in Settings; your OS user is recorded beside them.', 'approver');
      }
      if (!rationale.trim()) throw new AppError('invalid_input', 'Rationale: write why the risk is accepted.', 'rationale');
      if (!expires) throw new AppError('invalid_input', 'Expiry date: an acceptance needs an expiry date.', 'expires');
      if (expires <= kernel.today()) throw new AppError('invalid_input', 'Expiry date: choose a date after today.', 'expires');
      if (!LIVE(before)) throw new AppError('invalid_input', `Status: a risk that is ${RISK_STATUS_LABELS[before.status].toLowerCase()} cannot be accepted.`, 'status');
      checkVersion(before, version);
      const shown = view(before);
      const after = kernel.write(() => {
        const snapshot = {
          riskId: before.id,
          version: before.version,
          title: before.title,
          cause: before.cause,
          event: before.event,
          effect: before.effect,
          category: before.category,
          owner: before.owner,
          inherent: before.inherent,
          current: before.current,
          residual: before.residual,
          levels: shown.levels,
          appetite: shown.appetite,
          aboveAppetite: shown.aboveAppetite,
          response: before.response,
          matrixId: matrix().id,
          matrixVersion: matrix().version,
          rationale,
          expires,
        };
        const rec = deps.appendAcceptance({ entryId: before.entryId, riskId: before.id, signerName: signer.name, signerRole: signer.role, snapshot });
        return save(
          before,
          { ...before, status: 'accepted', acceptance: { approverName: signer.name, approverRole: signer.role, rationale, expires, at: rec.at, ledgerSeq: rec.seq, ledgerHash: rec.hash, expired: false } },
          'accept',
        );
      });
      return changed(after);
    },

    /** Risks whose acceptance ran out and that are not re-accepted: the approvers' queue. */
    acceptanceQueue(): AcceptanceQueueEntry[] {
      sweepExpired();
      const m = matrix();
      const names = new Map(deps.entries(false).map((e) => [e.id, e.name]));
      return repo
        .all()
        .filter((r) => names.has(r.entryId) && r.acceptance?.expired && r.status !== 'accepted' && LIVE(r))
        .map((r) => ({ riskId: r.id, entryId: r.entryId, entryName: names.get(r.entryId)!, title: r.title, approverName: r.acceptance!.approverName, expired: r.acceptance!.expires, level: levelOf(m, r.current) }));
    },

    /** Turns a treatment action into a plan task of the same entry and links it. */
    treatmentToTask(id: string, version: number, treatmentId: string, durationDays: number): RiskView {
      const before = record(id);
      checkVersion(before, version);
      const t = before.treatments.find((x) => x.id === treatmentId);
      if (!t) throw new AppError('not_found', 'That treatment action is no longer on the risk.', 'treatmentId');
      if (t.taskId) throw new AppError('invalid_input', 'Treatment action: it already has a plan task.', 'treatmentId');
      const after = kernel.write(() => {
        const known = new Set(deps.plan.scheduleInput(before.entryId).tasks.map((k) => k.id));
        const plan = deps.plan.addTask({ entryId: before.entryId, title: t.action.slice(0, 300), workstream: before.workstream, owner: t.owner, durationDays, afterTaskId: null });
        const task = plan.tasks.find((k) => !known.has(k.id))!;
        return save(before, { ...before, treatments: before.treatments.map((x) => (x.id === treatmentId ? { ...x, taskId: task.id } : x)) }, 'treatment_to_task');
      });
      return changed(after);
    },

    overdue(): RiskOverdue[] {
      const today = kernel.today();
      const m = matrix();
      const names = new Map(deps.entries(false).map((e) => [e.id, e.name]));
      return repo
        .all()
        .filter((r) => names.has(r.entryId) && LIVE(r) && r.nextReview < today)
        .sort((a, b) => a.nextReview.localeCompare(b.nextReview))
        .map((r) => ({ riskId: r.id, entryId: r.entryId, entryName: names.get(r.entryId)!, title: r.title, owner: r.owner, nextReview: r.nextReview, level: levelOf(m, r.current) }));
    },

    heatmap(entryId: string, stage: RiskStage): Heatmap {
      deps.entry(entryId);
      return buildHeatmap(matrix(), repo.forEntry(entryId).filter(LIVE), stage);
    },

    portfolioHeatmap(filter: { category: RiskCategory | null; region: string | null; stage: RiskStage }): Heatmap & { regions: string[] } {
      const entries = deps.entries(false);
      const region = new Map(entries.map((e) => [e.id, deps.regionOf(e.targetCountry)]));
      const risks = repo
        .all()
        .filter((r) => region.has(r.entryId) && LIVE(r))
        .filter((r) => !filter.category || r.category === filter.category)
        .filter((r) => !filter.region || region.get(r.entryId) === filter.region);
      return { ...buildHeatmap(matrix(), risks, filter.stage), regions: [...new Set(region.values())].sort() };
    },

    /** What the timeline exports show of the entry's risks: null when it has none. */
    timelineRisks(entryId: string): TimelineRisks | null {
      const live = repo.forEntry(entryId).filter(LIVE);
      if (live.length === 0) return null;
      const m = matrix();
      const f = forecasts.read(entryId);
      const map = buildHeatmap(m, live, 'current');
      return {
        p50: f.p50,
        p80: f.p80,
        probabilityOnTarget: f.probabilityOnTarget,
        scheduleRisks: f.scheduleRisks,
        matrixName: m.name,
        likelihood: m.likelihood.map((l) => l.label),
        impact: m.impact.map((i) => i.label),
        levels: m.levels.map((l) => ({ id: l.id, label: l.label, colour: l.colour })),
        cells: map.cells.map((c) => ({ likelihood: c.likelihood, impact: c.impact, level: c.level, titles: c.risks.map((r) => r.title) })),
      };
    },

    forecast(entryId: string): RiskForecastView {
      deps.entry(entryId);
      return forecasts.read(entryId);
    },

    /** A plan changed (told by the plan service): recompute its forecast after the write. */
    planChanged(entryId: string): void {
      forecasts.schedule(entryId);
    },

    importMatrix(fileName: string, content: string): RiskMatrix {
      const m = parseMatrixFile(fileName, content);
      for (const r of repo.all()) {
        for (const stage of RISK_STAGES) {
          if (scoreProblem(m, r[stage])) {
            throw new AppError('invalid_input', `Matrix file: the risk "${r.title}" is scored ${r[stage].likelihood} × ${r[stage].impact} (${RISK_STAGE_LABELS[stage].toLowerCase()}), outside this matrix's scales; rescore it first.`, 'content');
          }
        }
      }
      kernel.write(() => {
        const before = matrix();
        repo.setMatrix(m.id, m.version, JSON.stringify(m), kernel.now().toISOString());
        audit('risk_matrix', 'risk_matrix', 'import', { id: before.id, version: before.version }, { id: m.id, version: m.version });
      });
      for (const e of deps.entries(true)) forecasts.schedule(e.id);
      return m;
    },

    updateSettings(input: { appetite: Partial<Record<RiskCategory, RiskLevel>>; reviewDays: Partial<Record<RiskLevel, number>> }): RiskSettings {
      return kernel.write(() => {
        const before = settings();
        for (const [c, l] of Object.entries(input.appetite)) repo.setAppetite(c as RiskCategory, l);
        for (const [l, d] of Object.entries(input.reviewDays)) repo.setReviewInterval(l as RiskLevel, d);
        const after = settings();
        audit('risk_settings', 'risk_settings', 'update', before, after);
        return after;
      });
    },

    /**
     * What leadership reads per entry, in a fixed number of queries (the risks still in play,
     * the cached forecasts, the matrix and the appetite): counts by current level, above appetite,
     * acceptances expiring within 30 days, overdue reviews, and the cached P80 / probability.
     */
    portfolioFigures(today: string): Map<string, { critical: number; high: number; aboveAppetite: number; p80: string | null; probabilityOnTarget: number | null; acceptancesExpiringWithin30Days: number; overdueReviews: number }> {
      const m = matrix();
      const s = settings(m);
      const soon = addDays(today, 30);
      const out = new Map<string, { critical: number; high: number; aboveAppetite: number; p80: string | null; probabilityOnTarget: number | null; acceptancesExpiringWithin30Days: number; overdueReviews: number }>();
      const at = (id: string) => {
        let f = out.get(id);
        if (!f) out.set(id, (f = { critical: 0, high: 0, aboveAppetite: 0, p80: null, probabilityOnTarget: null, acceptancesExpiringWithin30Days: 0, overdueReviews: 0 }));
        return f;
      };
      for (const r of repo.summaries()) {
        const f = at(r.entryId);
        const level = scoreProblem(m, r.current) ? null : levelOf(m, r.current);
        if (level === 'critical') f.critical++;
        if (level === 'high') f.high++;
        if (level && aboveAppetite(level, s.appetite[r.category])) f.aboveAppetite++;
        if (r.acceptanceExpires && r.acceptanceExpires >= today && r.acceptanceExpires <= soon) f.acceptancesExpiringWithin30Days++;
        if (r.nextReview < today) f.overdueReviews++;
      }
      for (const c of repo.forecasts()) {
        const f = at(c.entryId);
        f.p80 = c.p80;
        f.probabilityOnTarget = c.probabilityOnTarget;
      }
      return out;
    },

    async exportRegister(entryId: string, format: 'csv' | 'xlsx'): Promise<ExportFile> {
      const entry = deps.entry(entryId);
      const m = matrix();
      const s = settings(m);
      const today = kernel.today();
      const risks = repo.forEntry(entryId).map((r) => present(r, m, s, today));
      const bytes = format === 'csv' ? registerCsv(risks) : await registerXlsx(risks, `${entry.name} risk register`);
      const stem = uniqueExportStem({ id: entry.id, name: entry.name }, deps.entries(true));
      return { fileName: exportFileName(stem, 'risk-register', today, format), mimeType: REGISTER_MIME[format], contentBase64: bytes.toString('base64') };
    },

    previewImport: async (entryId: string, fileName: string, contentBase64: string): Promise<RegisterImportPreview> => (await planImport(entryId, fileName, contentBase64)).preview,

    async applyImport(entryId: string, fileName: string, contentBase64: string): Promise<RegisterImportPreview> {
      const planned = await planImport(entryId, fileName, contentBase64);
      const { preview } = planned;
      if (preview.errors.length > 0) {
        const e = preview.errors[0]!;
        throw new AppError('invalid_input', `Row ${e.row}, ${e.column}: ${e.message} Nothing was imported (${preview.errors.length} ${preview.errors.length === 1 ? 'problem' : 'problems'}).`, 'contentBase64');
      }
      const m = matrix();
      kernel.write(() => {
        for (const c of planned.creates) insert(entryId, c, null, m);
        for (const u of planned.updates) {
          const before = record(u.id);
          if (before.version !== u.version) throw staleRisk(before.updatedAt);
          save(before, mergeFields(before, u.fields, m), 'import');
        }
      });
      forecasts.schedule(entryId);
      return preview;
    },
    templates: () => templates.templates,

    close(): void {
      forecasts.close();
    },
  };
}

export type RiskService = ReturnType<typeof riskService>;
