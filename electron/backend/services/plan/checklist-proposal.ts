/**
 * Keeping the plan in step with its checklist: which item tasks to add (items in a mapped
 * category with no task yet) and which to retire (their item no longer applies or is gone),
 * shown first and then applied in one write.
 */
import type { PlanSyncProposal, PlanView } from '../../../../shared/plan-schema';
import { itemRule, itemTaskTitle, nextSort } from './plan-build';
import type { MutatePlan, PlanCore } from './plan-state';

export function checklistProposal(core: PlanCore, mutate: MutatePlan) {
  const { repo, template, checklistItems } = core.deps;

  function syncProposal(entryId: string): PlanSyncProposal {
    const s = core.state(entryId);
    const items = checklistItems(entryId);
    const linkedItems = new Set([...s.links.values()].flat());
    const proposal: PlanSyncProposal = { add: [], retire: [] };
    for (const item of items) {
      const rule = itemRule(template, item);
      if (!rule || linkedItems.has(item.id)) continue;
      proposal.add.push({ itemId: item.id, itemTitle: item.title, taskTitle: itemTaskTitle(rule, item), workstream: rule.workstream ?? item.workstream, durationDays: rule.durationDays });
    }
    const live = new Map(items.map((i) => [i.id, i]));
    for (const t of s.tasks) {
      const linked = s.links.get(t.id);
      if (!linked?.length || t.templateKey?.startsWith('item:') !== true) continue;
      const stillNeeded = linked.some((id) => live.get(id) && live.get(id)!.status !== 'not_applicable');
      if (!stillNeeded) proposal.retire.push({ taskId: t.id, title: t.title, reason: 'Its checklist item no longer applies.' });
    }
    // Items removed from the checklist take their links with them: item tasks left with no link are retired too.
    for (const t of s.tasks) {
      if (t.templateKey?.startsWith('item:') && !(s.links.get(t.id)?.length) && !proposal.retire.some((r) => r.taskId === t.id)) {
        proposal.retire.push({ taskId: t.id, title: t.title, reason: 'Its checklist item was removed.' });
      }
    }
    return proposal;
  }

  return {
    syncProposal,

    applySync(entryId: string): PlanView {
      const proposal = syncProposal(entryId);
      return mutate(entryId, 'sync_with_checklist', () => {
        const tasks = repo.tasks(entryId);
        const readiness = tasks.find((t) => t.isReadiness)!;
        const byKey = new Map(tasks.filter((t) => t.templateKey && !t.templateKey.startsWith('item:')).map((t) => [t.templateKey!, t.id]));
        const items = checklistItems(entryId).filter((i) => proposal.add.some((a) => a.itemId === i.id));
        core.build.addItemTasks(entryId, items, byKey, readiness.id, nextSort(tasks));
        for (const r of proposal.retire) repo.deleteTask(r.taskId);
        return proposal;
      });
    },
  };
}
