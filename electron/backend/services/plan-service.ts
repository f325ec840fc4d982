/**
 * Readiness plans: built from the plan template and the entry's checklist, scheduled in
 * the market's business days with a holiday snapshot stored with the plan. Every change
 * is re-scheduled inside its write: a change the scheduler refuses is rolled back and the
 * user gets its message, naming the task. Owns the plan tables; the entry and its
 * checklist items come from their services.
 *
 *   plan/template.ts            the template file (shipped, or the user's copy)
 *   plan/calendar-snapshot.ts   the stored holiday snapshot and the working calendar
 *   plan/plan-build.ts          a new plan from the template, item tasks
 *   plan/plan-state.ts          the plan as the scheduler sees it; the one way a change is written
 *   plan/plan-view.ts           the plan as the timeline shows it
 *   plan/task-edits.ts          tasks and dependencies
 *   plan/calendar-edits.ts      status date, shutdowns, holiday moves, calendar updates
 *   plan/what-if.ts             what-if previews and baselines
 *   plan/checklist-proposal.ts  tasks to add or retire as the checklist changes
 *   plan/mspdi-import.ts        an MS Project XML file as the entry's new plan (dry run, then apply)
 *   plan/item-due-dates.ts      items due with their tasks' forecast finish; the plan's working calendar
 *   plan/forecast-record.ts     each plan's latest forecast, kept beside it for the portfolio
 */
import type { Entry } from '../../../shared/entry-schema';
import type { ScheduleInput } from '../../../shared/domain/schedule';
import type { PlanTemplate } from '../../../shared/plans/template-schema';
import type { ItemRecord } from '../repos/checklist-repo';
import type { PlanRepo } from '../repos/plan-repo';
import type { PlanForecastRepo } from '../repos/plan-forecast-repo';
import type { Audit, Kernel } from './kernel';
import { calendarEdits } from './plan/calendar-edits';
import { checklistProposal } from './plan/checklist-proposal';
import { planBuild } from './plan/plan-build';
import { planMutator, planState, type PlanCore } from './plan/plan-state';
import { planView } from './plan/plan-view';
import { taskEdits } from './plan/task-edits';
import { whatIf } from './plan/what-if';
import { mspdiImport } from './plan/mspdi-import';
import { followForecast, itemDueDates } from './plan/item-due-dates';
import { forecastRecorder } from './plan/forecast-record';

export interface PlanDeps {
  repo: PlanRepo;
  /** Each plan's latest forecast (written in every scheduled change). */
  forecasts: PlanForecastRepo;
  kernel: Kernel;
  audit: Audit;
  template: PlanTemplate;
  /** The entries service: the entry, or not_found (field entryId). */
  entry(id: string): Entry;
  /** The checklist service: the entry's stored items. */
  checklistItems(entryId: string): ItemRecord[];
  /** The checklist service: items with a plan task are due on its forecast finish (item id -> finish). Called inside the plan's write. */
  dueWithTasks(entryId: string, finishes: Map<string, string>): void;
  /** Told once a change to an entry's plan has committed (the risk forecast recomputes). */
  onChanged?(entryId: string): void;
}

export function planService(deps: PlanDeps) {
  const build = planBuild(deps);
  const slot = { record: (_: unknown) => {} } as PlanCore['forecast'];
  const core: PlanCore = { ...planState(deps, build), deps, build, forecast: slot };
  const view = planView(core);
  const forecast = forecastRecorder(core, view);
  core.forecast = forecast;
  const mutate = planMutator(core, view);
  const edits = calendarEdits(core, mutate);
  return {
    /** Every stored forecast by entry id, in one query (the portfolio's read). */
    forecasts: () => deps.forecasts.all(),
    /** Re-schedules plans whose stored forecast is missing, dirty or from an earlier day (a write). */
    refreshForecasts: forecast.refresh,
    /** Creates the plan of a new entry, dates its items with their tasks and stores its first forecast. Call inside the entry's write, after its checklist. */
    create(entry: Entry): void {
      build.create(entry);
      followForecast(core, entry.id);
      forecast.record(view(entry.id, null));
    },
    view,
    ...edits,
    /** Keeps the plan (and its items' due dates) in step with its entry. Call inside the entry update's write. */
    entryChanged(before: Entry, after: Entry): void {
      edits.entryChanged(before, after);
      if (core.deps.repo.plan(after.id)) followForecast(core, after.id);
    },
    ...itemDueDates(core),
    ...taskEdits(core, mutate),
    ...whatIf(core, mutate, view),
    ...checklistProposal(core, mutate),
    mspdi: mspdiImport(core, view),
    /** The plan as the scheduler sees it, with the entry's target (the risk forecast's input). */
    scheduleInput(entryId: string): { input: ScheduleInput; targetDate: string; tasks: { id: string; title: string; isReadiness: boolean }[] } {
      const s = core.state(entryId);
      return { input: s.input, targetDate: s.entry.targetDate, tasks: s.tasks.map((t) => ({ id: t.id, title: t.title, isReadiness: t.isReadiness })) };
    },
  };
}

export type PlanService = ReturnType<typeof planService>;
