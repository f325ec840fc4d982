/**
 * createBackend({ dataDir }) opens the database and returns the router every
 * transport (browser-mode HTTP, Electron IPC, tests) calls into.
 */
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { openDatabase, type OpenedDatabase } from '../db/connection';
import { backupManager } from './backup-manager';
import { listCountries, subdivisionsOf } from './reference/countries';
import type { KernelOptions } from './services/kernel';
import type { KeyStore } from './signing/key-store';
import { createServices } from './wiring';
import { createRouter, type Handlers, type Router } from './router';
import { removeStrayEvidenceTemps } from './storage/evidence-temp';
import { rendererError } from './renderer-error';

export interface BackendOptions extends KernelOptions {
  dataDir: string;
  /** Folder holding requirements/ (the shipped packs). Defaults to the project's resources/. */
  resourcesDir?: string;
  onInternalError?: (err: unknown) => void;
  /** Custody of the ledger's signing key and verified head; default: key files in the data folder (browser mode). */
  keyStore?: KeyStore;
  /** Make the daily backup into the data folder (default true). */
  dailyBackups?: boolean;
  /** When the database fails its integrity check on start, put the latest good backup in its place. */
  restoreLatestBackup?: boolean;
  /** How often to check whether the date changed and the expiry sweep is due (default five minutes). */
  housekeepingCheckMs?: number;
}

export type { KeyStore, SignedHead, StoredKeyPair } from './signing/key-store';
/** The field of a start-up refusal that the latest good backup fixes (a damaged database with a good backup). */
export { RESTORABLE } from '../db/connection';

export interface Backend {
  router: Router;
  dataDir: string;
  dbFile: string;
  close(): void;
}

