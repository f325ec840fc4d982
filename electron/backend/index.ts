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
import { createRouter, type Handlers, type Router } from './router';
import { localToday } from '../../shared/domain/iso-date';

export interface BackendOptions extends ContextOptions {
  dataDir: string;
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
  const ctx = createContext(opened.db, opts);
  if (!ctx.settings.installationId()) ctx.settings.createInstallation(ctx.newId(), ctx.now().toISOString());

  const entries = entriesService(ctx);
  const settings = settingsService(ctx);
  const calendars = calendarService(entries);

  const handlers: Handlers = {
    'entries.list': ({ includeArchived }) => entries.list(includeArchived),
    'entries.get': ({ id }) => entries.get(id),
    'entries.create': (fields) => entries.create(fields),
    'entries.update': ({ id, fields }) => entries.update(id, fields),
    'entries.archive': ({ id }) => entries.archive(id),
    'entries.restore': ({ id }) => entries.restore(id),
    'entries.delete': ({ id }) => entries.delete(id),
    'entries.calendar': ({ id }) => calendars.forEntry(id),
    'entries.history': ({ id }) => entries.history(id),
    'reference.countries': () => listCountries(localToday(ctx.now())),
    'reference.subdivisions': ({ country }) => subdivisionsOf(country),
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
  };

  return {
    router: createRouter(handlers, opts.onInternalError ?? ((err) => console.error('[landfall backend]', err))),
    dataDir: opts.dataDir,
    dbFile: opened.file,
    close: () => opened.close(),
  };
}
