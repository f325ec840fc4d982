/** Suggested risks from the template library: what fits the entry, taking one into the register, dismissing one for good. */
import { AppError } from '../../../../shared/errors';
import type { Category } from '../../../../shared/requirements/pack-schema';
import type { RiskTemplate } from '../../../../shared/risks/template-schema';
import type { RiskMatrix } from '../../../../shared/risks/matrix-schema';
import type { RiskFields, RiskSuggestion, RiskView } from '../../../../shared/risk-schema';
import { suggestRisks } from '../../../../shared/domain/risk-suggest';
import { required } from '../kernel';
import { RISK, type RiskCore } from './risk-core';

export function riskSuggestions(core: RiskCore) {
  const { deps, templates } = core;
  const { repo, store, kernel, audit } = deps;
  const templateById = new Map(templates.templates.map((t) => [t.id, t]));

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

  /** A template as the fields of a new risk, scored on the active matrix. */
  function fieldsOf(entryId: string, t: RiskTemplate, m: RiskMatrix): RiskFields {
    const score = clampScore(m, t.inherent);
    const taskIds = impactTasks(entryId, t);
    return {
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
  }

  return {
    suggestions(entryId: string): RiskSuggestion[] {
      const entry = deps.entry(entryId);
      const taken = new Set([...repo.templateIds(entryId), ...store.dismissed(entryId)]);
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
      if (store.dismissed(entryId).includes(templateId)) throw new AppError('conflict', `"${t.title}" was dismissed for this entry.`, 'templateId');
      const m = core.matrix();
      const f = fieldsOf(entryId, t, m);
      return core.view(kernel.write(() => core.insert(entryId, f, templateId, m)));
    },

    dismissSuggestion(entryId: string, templateId: string): { templateId: string } {
      deps.entry(entryId);
      required(templateById.get(templateId), 'riskTemplate', 'templateId');
      kernel.write(() => {
        store.dismiss(entryId, templateId, kernel.now().toISOString());
        audit(RISK, entryId, 'dismiss_suggestion', null, { templateId });
      });
      return { templateId };
    },

    templates: () => templates.templates,
  };
}