export async function createBackend(opts: BackendOptions): Promise<Backend> {
  let opened = await openDatabase(opts.dataDir, { restoreLatestBackup: opts.restoreLatestBackup });
  // Held lock: a .tmp left in the evidence store is a crashed write, never one in progress.
  removeStrayEvidenceTemps(opts.dataDir);
  const report = opts.onInternalError ?? ((err) => console.error('[landfall backend]', err));
  const build = (db: OpenedDatabase) =>
    createServices(db.db, {
      ...opts,
      resourcesDir: opts.resourcesDir ?? defaultResourcesDir(),
      onProblem: (message) => report(new Error(message)),
    });
  let services = build(opened);
  let restoring = false;
  /** The services on the database open now; refused while a restore swaps the file. */
  const live = () => {
    if (restoring) throw new AppError('storage', 'Landfall is restoring a backup; try again in a moment.');
    return services;
  };
  const backups = backupManager({
    dataDir: opts.dataDir,
    now: () => services.kernel.now(),
    newId: () => services.kernel.newId(),
    current: () => opened,
    async reopen(swap) {
      restoring = true;
      try {
        void services.exportWorker.close();
        services.risks.close();
        opened.close();
        swap();
        opened = await openDatabase(opts.dataDir);
        services = build(opened);
      } finally {
        restoring = false;
      }
    },
  });
  if (opts.dailyBackups !== false) await backups.daily();
  // A backend left running for days still makes one backup a day.
  const dailyTimer = opts.dailyBackups === false ? null : setInterval(() => void backups.daily().catch(report), 60 * 60 * 1000);
  dailyTimer?.unref();

  const handlers: Handlers = {
    'entries.list': ({ includeArchived }) => live().entries.list(includeArchived),
    'entries.get': ({ id }) => live().entries.get(id, 'id'),
    'entries.create': (fields) => live().entries.create(fields),
    'entries.update': ({ id, version, fields }) => live().entries.update(id, version, fields),
    'entries.previewUpdate': ({ id, fields }) => live().entries.previewUpdate(id, fields),
    'entries.archive': ({ id, version }) => live().entries.archive(id, version),
    'entries.restore': ({ id, version }) => live().entries.restore(id, version),
    'entries.deleteCheck': ({ id }) => ({ holdsSignoffs: live().entries.holdsSignoffs(id) }),
    'entries.delete': ({ id }) => live().entries.delete(id),
    'entries.calendar': ({ id }) => live().calendars.forEntry(id),
    'entries.history': ({ id }) => live().entries.history(id),
    'reference.countries': () => listCountries(live().kernel.today()),
    'reference.subdivisions': ({ country }) => subdivisionsOf(country),
    'portfolio.summary': ({ today }) => live().portfolio.summary(today),
    'portfolio.dashboard': ({ asOf }) => live().portfolio.dashboard(asOf),
    'portfolio.open': ({ today }) => live().portfolio.open(today),
    'portfolio.takeSnapshot': ({ today }) => live().portfolio.takeSnapshot(today),
    'checklist.get': ({ entryId }) => live().checklists.view(entryId),
    'plan.get': ({ entryId, baselineId }) => live().plans.view(entryId, baselineId),
    'plan.updateTask': ({ taskId, version, patch }) => live().plans.updateTask(taskId, version, patch),
    'plan.addTask': (input) => live().plans.addTask(input),
    'plan.deleteTask': ({ taskId }) => live().plans.deleteTask(taskId),
    'plan.addDependency': (input) => live().plans.addDependency(input),
    'plan.removeDependency': ({ dependencyId, version }) => live().plans.removeDependency(dependencyId, version),
    'plan.setStatusDate': ({ entryId, version, statusDate }) => live().plans.setStatusDate(entryId, version, statusDate),
    'plan.setShutdowns': ({ entryId, version, dates }) => live().plans.setShutdowns(entryId, version, dates),
    'plan.overrideHoliday': ({ entryId, version, date, newDate, clear }) => live().plans.overrideHoliday(entryId, version, { date, newDate }, clear),
    'plan.saveBaseline': ({ entryId, name }) => live().plans.saveBaseline(entryId, name),
    'plan.whatIf': ({ entryId, changes }) => live().plans.whatIf(entryId, changes),
    'plan.applyWhatIf': ({ entryId, changes }) => live().plans.applyWhatIf(entryId, changes),
    'plan.syncProposal': ({ entryId }) => live().plans.syncProposal(entryId),
    'plan.applySync': ({ entryId }) => live().plans.applySync(entryId),
    'plan.calendarDrift': ({ entryId }) => live().plans.calendarDrift(entryId),
    'plan.acceptCalendarUpdate': ({ entryId }) => live().plans.acceptCalendarUpdate(entryId),
    'plan.previewMspdiImport': (input) => live().plans.mspdi.preview(input),
    'plan.importMspdi': (input) => live().plans.mspdi.apply(input),
    'export.timeline': (req) => live().exports.timeline(req),
    'export.signoffRegister': (req) => live().exports.signoffRegister(req),
    'export.leadershipPack': (req) => live().pack.files(req),
    'export.portfolioRegister': (req) => live().pack.register(req),
    'review.queue': (query) => live().signoff.queue(query),
    'review.counts': () => live().signoff.counts(),
    'review.decide': (input) => live().signoff.decide(input),
    'review.history': ({ itemId }) => live().signoff.history(itemId),
    'review.verify': () => live().signoff.verify(),
    'checklist.updateItem': ({ itemId, version, patch }) => live().checklists.updateItem(itemId, version, patch),
    'checklist.bulkUpdate': ({ items, patch }) => live().checklists.bulkUpdate(items, patch),
    'checklist.addCustomItem': (input) => live().checklists.addCustomItem(input),
    'evidence.addFile': ({ itemId, fileName, contentBase64 }) => live().evidence.addFile(itemId, fileName, contentBase64),
    'evidence.addLink': ({ itemId, name, url }) => live().evidence.addLink(itemId, name, url),
    'evidence.remove': ({ evidenceId, reason }) => live().evidence.remove(evidenceId, reason),
    'evidence.download': ({ evidenceId }) => live().evidence.read(evidenceId),
    'library.get': () => live().library.view(),
    'library.previewImport': ({ fileName, content }) => live().library.previewImport(fileName, content),
    'library.applyImport': ({ fileName, content }) => live().library.applyImport(fileName, content),
    'library.exportPack': ({ packId }) => live().library.exportPack(packId),
    'library.addCustom': (requirement) => live().library.addCustom(requirement),
    'settings.get': () => live().settings.get(),
    'settings.update': (input) => live().settings.update(input),
    'settings.targets': () => live().settings.targets(),
    'settings.updateTargets': (input) => live().settings.updateTargets(input),
    'preferences.get': () => live().settings.preferences(),
    'preferences.update': (input) => live().settings.updatePreferences(input),
    'backup.create': () => backups.create(),
    'backup.status': () => backups.status(),
    'backup.inspect': ({ fileName, contentBase64 }) => backups.inspect(fileName, contentBase64),
    'backup.restore': ({ token }) => backups.restore(token),
    'export.efficiency': (req) => live().exports.efficiency(req),
    'efficiency.metrics': () => live().efficiency.metrics(),
    'efficiency.addMetric': (fields) => live().efficiency.addMetric(fields),
    'efficiency.updateMetric': ({ id, version, fields }) => live().efficiency.updateMetric(id, version, fields),
    'efficiency.measurements': ({ market }) => live().efficiency.measurements(market),
    'efficiency.addMeasurement': (fields) => live().efficiency.addMeasurement(fields),
    'efficiency.updateMeasurement': ({ id, version, fields }) => live().efficiency.updateMeasurement(id, version, fields),
    'efficiency.deleteMeasurement': ({ id, version }) => live().efficiency.deleteMeasurement(id, version),
    'efficiency.previewImport': (input) => live().efficiency.previewImport(input),
    'efficiency.applyImport': (input) => live().efficiency.applyImport(input),
    'efficiency.entryView': ({ entryId }) => live().efficiency.entryView(entryId),
    'efficiency.comparison': (req) => live().efficiency.comparison(req),
    'review.signingKey': () => live().signoff.signingKey(),
    'risks.list': ({ entryId }) => live().risks.list(entryId),
    'risks.get': ({ id }) => live().risks.get(id),
    'risks.create': ({ entryId, fields }) => live().risks.create(entryId, fields),
    'risks.update': ({ id, version, fields }) => live().risks.update(id, version, fields),
    'risks.patch': ({ id, version, patch }) => live().risks.patch(id, version, patch),
    'risks.markReviewed': ({ id, version }) => live().risks.markReviewed(id, version),
    'risks.delete': ({ id, version }) => live().risks.delete(id, version),
    'risks.suggestions': ({ entryId }) => live().risks.suggestions(entryId),
    'risks.acceptSuggestion': ({ entryId, templateId }) => live().risks.acceptSuggestion(entryId, templateId),
    'risks.dismissSuggestion': ({ entryId, templateId }) => live().risks.dismissSuggestion(entryId, templateId),
    'risks.accept': ({ id, version, rationale, expires }) => live().risks.accept(id, version, rationale, expires),
    'risks.acceptanceQueue': () => live().risks.acceptanceQueue(),
    'risks.treatmentToTask': ({ id, version, treatmentId, durationDays }) => live().risks.treatmentToTask(id, version, treatmentId, durationDays),
    'risks.overdue': () => live().risks.overdue(),
    'risks.heatmap': ({ entryId, stage }) => live().risks.heatmap(entryId, stage),
    'risks.portfolioHeatmap': (filter) => live().risks.portfolioHeatmap(filter),
    'risks.forecast': ({ entryId }) => live().risks.forecast(entryId),
    'risks.matrix': () => live().risks.matrix(),
    'risks.importMatrix': ({ fileName, content }) => live().risks.importMatrix(fileName, content),
    'risks.settings': () => live().risks.settings(),
    'risks.updateSettings': (input) => live().risks.updateSettings(input),
    'risks.exportRegister': ({ entryId, format }) => live().risks.exportRegister(entryId, format),
    'risks.previewImport': ({ entryId, fileName, contentBase64 }) => live().risks.previewImport(entryId, fileName, contentBase64),
    'risks.applyImport': ({ entryId, fileName, contentBase64 }) => live().risks.applyImport(entryId, fileName, contentBase64),
    'app.logRendererError': (input) => { report(rendererError(input)); return null; },
  };

  // Daily housekeeping: the start-up sweep ran in createServices; after that, once the local
  // date changes (checked every few minutes, so a machine waking from sleep catches up).
  let sweptOn = services.kernel.today();
  const daily = setInterval(() => {
    const today = services.kernel.today();
    if (today === sweptOn || restoring) return;
    sweptOn = today;
    try {
      services.signoff.sweepExpired();
      services.risks.sweepExpired();
    } catch (err) {
      report(err);
    }
  }, opts.housekeepingCheckMs ?? 5 * 60_000);
  daily.unref();

  return {
    router: createRouter(handlers, report),
    dataDir: opts.dataDir,
    get dbFile() {
      return opened.file;
    },
    close: () => {
      if (dailyTimer) clearInterval(dailyTimer);
      clearInterval(daily);
      void services.exportWorker.close();
      services.risks.close();
      opened.close();
    },
  };
}

function defaultResourcesDir(): string {
  return fileURLToPath(new URL('../../resources', import.meta.url));
}
