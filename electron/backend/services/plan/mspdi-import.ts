/**
 * Importing an MS Project XML (MSPDI) file as the new plan of an entry: a dry run that
 * shows what the plan would hold and every problem with the line it is on, and the
 * import itself, which replaces the plan's tasks and links in one immediate transaction
 * with its audit row (a plan the scheduler refuses rolls back). The "Operational
 * readiness" milestone is kept: the file's own end milestone (marked by a Landfall export,
 * or a milestone of the same name) takes its place, else every task without a successor
 * feeds it. Calendar exceptions the market calendar does not already have become
 * shutdown days.
 */
import { AppError } from '../../../../shared/errors';
import type { WorkCalendar } from '../../../../shared/domain/calendar';
import { isWorkingDay, weekendDaysOn } from '../../../../shared/domain/business-days';
import { schedule, ScheduleError, type ScheduleInput } from '../../../../shared/domain/schedule';
import type { MspdiImportInput, MspdiImportPreview, MspdiIssue } from '../../../../shared/mspdi-schema';
import type { PlanView } from '../../../../shared/plan-schema';
import { readMspdi, type MspdiPlan, type MspdiTask } from '../../export/mspdi-read';
import type { TaskRecord } from '../../repos/plan-repo';
import { itemFinishes, type PlanCore, type ViewPlan } from './plan-state';

const MAX_SHUTDOWNS = 366;

interface Prepared {
  preview: MspdiImportPreview;
  parsed: MspdiPlan;
  readiness: MspdiTask | null;
  projectStart: string;
  shutdowns: string[];
}

