import type Database from 'better-sqlite3';
import type { Holiday } from '../../../shared/domain/calendar';
import type { HolidayOverride } from '../../../shared/plan-schema';
import type { Workstream } from '../../../shared/requirements/pack-schema';
import type { DependencyType } from '../../../shared/domain/schedule';

export interface PlanRecord {
  entryId: string;
  projectStart: string;
  statusDate: string | null;
  templateId: string;
  templateVersion: string;
  calendarFrom: string;
  calendarTo: string;
  holidays: Holiday[] | null;
  overrides: HolidayOverride[];
  shutdowns: string[];
  createdAt: string;
  updatedAt: string;
  /** The version of the settings (status date, shutdowns, holiday overrides, calendar, start). */
  version: number;
  /** When the settings last changed (task edits touch only `updatedAt`). */
  settingsUpdatedAt: string;
}

export interface TaskRecord {
  id: string;
  entryId: string;
  title: string;
  workstream: Workstream;
  owner: string;
  durationDays: number;
  percentComplete: number;
  actualStart: string | null;
  actualFinish: string | null;
  startNoEarlierThan: string | null;
  isReadiness: boolean;
  templateKey: string | null;
  sort: number;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every change to the task or to the links it waits for. */
  version: number;
}

export interface DependencyRecord {
  id: string;
  entryId: string;
  predecessorId: string;
  successorId: string;
  type: DependencyType;
  lagDays: number;
}

export interface BaselineRecord {
  id: string;
  entryId: string;
  name: string;
  createdAt: string;
  finish: string;
  tasks: Record<string, { start: string; finish: string }>;
}

interface PlanRow {
  entry_id: string;
  project_start: string;
  status_date: string | null;
  template_id: string;
  template_version: string;
  calendar_from: string;
  calendar_to: string;
  holidays: string | null;
  holiday_overrides: string;
  shutdowns: string;
  created_at: string;
  updated_at: string;
  version: number;
  settings_updated_at: string;
}

interface TaskRow {
  id: string;
  entry_id: string;
  title: string;
  workstream: Workstream;
  owner: string;
  duration_days: number;
  percent_complete: number;
  actual_start: string | null;
  actual_finish: string | null;
  start_no_earlier_than: string | null;
  is_readiness: number;
  template_key: string | null;
  sort: number;
  created_at: string;
  updated_at: string;
  version: number;
}

interface DependencyRow {
  id: string;
  entry_id: string;
  predecessor_id: string;
  successor_id: string;
  type: DependencyType;
  lag_days: number;
}

const toPlan = (r: PlanRow): PlanRecord => ({
  entryId: r.entry_id,
  projectStart: r.project_start,
  statusDate: r.status_date,
  templateId: r.template_id,
  templateVersion: r.template_version,
  calendarFrom: r.calendar_from,
  calendarTo: r.calendar_to,
  holidays: r.holidays === null ? null : (JSON.parse(r.holidays) as Holiday[]),
  overrides: JSON.parse(r.holiday_overrides) as HolidayOverride[],
  shutdowns: JSON.parse(r.shutdowns) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
  settingsUpdatedAt: r.settings_updated_at || r.updated_at,
});

const planParams = (p: PlanRecord) => ({
  entry_id: p.entryId,
  project_start: p.projectStart,
  status_date: p.statusDate,
  template_id: p.templateId,
  template_version: p.templateVersion,
  calendar_from: p.calendarFrom,
  calendar_to: p.calendarTo,
  holidays: p.holidays === null ? null : JSON.stringify(p.holidays),
  holiday_overrides: JSON.stringify(p.overrides),
  shutdowns: JSON.stringify(p.shutdowns),
  created_at: p.createdAt,
  updated_at: p.updatedAt,
  version: p.version,
  settings_updated_at: p.settingsUpdatedAt,
});

