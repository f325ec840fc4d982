/**
 * The readiness plan of the entry being viewed: the scheduled plan from the backend,
 * which baseline it is compared with, the Gantt's zoom, which task is open in the
 * editor, and the proposals the backend has for it (checklist sync, holiday data).
 * Every mutation returns the rescheduled plan, so the screen always shows the
 * backend's forecast, never one computed here.
 */
import { create } from 'zustand';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { CalendarDrift, PlanSyncProposal, PlanView, TaskPatch, WhatIfChanges, WhatIfResult } from '../../../shared/plan-schema';
import { api } from '../api/client';
import { actionErrorState, entryReader, requireEntryId, type ActionErrorState, type EntryScoped } from '../lib/entry-store';

export type Zoom = 'day' | 'week';

/** The methods that change the plan and answer with the rescheduled plan. */
type PlanMutation = {
  [M in MethodName]: M extends `plan.${string}` ? (MethodOutput<M> extends PlanView ? M : never) : never;
}[MethodName];

interface TimelineState extends EntryScoped, ActionErrorState {
  view: PlanView | null;
  /** The baseline chosen in "Compare with baseline"; null = the latest one. */
  compareWith: string | null;
  /** True when the user chose not to compare with any baseline. */
  hideBaseline: boolean;
  zoom: Zoom;
  /** The task open in the task editor. */
  editingTaskId: string | null;
  sync: PlanSyncProposal | null;
  drift: CalendarDrift | null;

  load(entryId: string): Promise<void>;
  reload(): Promise<void>;
  setZoom(zoom: Zoom): void;
  openTask(taskId: string): void;
  closeTask(): void;
  /** Shows (or clears) a refused change outside a dialog: a thrown error, a sentence or null. */
  setActionError(error: unknown): void;
  /** A baseline's id, or 'none' to hide the comparison. */
  chooseBaseline(choice: string): Promise<void>;

  /** Mutations resolve with the new plan once shown; they reject with the api error (the plan on screen is unchanged). */
  mutate<M extends PlanMutation>(method: M, input: MethodInput<M>): Promise<PlanView>;
  /** Saves an edit based on `version` (the task as the editor loaded it); a stale one is refused. */
  updateTask(taskId: string, version: number, patch: TaskPatch): Promise<PlanView>;
  /** An inline edit of the task as shown: true when saved; otherwise false, with the refusal in `actionError`. */
  updateTaskInline(taskId: string, patch: TaskPatch): Promise<boolean>;
  saveBaseline(name: string): Promise<PlanView>;
  previewWhatIf(changes: WhatIfChanges): Promise<WhatIfResult>;
  applySync(): Promise<PlanView>;
  acceptCalendarUpdate(): Promise<PlanView>;
}

export const useTimeline = create<TimelineState>((set, get) => {
  const requireEntry = () => requireEntryId(get().entryId);
  const reader = entryReader<TimelineState>(set, get, async (entryId) => {
    const { compareWith } = get();
    let view = await api('plan.get', { entryId, baselineId: compareWith });
    // A chosen baseline may have gone (a restored file, another window): fall back to the latest.
    if (compareWith && view.baselineId !== compareWith) view = await api('plan.get', { entryId, baselineId: null });
    return { view, compareWith: view.baselineId === compareWith ? compareWith : null };
  });

  /** Shows a plan a mutation returned, re-read for the chosen baseline when it is not the latest. */
  async function show(view: PlanView): Promise<PlanView> {
    const { compareWith, entryId } = get();
    let shown = view;
    if (compareWith && view.baselineId !== compareWith && view.baselines.some((b) => b.id === compareWith)) {
      shown = await api('plan.get', { entryId: view.entryId, baselineId: compareWith });
    }
    if (entryId === view.entryId) {
      reader.supersede();
      set({ view: shown, error: null });
    }
    return shown;
  }

  async function refreshProposals(entryId: string) {
    const [sync, drift] = await Promise.allSettled([api('plan.syncProposal', { entryId }), api('plan.calendarDrift', { entryId })]);
    if (get().entryId !== entryId) return;
    set({
      sync: sync.status === 'fulfilled' ? sync.value : null,
      drift: drift.status === 'fulfilled' ? drift.value : null,
    });
  }

  return {
    entryId: null,
    view: null,
    loading: false,
    error: null,
    actionError: null,
    actionStale: false,
    compareWith: null,
    hideBaseline: false,
    // Weeks first: a 90-day plan fits on one screen; days are for the detail.
    zoom: 'week',
    editingTaskId: null,
    sync: null,
    drift: null,

    async load(entryId) {
      if (get().entryId !== entryId) {
        set({ entryId, view: null, error: null, actionError: null, actionStale: false, compareWith: null, hideBaseline: false, editingTaskId: null, sync: null, drift: null });
      }
      await Promise.all([get().reload(), refreshProposals(entryId)]);
    },

    reload: reader.reload,

    setZoom: (zoom) => set({ zoom }),
    openTask: (taskId) => set({ editingTaskId: taskId }),
    closeTask: () => set({ editingTaskId: null }),
    setActionError: (error) => set(actionErrorState(error)),

    async chooseBaseline(choice) {
      if (choice === 'none') {
        set({ hideBaseline: true });
        return;
      }
      set({ hideBaseline: false, compareWith: choice });
      await get().reload();
    },

    async mutate(method, input) {
      requireEntry();
      // The generic call keeps one code path for every plan mutation; each answers with a PlanView.
      const view = (await api(method, input)) as PlanView;
      return show(view);
    },

    updateTask(taskId, version, patch) {
      return get().mutate('plan.updateTask', { taskId, version, patch });
    },

    async updateTaskInline(taskId, patch) {
      try {
        const version = get().view?.tasks.find((t) => t.id === taskId)?.version ?? 0;
        await get().updateTask(taskId, version, patch);
        get().setActionError(null);
        return true;
      } catch (err) {
        get().setActionError(err);
        return false;
      }
    },

    async saveBaseline(name) {
      const entryId = requireEntry();
      const view = await api('plan.saveBaseline', { entryId, name });
      // Compare with the baseline just saved.
      set({ compareWith: null, hideBaseline: false });
      return show(view);
    },

    previewWhatIf(changes) {
      return api('plan.whatIf', { entryId: requireEntry(), changes });
    },

    async applySync() {
      const entryId = requireEntry();
      const view = await get().mutate('plan.applySync', { entryId });
      await refreshProposals(entryId);
      return view;
    },

    async acceptCalendarUpdate() {
      const entryId = requireEntry();
      const view = await get().mutate('plan.acceptCalendarUpdate', { entryId });
      await refreshProposals(entryId);
      return view;
    },
  };
});

/** The task open in the editor, from the plan on screen. */
export function useEditingTask() {
  return useTimeline((s) => (s.editingTaskId ? (s.view?.tasks.find((t) => t.id === s.editingTaskId) ?? null) : null));
}
