/** The register's own edits: list, create, replace, inline patch, review, delete, and a treatment action made a plan task. */
import { AppError } from '../../../../shared/errors';
import type { RiskFields, RiskPatch, RiskView } from '../../../../shared/risk-schema';
import type { RiskRecord } from '../../repos/risk-repo';
import { RISK, type RiskCore } from './risk-core';

export function riskRegister(core: RiskCore) {
  const { deps, matrix, settings, view, record, current, validate, refuseAcceptedStatus, computedNextReview, mergeFields, insert, save } = core;
  const { repo, kernel, audit } = deps;

  return {
    list(entryId: string): RiskView[] {
      deps.entry(entryId);
      return core.views(entryId);
    },

    get(id: string): RiskView {
      return view(record(id));
    },

    create(entryId: string, f: RiskFields): RiskView {
      deps.entry(entryId);
      const m = matrix();
      validate(entryId, f, m);
      refuseAcceptedStatus(f.status, null);
      return view(kernel.write(() => insert(entryId, f, null, m)));
    },

    update(id: string, version: number, f: RiskFields): RiskView {
      const before = current(id, version);
      const m = matrix();
      validate(before.entryId, f, m);
      refuseAcceptedStatus(f.status, before);
      return view(kernel.write(() => save(before, mergeFields(before, f, m), 'update')));
    },

    /** The register's inline edits: owner, status, next review. */
    patch(id: string, version: number, p: RiskPatch): RiskView {
      const before = current(id, version);
      refuseAcceptedStatus(p.status, before);
      const after: RiskRecord = {
        ...before,
        ...(p.owner !== undefined && { owner: p.owner }),
        ...(p.status !== undefined && { status: p.status }),
        ...(p.nextReview !== undefined && { nextReview: p.nextReview }),
      };
      return view(kernel.write(() => save(before, after, 'patch')));
    },

    markReviewed(id: string, version: number): RiskView {
      const before = current(id, version);
      const m = matrix();
      const today = kernel.today();
      const after = { ...before, lastReview: today, nextReview: computedNextReview(m, settings(m), before.current, today) };
      return view(kernel.write(() => save(before, after, 'review')));
    },

    delete(id: string, version: number): { id: string } {
      const before = current(id, version);
      kernel.write(() => {
        repo.delete(id);
        audit(RISK, id, 'delete', before, null);
        kernel.afterCommit(() => core.queueForecast(before.entryId));
      });
      return { id };
    },

    /** Turns a treatment action into a plan task of the same entry and links it. */
    treatmentToTask(id: string, version: number, treatmentId: string, durationDays: number): RiskView {
      const before = current(id, version);
      const t = before.treatments.find((x) => x.id === treatmentId);
      if (!t) throw new AppError('not_found', 'That treatment action is no longer on the risk.', 'treatmentId');
      if (t.taskId) throw new AppError('invalid_input', 'Treatment action: it already has a plan task.', 'treatmentId');
      const after = kernel.write(() => {
        const known = new Set(deps.plan.scheduleInput(before.entryId).tasks.map((k) => k.id));
        const plan = deps.plan.addTask({ entryId: before.entryId, title: t.action.slice(0, 300), workstream: before.workstream, owner: t.owner, durationDays, afterTaskId: null });
        const task = plan.tasks.find((k) => !known.has(k.id))!;
        return save(before, { ...before, treatments: before.treatments.map((x) => (x.id === treatmentId ? { ...x, taskId: task.id } : x)) }, 'treatment_to_task');
      });
      return view(after);
    },
  };
}