export function mspdiImport(core: PlanCore, view: ViewPlan) {
  const { repo, kernel, audit } = core.deps;
  function prepare(input: MspdiImportInput): Prepared {
    core.deps.entry(input.entryId);
    const current = view(input.entryId, null);
    const parsed = readMspdi(input.content);
    const errors: MspdiIssue[] = [...parsed.errors];
    const warnings: MspdiIssue[] = [...parsed.warnings];
    const readinessNow = current.tasks.find((t) => t.isReadiness)!;

    const readiness =
      parsed.tasks.find((t) => t.readinessMark && t.durationDays === 0) ??
      parsed.tasks.find((t) => t.durationDays === 0 && t.name.trim().toLowerCase() === readinessNow.title.trim().toLowerCase()) ??
      null;
    if (!readiness && parsed.tasks.length > 0) {
      warnings.push({ line: null, where: 'Tasks', message: `The file has no "${readinessNow.title}" milestone: every task without a successor will lead to it.` });
    }

    // The market calendar (weekends, public holidays) stays; the file's other days off become shutdown days.
    const market: WorkCalendar = { country: current.calendar.country, weekends: current.calendar.weekendDays, holidays: current.calendar.holidays, shutdowns: [] };
    let shutdowns = parsed.nonWorkingDates.filter((d) => d >= current.calendar.from && d <= current.calendar.to && isWorkingDay(market, d));
    if (shutdowns.length > MAX_SHUTDOWNS) {
      warnings.push({ line: null, where: 'Calendar', message: `Only the first ${MAX_SHUTDOWNS} of the file's ${shutdowns.length} extra days off are kept as shutdown days.` });
      shutdowns = shutdowns.slice(0, MAX_SHUTDOWNS);
    }
    const projectStart = parsed.startDate ?? current.projectStart;
    if (parsed.weekendDays && parsed.weekendDays.join() !== weekendDaysOn(market, projectStart).join()) {
      warnings.push({ line: null, where: 'Calendar', message: "The file's working week differs from this market's; the plan keeps the market's weekend." });
    }
    const linkedItems = current.tasks.filter((t) => t.linkedItemIds.length > 0).length;
    if (linkedItems > 0) {
      warnings.push({ line: null, where: 'Plan', message: `${linkedItems} current task${linkedItems === 1 ? ' is' : 's are'} linked to checklist items; "Sync with checklist" can propose them again after the import.` });
    }

    let forecastFinish: string | null = null;
    if (errors.length === 0) {
      const input = scheduleInput(parsed, readiness, readinessNow, projectStart, current.statusDate, { ...market, shutdowns });
      try {
        forecastFinish = schedule(input).finish;
      } catch (err) {
        if (!(err instanceof ScheduleError)) throw err;
        for (const p of err.problems) errors.push({ line: null, where: 'Plan', message: p.message });
      }
    }
    const predecessors = new Map<number, number>();
    for (const l of parsed.links) predecessors.set(l.successorUid, (predecessors.get(l.successorUid) ?? 0) + 1);
    const preview: MspdiImportPreview = {
      fileName: input.fileName,
      projectName: parsed.projectName,
      projectStart: parsed.errors.length === 0 ? projectStart : parsed.startDate,
      tasks: parsed.tasks.map((t) => ({
        line: t.line,
        name: t.name,
        workstream: t.workstream,
        durationDays: t.durationDays,
        percentComplete: t.percentComplete,
        predecessors: predecessors.get(t.uid) ?? 0,
        readiness: t === readiness,
      })),
      links: parsed.links.length,
      shutdownDays: shutdowns,
      replaces: { tasks: current.tasks.filter((t) => !t.isReadiness).length, dependencies: current.dependencies.length, linkedItems },
      forecastFinish,
      errors,
      warnings,
    };
    return { preview, parsed, readiness, projectStart, shutdowns };
  }

  return {
    preview(input: MspdiImportInput): MspdiImportPreview {
      return prepare(input).preview;
    },

    apply(input: MspdiImportInput): PlanView {
      const { preview, parsed, readiness, projectStart, shutdowns } = prepare(input);
      const first = preview.errors[0];
      if (first) throw new AppError('invalid_input', `${input.fileName}${first.line ? `, line ${first.line}` : ''} (${first.where}): ${first.message}`, 'content');
      return kernel.write(() => {
          const before = repo.tasks(input.entryId);
          const readinessRecord = before.find((t) => t.isReadiness)!;
          const beforeDeps = repo.dependencies(input.entryId).length;
          for (const t of before) if (!t.isReadiness) repo.deleteTask(t.id);
          const at = kernel.now().toISOString();
          const ids = new Map<number, string>();
          parsed.tasks.forEach((t, sort) => {
            const fields = {
              title: t.name,
              workstream: t.workstream,
              owner: t.owner,
              durationDays: t.durationDays,
              percentComplete: t.percentComplete,
              actualStart: t.actualStart,
              actualFinish: t.actualFinish,
              startNoEarlierThan: t.startNoEarlierThan,
              updatedAt: at,
            };
            if (t === readiness) {
              core.storeTask({ ...readinessRecord, ...fields });
              ids.set(t.uid, readinessRecord.id);
              return;
            }
            const record: TaskRecord = { id: kernel.newId(), entryId: input.entryId, isReadiness: false, templateKey: null, sort, createdAt: at, version: 1, ...fields };
            repo.insertTask(record);
            ids.set(t.uid, record.id);
          });
          for (const l of parsed.links) {
            repo.insertDependency({ id: kernel.newId(), entryId: input.entryId, predecessorId: ids.get(l.predecessorUid)!, successorId: ids.get(l.successorUid)!, type: l.type, lagDays: l.lagDays });
          }
          if (!readiness) {
            const hasSuccessor = new Set(parsed.links.map((l) => l.predecessorUid));
            for (const t of parsed.tasks) {
              if (!hasSuccessor.has(t.uid)) repo.insertDependency({ id: kernel.newId(), entryId: input.entryId, predecessorId: ids.get(t.uid)!, successorId: readinessRecord.id, type: 'FS', lagDays: 0 });
            }
          }
          core.storePlan({ ...repo.plan(input.entryId)!, projectStart, shutdowns });
          const result = view(input.entryId, null); // schedules the new plan; a refusal rolls all of this back
          core.deps.dueWithTasks(input.entryId, itemFinishes(result));
          core.forecast.record(result);
          audit(
            'plan',
            input.entryId,
            'import_mspdi',
            { tasks: before.length, dependencies: beforeDeps },
            { fileName: input.fileName, tasks: parsed.tasks.length + (readiness ? 0 : 1), links: result.dependencies.length, shutdownDays: shutdowns.length },
          );
          return result;
      });
    },
  };

  function scheduleInput(parsed: MspdiPlan, readiness: MspdiTask | null, readinessNow: { id: string; title: string }, projectStart: string, statusDate: string, calendar: WorkCalendar): ScheduleInput {
    const readinessId = readinessNow.id;
    const idOf = (t: MspdiTask) => (t === readiness ? readinessId : `uid-${t.uid}`);
    const byUid = new Map(parsed.tasks.map((t) => [t.uid, t]));
    const tasks = parsed.tasks.map((t) => ({ id: idOf(t), title: t.name, durationDays: t.durationDays, percentComplete: t.percentComplete, actualStart: t.actualStart, actualFinish: t.actualFinish, startNoEarlierThan: t.startNoEarlierThan }));
    const dependencies = parsed.links.map((l) => ({ predecessorId: idOf(byUid.get(l.predecessorUid)!), successorId: idOf(byUid.get(l.successorUid)!), type: l.type, lagDays: l.lagDays }));
    if (!readiness) {
      tasks.push({ id: readinessId, title: readinessNow.title, durationDays: 0, percentComplete: 0, actualStart: null, actualFinish: null, startNoEarlierThan: null });
      const hasSuccessor = new Set(parsed.links.map((l) => l.predecessorUid));
      for (const t of parsed.tasks) if (!hasSuccessor.has(t.uid)) dependencies.push({ predecessorId: idOf(t), successorId: readinessId, type: 'FS', lagDays: 0 });
    }
    return { projectStart, statusDate: statusDate || kernel.today(), calendar, tasks, dependencies };
  }
}

export type MspdiImport = ReturnType<typeof mspdiImport>;
