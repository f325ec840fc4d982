/**
 * createBackend({ dataDir }) opens the database and returns the router every
 * transport (browser-mode HTTP, Electron IPC, tests) calls into.
 */
import { openDatabase } from '../db/connection';
import { listCountries, subdivisionsOf } from './reference/countries';
import { createContext, type ContextOptions } from './services/context';
import { entriesService } from './services/entries-service';
import { settingsService } from './services/settings-service';
import { calendarService } from './services/calendar-service';
import { checklistService } from './services/checklist-service';
import { libraryService } from './services/library-service';
import { evidenceService } from './services/evidence-service';
import { signoffService } from './services/signoff-service';
import { loadPlanTemplate, planService } from './services/plan-service';
import { exportService } from './services/export-service';
import { planMspdiImport } from './services/plan-mspdi-import';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRouter, type Handlers, type Router } from './router';
import { localToday } from '../../shared/domain/iso-date';
import { readinessPercent as readinessOf } from '../../shared/domain/readiness';

export interface BackendOptions extends ContextOptions {
  dataDir: string;
  /** Folder holding requirements/ (the shipped packs). Defaults to the project's resources/. */
  resourcesDir?: string;
  onInternalError?: (err: unknown) => void;
}

export interface Backend {
  router: Router;
  dataDir: string;
  dbFile: string;
  close(): void;
}

export async function createBackend(opts: BackendOptions): Promise<Backend> {
  const opened = await openDatabase(opts.dataDir);
  const ctx = createContext(opened.db, opts.dataDir, opts);
  const report = opts.onInternalError ?? ((err) => console.error('[landfall backend]', err));
  if (!ctx.settings.installationId()) ctx.settings.createInstallation(ctx.newId(), ctx.now().toISOString());

  const checklists = checklistService(ctx);
  const signoff = signoffService(ctx, checklists);
  const library = libraryService(ctx, checklists, signoff.markStale);
  const evidence = evidenceService(ctx, signoff.markStale);
  const resourcesDir = opts.resourcesDir ?? defaultResourcesDir();
  library.syncBuiltins(path.join(resourcesDir, 'requirements'), (message) => report(new Error(`Built-in pack skipped: ${message}`)));

  const template = loadPlanTemplate(path.join(resourcesDir, 'plan-templates'), path.join(opts.dataDir, 'plan-templates'), (m) => report(new Error(m)));
  const plans = planService(ctx, template);
  const entries = entriesService(ctx, checklists, { created: plans.create, updated: plans.entryChanged });
  const mspdiImport = planMspdiImport(ctx, plans);
  const exports = exportService(ctx, { plans, checklists, signoff, fontsDir: path.join(resourcesDir, 'fonts') });
  const settings = settingsService(ctx);
  const calendars = calendarService(entries);

  const handlers: Handlers = {
    'entries.list': ({ includeArchived }) => entries.list(includeArchived),
    'entries.get': ({ id }) => entries.get(id),
    'entries.create': (fields) => entries.create(fields),
    'entries.update': ({ id, fields }) => entries.update(id, fields),
    'entries.previewUpdate': ({ id, fields }) => entries.previewUpdate(id, fields),
    'entries.archive': ({ id }) => entries.archive(id),
    'entries.restore': ({ id }) => entries.restore(id),
    'entries.delete': ({ id }) => entries.delete(id),
    'entries.calendar': ({ id }) => calendars.forEntry(id),
    'entries.history': ({ id }) => entries.history(id),
    'reference.countries': () => listCountries(localToday(ctx.now())),
    'reference.subdivisions': ({ country }) => subdivisionsOf(country),
    'portfolio.summary': ({ today }) => {
      signoff.sweepExpired();
      return ctx.checklist.portfolioCounts(today).map((c) => ({ ...c, readinessPercent: readinessOf(c).percent }));
    },
    'checklist.get': ({ entryId }) => {
      signoff.sweepExpired();
      return checklists.view(entryId);
    },
    'plan.get': ({ entryId, baselineId }) => plans.view(entryId, baselineId),
    'plan.updateTask': ({ taskId, patch }) => plans.updateTask(taskId, patch),
    'plan.addTask': (input) => plans.addTask(input),
    'plan.deleteTask': ({ taskId }) => plans.deleteTask(taskId),
    'plan.addDependency': (input) => plans.addDependency(input),
    'plan.removeDependency': ({ dependencyId }) => plans.removeDependency(dependencyId),
    'plan.setStatusDate': ({ entryId, statusDate }) => plans.setStatusDate(entryId, statusDate),
    'plan.setShutdowns': ({ entryId, dates }) => plans.setShutdowns(entryId, dates),
    'plan.overrideHoliday': ({ entryId, date, newDate, clear }) => plans.overrideHoliday(entryId, { date, newDate }, clear),
    'plan.saveBaseline': ({ entryId, name }) => plans.saveBaseline(entryId, name),
    'plan.whatIf': ({ entryId, changes }) => plans.whatIf(entryId, changes),
    'plan.applyWhatIf': ({ entryId, changes }) => plans.applyWhatIf(entryId, changes),
    'plan.syncProposal': ({ entryId }) => plans.syncProposal(entryId),
    'plan.applySync': ({ entryId }) => plans.applySync(entryId),
    'plan.calendarDrift': ({ entryId }) => plans.calendarDrift(entryId),
    'plan.acceptCalendarUpdate': ({ entryId }) => plans.acceptCalendarUpdate(entryId),
    'plan.previewMspdiImport': (input) => mspdiImport.preview(input),
    'plan.importMspdi': (input) => mspdiImport.apply(input),
    'export.timeline': (req) => exports.timeline(req),
    'export.signoffRegister': (req) => exports.signoffRegister(req),
    'review.queue': () => signoff.queue(),
    'review.decide': (input) => signoff.decide(input),
    'review.history': ({ itemId }) => signoff.history(itemId),
    'review.verify': () => signoff.verify(),
    'checklist.updateItem': ({ itemId, patch }) => checklists.updateItem(itemId, patch),
    'checklist.bulkUpdate': ({ itemIds, patch }) => checklists.bulkUpdate(itemIds, patch),
    'checklist.addCustomItem': (input) => checklists.addCustomItem(input),
    'evidence.addFile': ({ itemId, fileName, contentBase64 }) => evidence.addFile(itemId, fileName, contentBase64),
    'evidence.addLink': ({ itemId, name, url }) => evidence.addLink(itemId, name, url),
    'evidence.download': ({ evidenceId }) => evidence.read(evidenceId),
    'library.get': () => library.view(),
    'library.previewImport': ({ fileName, content }) => library.previewImport(fileName, content),
    'library.applyImport': ({ fileName, content }) => library.applyImport(fileName, content),
    'library.exportPack': ({ packId }) => library.exportPack(packId),
    'library.addCustom': (requirement) => library.addCustom(requirement),
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
  };

  return {
    router: createRouter(handlers, report),
    dataDir: opts.dataDir,
    dbFile: opened.file,
    close: () => opened.close(),
  };
}

function defaultResourcesDir(): string {
  return fileURLToPath(new URL('../../resources', import.meta.url));
}