const toTask = (r: TaskRow): TaskRecord => ({
  id: r.id,
  entryId: r.entry_id,
  title: r.title,
  workstream: r.workstream,
  owner: r.owner,
  durationDays: r.duration_days,
  percentComplete: r.percent_complete,
  actualStart: r.actual_start,
  actualFinish: r.actual_finish,
  startNoEarlierThan: r.start_no_earlier_than,
  isReadiness: r.is_readiness === 1,
  templateKey: r.template_key,
  sort: r.sort,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

const taskParams = (t: TaskRecord) => ({
  id: t.id,
  entry_id: t.entryId,
  title: t.title,
  workstream: t.workstream,
  owner: t.owner,
  duration_days: t.durationDays,
  percent_complete: t.percentComplete,
  actual_start: t.actualStart,
  actual_finish: t.actualFinish,
  start_no_earlier_than: t.startNoEarlierThan,
  is_readiness: t.isReadiness ? 1 : 0,
  template_key: t.templateKey,
  sort: t.sort,
  created_at: t.createdAt,
  updated_at: t.updatedAt,
  version: t.version,
});

const toDependency = (r: DependencyRow): DependencyRecord => ({
  id: r.id,
  entryId: r.entry_id,
  predecessorId: r.predecessor_id,
  successorId: r.successor_id,
  type: r.type,
  lagDays: r.lag_days,
});

const columns = (o: object) => Object.keys(o);
const insertSql = (table: string, cols: string[]) => `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`;
/** Writes the row only while it is still at the version it was read with, and bumps that. */
const updateSql = (table: string, key: string, cols: string[]) =>
  `UPDATE ${table} SET ${cols.filter((c) => c !== key && c !== 'version').map((c) => `${c} = @${c}`).join(', ')}, version = version + 1 WHERE ${key} = @${key} AND version = @version`;

const PLAN_COLS = columns(planParams({ overrides: [], shutdowns: [], holidays: null } as unknown as PlanRecord));
const TASK_COLS = columns(taskParams({} as TaskRecord));

export function planRepo(db: Database.Database) {
  const insertPlan = db.prepare(insertSql('plans', PLAN_COLS));
  const updatePlan = db.prepare(updateSql('plans', 'entry_id', PLAN_COLS.filter((c) => c !== 'created_at')));
  const touchPlan = db.prepare<[string, string]>('UPDATE plans SET updated_at = ? WHERE entry_id = ?');
  const touchTask = db.prepare<[string, string, number]>('UPDATE plan_tasks SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?');
  const planByEntry = db.prepare<[string], PlanRow>('SELECT * FROM plans WHERE entry_id = ?');
  const insertTask = db.prepare(insertSql('plan_tasks', TASK_COLS));
  const updateTask = db.prepare(updateSql('plan_tasks', 'id', TASK_COLS.filter((c) => c !== 'entry_id' && c !== 'created_at')));
  const deleteTask = db.prepare<[string]>('DELETE FROM plan_tasks WHERE id = ?');
  const taskById = db.prepare<[string], TaskRow>('SELECT * FROM plan_tasks WHERE id = ?');
  const tasksOf = db.prepare<[string], TaskRow>('SELECT * FROM plan_tasks WHERE entry_id = ? ORDER BY sort, created_at');
  const insertDep = db.prepare(
    'INSERT INTO plan_dependencies (id, entry_id, predecessor_id, successor_id, type, lag_days) VALUES (@id, @entry_id, @predecessor_id, @successor_id, @type, @lag_days)',
  );
  const deleteDep = db.prepare<[string]>('DELETE FROM plan_dependencies WHERE id = ?');
  const depById = db.prepare<[string], DependencyRow>('SELECT * FROM plan_dependencies WHERE id = ?');
  const depsOf = db.prepare<[string], DependencyRow>('SELECT * FROM plan_dependencies WHERE entry_id = ?');
  const linkItem = db.prepare<[string, string]>('INSERT OR IGNORE INTO plan_task_items (task_id, item_id) VALUES (?, ?)');
  const linksOf = db.prepare<[string], { task_id: string; item_id: string }>(
    'SELECT l.task_id, l.item_id FROM plan_task_items l JOIN plan_tasks t ON t.id = l.task_id WHERE t.entry_id = ?',
  );
  const insertBaseline = db.prepare('INSERT INTO plan_baselines (id, entry_id, name, created_at, finish, tasks) VALUES (@id, @entry_id, @name, @created_at, @finish, @tasks)');
  const baselinesOf = db.prepare<[string], { id: string; entry_id: string; name: string; created_at: string; finish: string; tasks: string }>(
    'SELECT * FROM plan_baselines WHERE entry_id = ? ORDER BY created_at, rowid',
  );

  return {
    insertPlan: (p: PlanRecord) => void insertPlan.run(planParams(p)),
    /**
     * Writes changed settings at `at` if the stored plan is still at `p.version` (then one
     * higher); false when it is not.
     */
    updatePlan(p: PlanRecord, at: string): boolean {
      const { created_at: _c, ...params } = planParams({ ...p, updatedAt: at, settingsUpdatedAt: at });
      return updatePlan.run(params).changes === 1;
    },
    /** Records that something in the plan (a task, a link) changed, without touching its settings' version. */
    touchPlan: (entryId: string, at: string) => void touchPlan.run(at, entryId),
    plan(entryId: string): PlanRecord | undefined {
      const r = planByEntry.get(entryId);
      return r ? toPlan(r) : undefined;
    },
    insertTask: (t: TaskRecord) => void insertTask.run(taskParams(t)),
    /** Writes `t` if the stored task is still at `t.version` (then one higher); false when it is not. */
    updateTask(t: TaskRecord): boolean {
      const { entry_id: _e, created_at: _c, ...params } = taskParams(t);
      return updateTask.run(params).changes === 1;
    },
    /** Bumps a task's version when the links it waits for change; false when it is not at `version`. */
    touchTask: (id: string, version: number, at: string): boolean => touchTask.run(at, id, version).changes === 1,
    deleteTask: (id: string) => void deleteTask.run(id),
    task(id: string): TaskRecord | undefined {
      const r = taskById.get(id);
      return r ? toTask(r) : undefined;
    },
    tasks: (entryId: string): TaskRecord[] => tasksOf.all(entryId).map(toTask),
    insertDependency(d: DependencyRecord): void {
      insertDep.run({ id: d.id, entry_id: d.entryId, predecessor_id: d.predecessorId, successor_id: d.successorId, type: d.type, lag_days: d.lagDays });
    },
    deleteDependency: (id: string) => void deleteDep.run(id),
    dependency(id: string): DependencyRecord | undefined {
      const r = depById.get(id);
      return r ? toDependency(r) : undefined;
    },
    dependencies: (entryId: string): DependencyRecord[] => depsOf.all(entryId).map(toDependency),
    linkItem: (taskId: string, itemId: string) => void linkItem.run(taskId, itemId),
    links: (entryId: string) => linksOf.all(entryId).map((r) => ({ taskId: r.task_id, itemId: r.item_id })),
    insertBaseline(b: BaselineRecord): void {
      insertBaseline.run({ id: b.id, entry_id: b.entryId, name: b.name, created_at: b.createdAt, finish: b.finish, tasks: JSON.stringify(b.tasks) });
    },
    baselines: (entryId: string): BaselineRecord[] =>
      baselinesOf.all(entryId).map((r) => ({ id: r.id, entryId: r.entry_id, name: r.name, createdAt: r.created_at, finish: r.finish, tasks: JSON.parse(r.tasks) as BaselineRecord['tasks'] })),
  };
}

export type PlanRepo = ReturnType<typeof planRepo>;
