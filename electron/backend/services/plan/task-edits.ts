/** Editing a plan's tasks and dependencies; each change is pre-checked by the scheduler, then written. */
import { AppError } from '../../../../shared/errors';
import type { NewDependency, NewTask, PlanView, TaskPatch } from '../../../../shared/plan-schema';
import type { TaskRecord } from '../../repos/plan-repo';
import { required } from '../kernel';
import { nextSort } from './plan-build';
import type { MutatePlan, PlanCore } from './plan-state';

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function taskEdits(core: PlanCore, mutate: MutatePlan) {
  const { repo, kernel } = core.deps;

  return {
    updateTask(taskId: string, patch: TaskPatch): PlanView {
      const before = core.task(taskId);
      if (before.isReadiness && patch.durationDays !== undefined && patch.durationDays !== 0) {
        throw new AppError('invalid_input', `"${before.title}" is the plan's end milestone; its duration stays 0.`, 'durationDays');
      }
      core.precheck(before.entryId, (input) => ({
        ...input,
        tasks: input.tasks.map((t) => (t.id === taskId ? { ...t, ...stripUndefined({ title: patch.title, durationDays: patch.durationDays, percentComplete: patch.percentComplete, actualStart: patch.actualStart, actualFinish: patch.actualFinish, startNoEarlierThan: patch.startNoEarlierThan }) } : t)),
      }));
      return mutate(before.entryId, 'update_task', () => {
        const after: TaskRecord = { ...before, ...stripUndefined(patch), updatedAt: kernel.now().toISOString() };
        repo.updateTask(after);
        return { taskId, before, after };
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
      if (pred.entryId !== input.entryId || succ.entryId !== input.entryId) throw new AppError('invalid_input', 'Both tasks must belong to this plan.', 'predecessorId');
      if (repo.dependencies(input.entryId).some((d) => d.predecessorId === pred.id && d.successorId === succ.id)) {
        throw new AppError('invalid_input', `"${succ.title}" already depends on "${pred.title}".`, 'predecessorId');
      }
      if (pred.id === succ.id) throw new AppError('invalid_input', `"${pred.title}" cannot depend on itself.`, 'successorId');
      core.precheck(input.entryId, (plan) => ({
        ...plan,
        dependencies: [...plan.dependencies, { predecessorId: pred.id, successorId: succ.id, type: input.type, lagDays: input.lagDays }],
      }));
      return mutate(input.entryId, 'add_dependency', () => core.build.dependency(input.entryId, pred.id, succ.id, input.type, input.lagDays));
    },

    removeDependency(dependencyId: string): PlanView {
      const dep = required(repo.dependency(dependencyId), 'dependency', 'dependencyId');
      return mutate(dep.entryId, 'remove_dependency', () => repo.deleteDependency(dependencyId), dep);
    },
  };
}
