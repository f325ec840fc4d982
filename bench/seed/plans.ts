/**
 * One entry's plan after the plan service built it: the team's own tasks chained into the
 * readiness milestone up to about 100, or, for the one big entry, the 2,000-task synthetic plan.
 */
import type Database from 'better-sqlite3';
import type { PlanRepo } from '../../electron/backend/repos/plan-repo';
import { taskRecord } from '../../electron/backend/services/plan/plan-build';
import type { DependencyType } from '../../shared/domain/schedule-model';
import { syntheticPlan } from '../schedule-bench';
import type { Draw } from './draw';
import { PEOPLE, TEAM_ITEMS } from './names';

export interface PlanSeeding {
  db: Database.Database;
  draw: Draw;
  repo: PlanRepo;
  newId(): string;
  counts: Record<string, number>;
  tasksPerEntry: number;
  at: string;
}

/** What a new task is given (the template's defaults fill the rest). */
type NewTaskFields = Parameters<typeof taskRecord>[2];

const WORKSTREAMS = ['regulatory_legal', 'infrastructure_technology', 'team_operations'] as const;

/** Adds the entry's own tasks (or the big synthetic plan when `big`); counts the tasks and links. */
export function seedPlan(s: PlanSeeding, entryId: string, big: boolean, seed: number): void {
  const { random, int, pick } = s.draw;
  const built = s.db.prepare('SELECT count(*) AS n FROM plan_tasks WHERE entry_id = ?').pluck().get(entryId) as number;
  const readiness = s.db.prepare('SELECT id FROM plan_tasks WHERE entry_id = ? AND is_readiness = 1').pluck().get(entryId) as string;
  const ownTask = (fields: Omit<NewTaskFields, 'owner' | 'percentComplete'>, sort: number) => {
    const owner = pick(PEOPLE);
    const percentComplete = random() < 0.3 ? int(1, 10) * 10 : 0;
    const task = taskRecord(s.newId(), entryId, { ...fields, owner, percentComplete }, sort, s.at);
    s.repo.insertTask(task);
    return task.id;
  };
  const link = (predecessorId: string, successorId: string, type: DependencyType = 'FS', lagDays = 0) => {
    s.repo.insertDependency({ id: s.newId(), entryId, predecessorId, successorId, type, lagDays });
    s.counts.dependencies!++;
  };
  let added = 0;
  if (big) {
    const synthetic = syntheticPlan(seed);
    const idOf = new Map<string, string>();
    synthetic.tasks.forEach((t, k) => idOf.set(t.id, ownTask({ title: `${t.title}`, workstream: WORKSTREAMS[k % 3]!, durationDays: t.durationDays }, 20_000 + k)));
    for (const d of synthetic.dependencies) link(idOf.get(d.predecessorId)!, idOf.get(d.successorId)!, d.type, d.lagDays);
    added = synthetic.tasks.length;
  } else {
    let previous: string | null = null;
    for (let k = built; k < s.tasksPerEntry; k++) {
      const [title, workstream] = TEAM_ITEMS[k % TEAM_ITEMS.length]!;
      const id = ownTask({ title: `${title} — step ${k}`, workstream, durationDays: int(1, 8) }, 20_000 + k);
      if (previous) link(previous, id);
      previous = id;
      added++;
    }
    if (previous) link(previous, readiness);
  }
  s.counts.tasks! += built + added;
}
