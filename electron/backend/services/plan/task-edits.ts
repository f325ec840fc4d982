/** Editing a plan's tasks and dependencies; each change is pre-checked by the scheduler, then written. */
import { AppError } from '../../../../shared/errors';
import type { NewDependency, NewTask, PlanView, TaskPatch } from '../../../../shared/plan-schema';
import type { TaskRecord } from '../../repos/plan-repo';
import { checkVersion, required } from '../kernel';
import { nextSort } from './plan-build';
import type { MutatePlan, PlanCore } from './plan-state';

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type Predecessor = NonNullable<TaskPatch['dependencies']>[number];
type Successor = NonNullable<TaskPatch['successors']>[number];
/** A link as both lists name it: the other task, its type and lag. */
type Link = { other: string; type: Predecessor['type']; lagDays: number };

export function taskEdits(core: PlanCore, mutate: MutatePlan) {
  const { repo, kernel } = core.deps;

  /** Refuses a link list that names a task outside the plan, the task itself, or one task twice. */
  function checkLinks(task: TaskRecord, links: Link[], field: 'dependencies' | 'successors'): void {
    const tasks = new Map(repo.tasks(task.entryId).map((t) => [t.id, t]));
    const seen = new Set<string>();
    for (const l of links) {
      const other = tasks.get(l.other);
      if (!other) throw new AppError('invalid_input', 'Dependencies: a linked task is not a task of this plan.', field);
      if (other.id === task.id) throw new AppError('invalid_input', `Dependencies: "${task.title}" cannot depend on itself.`, field);
      if (seen.has(other.id)) throw new AppError('invalid_input', `Dependencies: "${task.title}" is linked to "${other.title}" twice.`, field);
      seen.add(other.id);
    }
  }

  /**
   * Replaces the task's links on one side with `links`, keeping those that stay as they were.
   * A successor whose links change moves to its next version (its open editors are then refused).
   */
  function replaceLinks(task: TaskRecord, links: Link[], side: 'predecessors' | 'successors'): void {
    const mine = side === 'predecessors' ? (d: { successorId: string }) => d.successorId === task.id : (d: { predecessorId: string }) => d.predecessorId === task.id;
    const otherOf = (d: { predecessorId: string; successorId: string }) => (side === 'predecessors' ? d.predecessorId : d.successorId);
    const key = (l: Link) => `${l.other}|${l.type}|${l.lagDays}`;
    const wanted = new Set(links.map(key));
    const kept = new Set<string>();
    const touched = new Set<string>();
    for (const d of repo.dependencies(task.entryId).filter(mine)) {
      const k = key({ other: otherOf(d), type: d.type, lagDays: d.lagDays });
      if (wanted.has(k)) kept.add(k);
      else {
        repo.deleteDependency(d.id);
        touched.add(d.successorId);
      }
    }
    for (const l of links) {
      if (kept.has(key(l))) continue;
      if (side === 'predecessors') core.build.dependency(task.entryId, l.other, task.id, l.type, l.lagDays);
      else core.build.dependency(task.entryId, task.id, l.other, l.type, l.lagDays);
      touched.add(side === 'predecessors' ? task.id : l.other);
    }
    if (side === 'successors') {
      const at = kernel.now().toISOString();
      for (const id of touched) {
        const t = repo.task(id);
        if (t) repo.touchTask(id, t.version, at);
      }
    }
  }

  const asLinks = {
    predecessors: (l: Predecessor[]): Link[] => l.map((x) => ({ other: x.predecessorId, type: x.type, lagDays: x.lagDays })),
    successors: (l: Successor[]): Link[] => l.map((x) => ({ other: x.successorId, type: x.type, lagDays: x.lagDays })),
  };

  /** The successor's version moves with its links; refused when it moved on since the edit was opened. */
  function touchSuccessor(taskId: string, version: number): void {
    core.taskAt(taskId, version);
    repo.touchTask(taskId, version, kernel.now().toISOString());
  }

  return {
    /** Saves an edit of the task (fields and predecessor links together) based on `version`. */
    updateTask(taskId: string, version: number, patch: TaskPatch): PlanView {
      const before = core.task(taskId);
      checkVersion(before, version, 'task');
      if (before.isReadiness && patch.durationDays !== undefined && patch.durationDays !== 0) {
        throw new AppError('invalid_input', `"${before.title}" is the plan's end milestone; its duration stays 0.`, 'durationDays');
      }
      const { dependencies: predecessorList, successors: successorList, ...fields } = patch;
      const links = predecessorList ? asLinks.predecessors(predecessorList) : undefined;
      const successorLinks = successorList ? asLinks.successors(successorList) : undefined;
      if (links) checkLinks(before, links, 'dependencies');
      if (successorLinks) checkLinks(before, successorLinks, 'successors');
      core.precheck(before.entryId, (input) => ({
        ...input,
        tasks: input.tasks.map((t) => (t.id === taskId ? { ...t, ...stripUndefined({ title: fields.title, durationDays: fields.durationDays, percentComplete: fields.percentComplete, actualStart: fields.actualStart, actualFinish: fields.actualFinish, startNoEarlierThan: fields.startNoEarlierThan }) } : t)),
        dependencies: [
          ...input.dependencies.filter((d) => (links ? d.successorId !== taskId : true) && (successorLinks ? d.predecessorId !== taskId : true)),
          ...(links ?? []).map((l) => ({ predecessorId: l.other, successorId: taskId, type: l.type, lagDays: l.lagDays })),
          ...(successorLinks ?? []).map((l) => ({ predecessorId: taskId, successorId: l.other, type: l.type, lagDays: l.lagDays })),
        ],
      }));
      return mutate(before.entryId, 'update_task', () => {
        const current = core.taskAt(taskId, version);
        const beforeLinks = links || successorLinks ? repo.dependencies(current.entryId).filter((d) => d.successorId === taskId || d.predecessorId === taskId) : undefined;
        const after: TaskRecord = { ...current, ...stripUndefined(fields), updatedAt: kernel.now().toISOString() };
        core.storeTask(after);
        if (links) replaceLinks(current, links, 'predecessors');
        if (successorLinks) replaceLinks(current, successorLinks, 'successors');
        return { taskId, before: { ...current, links: beforeLinks }, after: { ...after, version: version + 1, predecessors: predecessorList, successors: successorList } };
      });
    },

    addTask(input: NewTask): PlanView {
      core.deps.entry(input.entryId);
      core.precheck(input.entryId, (plan) => ({
        ...plan,
        tasks: [...plan.tasks, { id: 'new-task', title: input.title, durationDays: input.durationDays, percentComplete: 0, actualStart: null, actualFinish: null, startNoEarlierThan: null }],
      }));
      return mutate(input.entryId, 'add_task', () => {
        const tasks = repo.tasks(input.entryId);
        const readiness = tasks.find((t) => t.isReadiness)!;
        const task = core.build.newTaskRecord(input.entryId, { title: input.title, workstream: input.workstream, durationDays: input.durationDays, owner: input.owner }, nextSort(tasks));
        repo.insertTask(task);
        if (input.afterTaskId) {
          if (!tasks.some((t) => t.id === input.afterTaskId)) throw new AppError('not_found', 'The task to follow is not in this plan.', 'afterTaskId');
          core.build.dependency(input.entryId, input.afterTaskId, task.id);
        }
        core.build.dependency(input.entryId, task.id, readiness.id);
        return task;
      });
    },

    deleteTask(taskId: string): PlanView {
      const task = core.task(taskId);
      if (task.isReadiness) throw new AppError('invalid_input', `"${task.title}" always ends the plan and cannot be deleted.`, 'taskId');
      return mutate(task.entryId, 'delete_task', () => repo.deleteTask(taskId), task);
    },

    addDependency(input: NewDependency): PlanView {
      const pred = core.task(input.predecessorId);
      const succ = core.task(input.successorId);
      checkVersion(succ, input.version, 'task');
      if (pred.entryId !== input.entryId || succ.entryId !== input.entryId) throw new AppError('invalid_input', 'Both tasks must belong to this plan.', 'predecessorId');
      if (repo.dependencies(input.entryId).some((d) => d.predecessorId === pred.id && d.successorId === succ.id)) {
        throw new AppError('invalid_input', `"${succ.title}" already depends on "${pred.title}".`, 'predecessorId');
      }
      if (pred.id === succ.id) throw new AppError('invalid_input', `"${pred.title}" cannot depend on itself.`, 'successorId');
      core.precheck(input.entryId, (plan) => ({
        ...plan,
        dependencies: [...plan.dependencies, { predecessorId: pred.id, successorId: succ.id, type: input.type, lagDays: input.lagDays }],
      }));
      return mutate(input.entryId, 'add_dependency', () => {
        touchSuccessor(succ.id, input.version);
        return core.build.dependency(input.entryId, pred.id, succ.id, input.type, input.lagDays);
      });
    },

    /** `version` is the successor task's: the link is part of the task that waits for it. */
    removeDependency(dependencyId: string, version: number): PlanView {
      const dep = required(repo.dependency(dependencyId), 'dependency', 'dependencyId');
      checkVersion(core.task(dep.successorId), version, 'task');
      return mutate(
        dep.entryId,
        'remove_dependency',
        () => {
          touchSuccessor(dep.successorId, version);
          repo.deleteDependency(dependencyId);
        },
        dep,
      );
    },
  };
}
