/**
 * createBackend({ dataDir }) opens the database and returns the router every
 * transport (browser-mode HTTP, Electron IPC, tests) calls into.
 */
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/connection';
import { listCountries, subdivisionsOf } from './reference/countries';
import type { KernelOptions } from './services/kernel';
import { createServices } from './wiring';
import { createRouter, type Handlers, type Router } from './router';
import { removeStrayEvidenceTemps } from './storage/evidence-temp';
import { rendererError } from './renderer-error';

export interface BackendOptions extends KernelOptions {
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
  // Held lock: a .tmp left in the evidence store is a crashed write, never one in progress.
  removeStrayEvidenceTemps(opts.dataDir);
  const report = opts.onInternalError ?? ((err) => console.error('[landfall backend]', err));
  const { kernel, settings, entries, library, evidence, checklists, signoff, plans, exports, portfolio, pack, calendars } = createServices(opened.db, {
    ...opts,
    resourcesDir: opts.resourcesDir ?? defaultResourcesDir(),
    onProblem: (message) => report(new Error(message)),
  });

  const handlers: Handlers = {
    'entries.list': ({ includeArchived }) => entries.list(includeArchived),
    'entries.get': ({ id }) => entries.get(id, 'id'),
    'entries.create': (fields) => entries.create(fields),
    'entries.update': ({ id, fields }) => entries.update(id, fields),
    'entries.previewUpdate': ({ id, fields }) => entries.previewUpdate(id, fields),
    'entries.archive': ({ id }) => entries.archive(id),
    'entries.restore': ({ id }) => entries.restore(id),
    'entries.delete': ({ id }) => entries.delete(id),
    'entries.calendar': ({ id }) => calendars.forEntry(id),
    'entries.history': ({ id }) => entries.history(id),
    'reference.countries': () => listCountries(kernel.today()),
    'reference.subdivisions': ({ country }) => subdivisionsOf(country),
    'portfolio.summary': ({ today }) => portfolio.summary(today),
    'portfolio.dashboard': ({ asOf }) => portfolio.dashboard(asOf),
    'portfolio.open': ({ today }) => portfolio.open(today),
    'portfolio.takeSnapshot': ({ today }) => portfolio.takeSnapshot(today),
    'checklist.get': ({ entryId }) => checklists.view(entryId),
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
    'plan.previewMspdiImport': (input) => plans.mspdi.preview(input),
    'plan.importMspdi': (input) => plans.mspdi.apply(input),
    'export.timeline': (req) => exports.timeline(req),
    'export.signoffRegister': (req) => exports.signoffRegister(req),
    'export.leadershipPack': (req) => pack.files(req),
    'export.portfolioRegister': (req) => pack.register(req),
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
    'settings.targets': () => settings.targets(),
    'settings.updateTargets': (input) => settings.updateTargets(input),
    'app.logRendererError': (input) => { report(rendererError(input)); return null; },
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
